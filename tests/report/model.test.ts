/*
 * The published palette of the charts and badges and the kinds of table columns: the colours a
 * reader sees (the same in SVG, HTML and the legend), and the law the palette keeps, that the four
 * statuses stay apart in lightness (a contrast ratio of 1.7 or more between any two).
 */
import { describe, expect, it } from 'vitest';
import { chartToneColours, columnKinds } from '../../src/index.js';

/** The relative luminance of a CSS hex colour (WCAG 2.1). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('chartToneColours', () => {
  it('is the published palette: dark green, light green, vermilion, pale grey, blue and gold', () => {
    expect(chartToneColours).toEqual({
      exceeded: '#1b5e20',
      met: '#7fbf7b',
      'not-met': '#d55e00',
      'not-assessable': '#e3e6ea',
      ahead: '#1b5e20',
      'on-pace': '#7fbf7b',
      behind: '#d55e00',
      neutral: '#3f6fb0',
      highlight: '#d4a017',
    });
    expect(Object.isFrozen(chartToneColours)).toBe(true);
  });

  it('keeps the four statuses apart in lightness, and gives each pace the colour of its status', () => {
    const statuses = [chartToneColours.exceeded, chartToneColours.met, chartToneColours['not-met'], chartToneColours['not-assessable']];
    for (const [index, a] of statuses.entries()) {
      for (const b of statuses.slice(index + 1)) expect(contrast(a, b)).toBeGreaterThanOrEqual(1.7);
    }
    expect([chartToneColours.ahead, chartToneColours['on-pace'], chartToneColours.behind]).toEqual([chartToneColours.exceeded, chartToneColours.met, chartToneColours['not-met']]);
  });
});

describe('columnKinds', () => {
  it('lists the three kinds of table column, in documentation order', () => {
    expect(columnKinds).toEqual(['text', 'number', 'status']);
    expect(Object.isFrozen(columnKinds)).toBe(true);
  });
});
