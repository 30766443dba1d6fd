/*
 * Where a bar chart's label breaks when a word exactly fills a line. The label column is at most 40 %
 * of the 760-unit chart (304 units, 288 of them for the text); a word of exactly that estimated width
 * (six W and 32 a: 6 × 0.9 + 32 × 0.58 = 24 ems of 12 px) fits on a line of its own and is not split,
 * and a word one letter longer is split after exactly that much.
 */
import { describe, expect, it } from 'vitest';
import { type Chart, attainmentChart, renderChartSvg } from '../../src/index.js';
import { catalog, demo } from './demo.js';

const lineFilling = `${'W'.repeat(6)}${'a'.repeat(32)}`;

/** The demo plan's attainment chart in English with its first bar labelled `label`. */
function withFirstLabel(label: string): Chart {
  const chart = attainmentChart(demo, { catalog, lang: 'en' });
  return { ...chart, bars: chart.bars.map((bar, index) => (index === 0 ? { ...bar, label } : bar)) };
}

function firstLabel(svg: string): string | undefined {
  return /<text x="[\d.]+" y="[\d.]+" class="label"[^>]*>(.*?)<\/text>/.exec(svg)?.[1];
}

describe('a label word that exactly fills a line', () => {
  it('stays whole on its own line after the word before it', () => {
    expect(firstLabel(renderChartSvg(withFirstLabel(`x ${lineFilling}`)))).toBe(`<tspan x="296">x</tspan><tspan x="296" dy="14">${lineFilling}</tspan>`);
  });

  it('is the first line of a word one letter longer, the letter left over on the next line', () => {
    expect(firstLabel(renderChartSvg(withFirstLabel(`${lineFilling}a`)))).toBe(`<tspan x="296">${lineFilling}</tspan><tspan x="296" dy="14">a</tspan>`);
  });
});
