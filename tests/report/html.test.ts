/*
 * The HTML page of a report as a reader and a printer get it: the header with its facts and notes,
 * sections that start a new printed page when asked, the footer in the report's language, the style
 * sheet's status colours and print rules, and figures kept on one line with their units.
 */
import { describe, expect, it } from 'vitest';
import { type ChartTone, type Table, chartToneColours, planReport, renderHtml, scorecardTable, toDecimal } from '../../src/index.js';
import { catalog, demo } from './demo.js';

// Built inside each test, not when the file loads: a mutant that only the file's loading reached would
// count as static for Stryker and rerun every test of the domain.
const englishReport = () => planReport(demo, { catalog, lang: 'en' });
const extra = { id: 'extra', title: 'Extra', paragraphs: ['More.'], blocks: [] };

/** The style sheet of a page. */
function styleSheet(html: string): string {
  return html.slice(html.indexOf('<style>\n') + '<style>\n'.length, html.indexOf('\n</style>'));
}

/** A one-row table of one number cell with the given text. */
function numberCell(text: string): Table {
  return {
    kind: 'table',
    id: 'figures',
    lang: 'vi',
    title: 'Số liệu',
    columns: [{ id: 'value', label: 'Giá trị', kind: 'number' }],
    rows: [{ id: 'r1', cells: { value: { value: toDecimal(1), text } } }],
    notes: [],
  };
}

describe('renderHtml: the page around the blocks', () => {
  it('heads the page with the title, the facts as a definition list and the notes', () => {
    const report = englishReport();
    const html = renderHtml(report);
    expect(html).toContain(
      [
        '<header>',
        '<h1>Demo plan 2024</h1>',
        '<dl class="fields">',
        '<dt>Plan period</dt><dd>2024</dd>',
        '<dt>Area</dt><dd>402</dd>',
        '<dt>Document</dt><dd>Nghị quyết số 01/NQ-HĐND</dd>',
        '<dt>Result</dt><dd>1 of 3 targets met or exceeded</dd>',
        '</dl>',
        '<ul class="notes"><li>Illustrative plan, not an official document.</li></ul>',
        '</header>',
        '<section id="scorecard">',
        '<h2>Plan assessment</h2>',
        '<p>1 of 3 targets met or exceeded (1 exceeded, 0 met, 1 not met, 1 not assessable).</p>',
        '<table id="scorecard-table">',
      ].join('\n'),
    );
    const bare = renderHtml({ ...report, fields: [], notes: [] });
    expect(bare).toContain('<h1>Demo plan 2024</h1>\n</header>\n<section id="scorecard">');
  });

  it('ends the page with a footer in the report language', () => {
    const report = englishReport();
    expect(renderHtml(report).endsWith('</section>\n<footer>Made with planning-indicators.</footer>\n</main>\n</body>\n</html>\n')).toBe(true);
    expect(renderHtml(planReport(demo, { catalog, lang: 'vi' }))).toContain('<footer>Lập bằng planning-indicators.</footer>\n</main>');
  });

  it('starts every section after the first on a new printed page when the report asks for page breaks, and none otherwise', () => {
    const report = englishReport();
    const sections = [...report.sections, extra];
    const broken = renderHtml({ ...report, pageBreaks: true, sections });
    expect(broken).toContain('<section id="scorecard">\n');
    expect(broken).toContain('<section id="extra" class="page">\n<h2>Extra</h2>\n<p>More.</p>\n</section>');
    for (const pageBreaks of [false, undefined]) {
      const html = renderHtml({ ...report, ...(pageBreaks === undefined ? {} : { pageBreaks }), sections });
      expect(html).toContain('<section id="extra">\n<h2>Extra</h2>');
      expect(html).not.toContain('class="page"');
    }
  });

  it('writes a section without a title without a heading', () => {
    const report = englishReport();
    const html = renderHtml({ ...report, sections: [{ ...extra, title: '' }] });
    expect(html).toContain('<section id="extra">\n<p>More.</p>\n</section>');
    expect(html).not.toContain('<h2>');
  });

  it('wraps a single table in a page of its own, titled by the table', () => {
    const html = renderHtml(scorecardTable(demo, { catalog, lang: 'en' }));
    expect(html).toContain('<title>Target attainment</title>');
    expect(html).toContain('<h1>Target attainment</h1>\n</header>\n<section id="scorecard-table-section">\n<table id="scorecard-table">');
  });
});

describe('renderHtml: the style sheet', () => {
  const sheet = () => styleSheet(renderHtml(englishReport()));

  it('colours every status badge and bar tone as the charts do', () => {
    for (const [tone, colour] of Object.entries(chartToneColours) as [ChartTone, string][]) {
      expect(sheet()).toContain(`\n.tone-${tone}{--tone:${colour}}\n`);
    }
    expect(sheet()).toContain('.badge::before{content:"";width:.8em;height:.8em;border-radius:2px;background:var(--tone,#9e9e9e)}');
  });

  it('aligns numbers right in tabular figures, and prints on A4 portrait with each marked section on a new page', () => {
    expect(sheet()).toContain('.number{text-align:right;font-variant-numeric:tabular-nums}');
    expect(sheet()).toContain('@page{size:A4 portrait;margin:14mm 12mm 16mm}');
    expect(sheet()).toMatch(/@media print\{.*print-color-adjust:exact.*section\.page\{break-before:page\}.*\}$/);
    expect(sheet().startsWith('*{box-sizing:border-box}\n')).toBe(true);
  });
});

describe('renderHtml: figures kept together', () => {
  const cell = (text: string): string => {
    const html = renderHtml(numberCell(text));
    return html.slice(html.indexOf('<td class="number">') + '<td class="number">'.length, html.indexOf('</td>'));
  };

  it('joins every space of a short figure (16 characters at most) so that it never breaks', () => {
    expect(cell('≥ 1.000 tỷ đồng')).toBe('≥\u00a01.000\u00a0tỷ\u00a0đồng');
    expect(cell('1.234.567 tỷ đồng')).toBe('1.234.567\u00a0tỷ đồng');
  });

  it('in a longer text, joins a figure or sign to the word after it and a percent sign to its figure, and nothing else', () => {
    expect(cell('tăng 12 % so với cùng kỳ năm trước')).toBe('tăng 12\u00a0%\u00a0so với cùng kỳ năm trước');
    expect(cell('từ ≥ 5 đến ≤ 7 điểm phần trăm')).toBe('từ ≥\u00a05\u00a0đến ≤\u00a07\u00a0điểm phần trăm');
  });
});
