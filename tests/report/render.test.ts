import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Chart,
  type Report,
  type Table,
  Decimal,
  attainmentChart,
  planReport,
  renderChartSvg,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  scorecardTable,
  toDecimal,
  unguardFormula,
} from '../../src/index.js';
import { expectFailure } from '../format/helpers.js';
import { catalog, demo } from './demo.js';

// Every expected string below is literal: the format domain writes plain ASCII separators and
// spaces, never the no-break or narrow spaces of ICU, so these hold on any Node and ICU version.

// Built inside each test, not when the file loads, so that mutation runs count scorecardTable's code as covered by these tests (not static).
const vi = () => scorecardTable(demo, { catalog, lang: 'vi' });
const en = () => scorecardTable(demo, { catalog, lang: 'en' });

/** A table of one text and one number column, with the given texts. */
function smallTable(texts: { readonly title?: string; readonly label?: string; readonly text?: string; readonly note?: string } = {}): Table {
  return {
    kind: 'table',
    id: 'small',
    lang: 'en',
    title: texts.title ?? 'Small',
    columns: [
      { id: 'name', label: texts.label ?? 'Name', kind: 'text' },
      { id: 'value', label: 'Value', kind: 'number' },
    ],
    rows: [{ id: 'r1', cells: { name: { value: texts.text ?? 'one', text: texts.text ?? 'one' }, value: { value: toDecimal('-0.5'), text: '-0.5' } } }],
    notes: texts.note === undefined ? [] : [texts.note],
  };
}

describe('renderMarkdown', () => {
  it('writes the Vietnamese scorecard as a pipe table with right-aligned numbers, then its notes', () => {
    expect(renderMarkdown(vi())).toBe(
      [
        '## Kết quả thực hiện các chỉ tiêu kế hoạch',
        '',
        '| Mã | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ đạt | Chênh lệch | Đánh giá | Số liệu |',
        '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
        '| G1 | Thu ngân sách tăng 10% trở lên | ≥ 10% | 12% | 101,8% | +2 điểm % | Vượt kế hoạch | Ước tính |',
        '| P1 | Tỷ lệ hộ nghèo dưới 3,5% | ≤ 3,5% | 3,62% | 96,6% | +0,12 điểm % | Không đạt | Sơ bộ |',
        '| I1 | Vốn đầu tư phát triển toàn xã hội | ≥ 1.000 tỷ đồng | – | – | – | Không đánh giá được | – |',
        '',
        '- 1/3 chỉ tiêu đạt và vượt kế hoạch (1 vượt, 0 đạt, 1 không đạt, 1 không đánh giá được).',
        '- I1: chưa có số liệu thực hiện của kỳ đánh giá',
        '',
      ].join('\n'),
    );
  });

  it('writes a report with its facts, notes, sections, tables and charts (a chart as a table of its bars)', () => {
    expect(renderMarkdown(planReport(demo, { catalog, lang: 'en' }))).toBe(
      [
        '# Demo plan 2024',
        '',
        '- **Plan period:** 2024',
        '- **Area:** 402',
        '- **Document:** Nghị quyết số 01/NQ-HĐND',
        '- **Result:** 1 of 3 targets met or exceeded',
        '',
        '> Illustrative plan, not an official document.',
        '',
        '## Plan assessment',
        '',
        '1 of 3 targets met or exceeded (1 exceeded, 0 met, 1 not met, 1 not assessable).',
        '',
        '### Target attainment',
        '',
        '| ID | Target | Planned | Actual | Attainment | Gap | Status | Data |',
        '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
        '| G1 | Budget revenue up 10% or more | ≥ 10% | 12% | 101.8% | +2 pp | Exceeded | Estimate |',
        '| P1 | Poverty rate at most 3.5% | ≤ 3.5% | 3.62% | 96.6% | +0.12 pp | Not met | Preliminary |',
        '| I1 | Total social development investment | ≥ 1,000 billion VND | – | – | – | Not assessable | – |',
        '',
        '- I1: no actual value of INVESTMENT for area 402 in 2024',
        '',
        '### Attainment by target',
        '',
        'Attainment of 3 targets as a percentage of plan; the dashed line is 100% of plan.',
        '',
        '| Target | Attainment (% of plan) |',
        '| --- | ---: |',
        '| G1 State budget revenue in the area | 101.8% |',
        '| P1 Multidimensional poverty rate | 96.6% |',
        '| I1 Total social development investment | Not assessable |',
        '',
        'Reference line: 100%',
        '',
      ].join('\n'),
    );
  });

  it('escapes the characters that would start Markdown formatting, and turns line breaks into spaces', () => {
    const markdown = renderMarkdown(smallTable({ title: 'A *bold* [link](x)', text: 'a | b <i>\nc_d & e~', note: '`code`' }));
    expect(markdown).toBe(
      [
        '## A \\*bold\\* \\[link\\](x)',
        '',
        '| Name | Value |',
        '| --- | ---: |',
        '| a \\| b \\<i\\> c\\_d \\& e\\~ | -0.5 |',
        '',
        '- \\`code\\`',
        '',
      ].join('\n'),
    );
  });

  it('keeps every row at the number of columns, whatever the texts hold (unescaped pipes separate cells only)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const lines = renderMarkdown(smallTable({ text })).split('\n');
        const row = lines[4] ?? '';
        const separators = row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1;
        expect(separators).toBe(3);
        expect(row.includes('\n')).toBe(false);
      }),
    );
  });
});

describe('renderCsv', () => {
  it('writes exact values in machine form under the column ids, by RFC 4180 (CRLF, quoted commas)', () => {
    expect(renderCsv(vi())).toBe(
      'id,target,planned,actual,attainment,gap,status,data\r\n' +
        'G1,Thu ngân sách tăng 10% trở lên,10,12,101.8181818181818181818181818181818181818,2,exceeded,estimate\r\n' +
        'P1,"Tỷ lệ hộ nghèo dưới 3,5%",3.5,3.62,96.57142857142857142857142857142857142857,0.12,not-met,preliminary\r\n' +
        'I1,Vốn đầu tư phát triển toàn xã hội,1000,,,,not-assessable,\r\n',
    );
  });

  it('writes the formatted texts under the column labels when asked', () => {
    expect(renderCsv(en(), { values: 'text', header: 'label' })).toBe(
      'ID,Target,Planned,Actual,Attainment,Gap,Status,Data\r\n' +
        "G1,Budget revenue up 10% or more,≥ 10%,12%,101.8%,'+2 pp,Exceeded,Estimate\r\n" +
        "P1,Poverty rate at most 3.5%,≤ 3.5%,3.62%,96.6%,'+0.12 pp,Not met,Preliminary\r\n" +
        'I1,Total social development investment,"≥ 1,000 billion VND",–,–,–,Not assessable,–\r\n',
    );
  });

  it('guards every text cell that a spreadsheet would run as a formula, and keeps numbers as numbers (OWASP)', () => {
    for (const text of ['=1+2', '+CMD', '-2+3', '@SUM(A1)', '\tx', '\rx', "'=x"]) {
      const records = parseCsv(renderCsv(smallTable({ label: 'Name', text }), { header: 'label' }));
      expect(records[1]).toEqual([`'${text}`, '-0.5']);
    }
    expect(renderCsv(smallTable({ label: 'Name', text: '-12.5' }), { header: 'label' })).toBe('Name,Value\r\n-12.5,-0.5\r\n');
  });

  it('writes decimals in plain notation, never with an exponent or a negative zero', () => {
    const table = (value: Decimal): Table => ({
      ...smallTable(),
      rows: [{ id: 'r', cells: { name: { value: 'x', text: 'x' }, value: { value, text: '' } } }],
    });
    expect(renderCsv(table(new Decimal('1e25')))).toBe('name,value\r\nx,10000000000000000000000000\r\n');
    expect(renderCsv(table(new Decimal('-1.5e-7')))).toBe('name,value\r\nx,-0.00000015\r\n');
    expect(renderCsv(table(new Decimal('-0')))).toBe('name,value\r\nx,0\r\n');
  });

  it('reads back, field by field, with an RFC 4180 parser and the formula guard removed, whatever the texts hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (label, text) => {
        const records = parseCsv(renderCsv(smallTable({ label, text }), { header: 'label' })).map((record) => record.map(unguardFormula));
        expect(records).toEqual([
          [label, 'Value'],
          [text, '-0.5'],
        ]);
      }),
    );
  });

  it('refuses a report, a malformed table and unknown options, saying what it expected', () => {
    const report = planReport(demo, { catalog, lang: 'en' });
    expectFailure(() => renderCsv(report as unknown as Table), 'invalid-argument', 'renderCsv: expected a table; got an object of kind "report"');
    expectFailure(() => renderCsv(vi(), { values: 'exact' as 'raw' }), 'invalid-argument', "renderCsv: values must be 'raw' (exact values) or 'text' (formatted texts); got exact");
    expectFailure(() => renderCsv(vi(), { header: 'name' as 'id' }), 'invalid-argument', "header must be 'id' (column ids) or 'label' (column labels); got name");
    expectFailure(() => renderCsv({ ...vi(), rows: [{ id: 'x', cells: {} }] }), 'invalid-input', 'renderCsv: invalid table: 8 problems');
  });
});

/** The fields of each record of an RFC 4180 text (every record ended by CRLF). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  while (index < text.length) {
    const character = text.charAt(index);
    index += 1;
    if (quoted) {
      if (character !== '"') field += character;
      else if (text.charAt(index) === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (character === '"' && field === '') {
      quoted = true;
    } else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\r' && text.charAt(index) === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 1;
    } else {
      field += character;
    }
  }
  if (quoted || field !== '' || record.length > 0) throw new Error('the text does not end with a complete record');
  return records;
}

describe('renderJson', () => {
  it('writes decimals as strings in machine form, each cell as { value, text } (and its working)', () => {
    const json = renderJson(en()) as { rows: { id: string; cells: Record<string, unknown> }[]; notes: string[]; columns: unknown[] };
    expect(json.columns[4]).toEqual({ id: 'attainment', label: 'Attainment', kind: 'number' });
    expect(json.rows[1]).toEqual({
      id: 'P1',
      cells: {
        id: { value: 'P1', text: 'P1' },
        target: { value: 'Poverty rate at most 3.5%', text: 'Poverty rate at most 3.5%' },
        planned: { value: '3.5', text: '≤ 3.5%' },
        actual: { value: '3.62', text: '3.62%', detail: 'A = 3.62% (2024, preliminary)' },
        attainment: { value: '96.57142857142857142857142857142857142857', text: '96.6%', detail: 'q = A; ratio = 2 − q / T; q ≤ T' },
        gap: { value: '0.12', text: '+0.12 pp' },
        status: { value: 'not-met', text: 'Not met' },
        data: { value: 'preliminary', text: 'Preliminary' },
      },
    });
    expect(json.rows[2]?.cells.attainment).toEqual({ value: null, text: '–' });
    expect(json.notes).toEqual(['1 of 3 targets met or exceeded (1 exceeded, 0 met, 1 not met, 1 not assessable).', 'I1: no actual value of INVESTMENT for area 402 in 2024']);
  });

  it('writes a chart with its bars, scale, reference line and legend', () => {
    const json = renderJson(attainmentChart(demo, { catalog, lang: 'en' })) as Record<string, unknown>;
    expect(json.bars).toEqual([
      { label: 'G1 State budget revenue in the area', value: '101.8181818181818181818181818181818181818', text: '101.8%', tone: 'exceeded', title: 'G1. Budget revenue up 10% or more: 101.8% (Exceeded)' },
      { label: 'P1 Multidimensional poverty rate', value: '96.57142857142857142857142857142857142857', text: '96.6%', tone: 'not-met', title: 'P1. Poverty rate at most 3.5%: 96.6% (Not met)' },
      { label: 'I1 Total social development investment', value: null, text: 'Not assessable', tone: 'not-assessable', title: 'I1. Total social development investment: Not assessable' },
    ]);
    expect(json.scale).toEqual({
      min: '0',
      max: '125',
      ticks: ['0', '25', '50', '75', '100', '125'].map((value) => ({ value, text: `${value}%` })),
    });
    expect(json.reference).toEqual({ value: '100', label: '100%' });
  });

  it('refuses a malformed report, and a value that is none of the three', () => {
    const report = planReport(demo, { catalog, lang: 'en' });
    expectFailure(
      () => renderJson({ ...report, title: 7, fields: [{ label: 'Area' }] } as unknown as Report),
      'invalid-input',
      'renderJson: invalid report: 2 problems',
      'title: expected a string; got number 7',
      'fields[0].value: expected a string; got undefined',
    );
    expectFailure(() => renderJson([] as unknown as Table), 'invalid-argument', 'renderJson: expected a table, a chart, a series-chart or a report; got an array');
  });

  it('is JSON-ready: it survives JSON.stringify and JSON.parse unchanged, and its decimals read back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 30 }), (digits, scale) => {
        const value = new Decimal(`${digits.toString()}e-${String(scale)}`);
        const table: Table = { ...smallTable(), rows: [{ id: 'r', cells: { name: { value: 'x', text: 'x' }, value: { value, text: '' } } }] };
        const json = renderJson(table);
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
        const written = (json as { rows: { cells: { value: { value: string } } }[] }).rows[0]?.cells.value.value ?? '';
        expect(new Decimal(written).equals(value)).toBe(true);
        expect(written).not.toMatch(/e/i);
      }),
    );
  });
});

describe('renderHtml', () => {
  // Rendered inside the tests that read it, not when the file loads: Stryker counts a mutant that
  // only the loading reaches as static, and reruns every test of the domain for it.
  const scorecardPage = () => renderHtml(vi());

  it('writes the scorecard as an HTML table: number columns marked, figures kept with their units, statuses as badges, the working as tooltips', () => {
    const html = scorecardPage();
    const tableHtml = html.slice(html.indexOf('<table'), html.indexOf('</ul>') + 5);
    expect(tableHtml).toBe(
      [
        '<table id="scorecard-table">',
        '<caption>Kết quả thực hiện các chỉ tiêu kế hoạch</caption>',
        '<thead><tr><th scope="col" class="text">Mã</th><th scope="col" class="text">Chỉ tiêu</th><th scope="col" class="number">Kế hoạch</th><th scope="col" class="number">Thực hiện</th><th scope="col" class="number">Tỷ lệ đạt</th><th scope="col" class="number">Chênh lệch</th><th scope="col" class="status">Đánh giá</th><th scope="col" class="text">Số liệu</th></tr></thead>',
        '<tbody>',
        '<tr data-row="G1"><td class="text">G1</td><td class="text">Thu ngân sách tăng 10% trở lên</td><td class="number">≥\u00a010%</td><td class="number" title="A = 560 tỷ đồng (năm 2024, ước tính); B = 500 tỷ đồng (năm 2023, chính thức)">12%</td><td class="number" title="q = (A − B) / B × 100; ratio = (100 + q) / (100 + T); q ≥ T">101,8%</td><td class="number">+2\u00a0điểm\u00a0%</td><td class="status"><span class="badge tone-exceeded" data-status="exceeded">Vượt kế hoạch</span></td><td class="text">Ước tính</td></tr>',
        '<tr data-row="P1"><td class="text">P1</td><td class="text">Tỷ lệ hộ nghèo dưới 3,5%</td><td class="number">≤\u00a03,5%</td><td class="number" title="A = 3,62% (năm 2024, sơ bộ)">3,62%</td><td class="number" title="q = A; ratio = 2 − q / T; q ≤ T">96,6%</td><td class="number">+0,12\u00a0điểm\u00a0%</td><td class="status"><span class="badge tone-not-met" data-status="not-met">Không đạt</span></td><td class="text">Sơ bộ</td></tr>',
        '<tr data-row="I1"><td class="text">I1</td><td class="text">Vốn đầu tư phát triển toàn xã hội</td><td class="number">≥\u00a01.000\u00a0tỷ\u00a0đồng</td><td class="number" title="chưa có số liệu thực hiện của kỳ đánh giá">–</td><td class="number">–</td><td class="number">–</td><td class="status" title="chưa có số liệu thực hiện của kỳ đánh giá"><span class="badge tone-not-assessable" data-status="not-assessable">Không đánh giá được</span></td><td class="text">–</td></tr>',
        '</tbody>',
        '</table>',
        '<ul class="table-notes"><li>1/3 chỉ tiêu đạt và vượt kế hoạch (1 vượt, 0 đạt, 1 không đạt, 1 không đánh giá được).</li><li>I1: chưa có số liệu thực hiện của kỳ đánh giá</li></ul>',
      ].join('\n'),
    );
  });

  it('is one self-contained page: UTF-8, the language, a policy that loads nothing, no script, link or URL', () => {
    const html = scorecardPage();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain('<title>Kết quả thực hiện các chỉ tiêu kế hoạch</title>');
    expect(html.endsWith('</html>\n')).toBe(true);
    const report = renderHtml(planReport(demo, { catalog, lang: 'en' }));
    for (const page of [html, report]) {
      expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\s(src|href)=/i);
      // The only URL is the SVG namespace, which is a name and is never fetched.
      expect(page.match(/https?:\/\/[^"\s]*/g) ?? []).toEqual(page.includes('<svg') ? page.match(/http:\/\/www\.w3\.org\/2000\/svg/g) : []);
    }
    expect(report.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  });

  it('escapes every text: a text only ever appears escaped, wherever it goes', () => {
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const marker = 'MARKER';
        const withText = renderHtml(smallTable({ title: text, label: text, text, note: text }));
        const withMarker = renderHtml(smallTable({ title: marker, label: marker, text: marker, note: marker }));
        expect(withText).toBe(withMarker.split(marker).join(escape(text)));
      }),
    );
  });

  it('gives the same page for the same report, byte for byte (no clock, no random ids)', () => {
    const report = planReport(demo, { catalog, lang: 'vi' });
    expect(renderHtml(report)).toBe(renderHtml(planReport(demo, { catalog, lang: 'vi' })));
  });

  it('refuses a report whose ids repeat or whose blocks are in another language, listing every problem', () => {
    const report = planReport(demo, { catalog, lang: 'vi' });
    const [section] = report.sections;
    if (section === undefined) throw new Error('the report has a section');
    const broken: Report = {
      ...report,
      sections: [section, { ...section, blocks: [en(), { ...attainmentChart(demo, { catalog, lang: 'vi' }), id: 'scorecard-table' }] }],
    };
    expectFailure(
      () => renderHtml(broken),
      'invalid-input',
      'renderHtml: invalid report: 4 problems',
      'sections[1].id: the id "scorecard" is already used by sections.0',
      'sections[1].blocks[0].lang: the block is in "en" but the report is in "vi"',
      'sections[1].blocks[1].id: the id "scorecard-table" is already used by sections.0.blocks.0',
    );
  });

  it('refuses a value that is not a table, chart or report', () => {
    expectFailure(() => renderHtml(null as unknown as Table), 'invalid-argument', 'renderHtml: expected a table, a chart, a series-chart or a report; got null');
    expectFailure(() => renderHtml({ kind: 'page' } as unknown as Table), 'invalid-argument', 'got an object of kind "page"');
  });
});

describe('renderChartSvg', () => {
  it('draws the attainment chart of the demo plan exactly: bars to scale, whole labels, a value text kept off the 100% line, the legend', () => {
    expect(renderChartSvg(attainmentChart(demo, { catalog, lang: 'en' }))).toBe(
      [
        `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-horizontal" viewBox="0 0 760 194" width="760" height="194" role="img" aria-labelledby="attainment-chart-title attainment-chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif" font-size="12">`,
        '<title id="attainment-chart-title">Attainment by target</title>',
        '<desc id="attainment-chart-desc">Attainment of 3 targets as a percentage of plan; the dashed line is 100% of plan.</desc>',
        '<g class="grid">',
        '<line x1="254" y1="32" x2="254" y2="116" stroke="#e3e6ea"/>',
        '<text x="254" y="132" class="tick" text-anchor="middle" fill="#57606a">0%</text>',
        '<line x1="333.8" y1="32" x2="333.8" y2="116" stroke="#e3e6ea"/>',
        '<text x="333.8" y="132" class="tick" text-anchor="middle" fill="#57606a">25%</text>',
        '<line x1="413.6" y1="32" x2="413.6" y2="116" stroke="#e3e6ea"/>',
        '<text x="413.6" y="132" class="tick" text-anchor="middle" fill="#57606a">50%</text>',
        '<line x1="493.4" y1="32" x2="493.4" y2="116" stroke="#e3e6ea"/>',
        '<text x="493.4" y="132" class="tick" text-anchor="middle" fill="#57606a">75%</text>',
        '<line x1="573.2" y1="32" x2="573.2" y2="116" stroke="#e3e6ea"/>',
        '<text x="573.2" y="132" class="tick" text-anchor="middle" fill="#57606a">100%</text>',
        '<line x1="653" y1="32" x2="653" y2="116" stroke="#e3e6ea"/>',
        '<text x="653" y="132" class="tick" text-anchor="middle" fill="#57606a">125%</text>',
        '</g>',
        '<line x1="254" y1="116" x2="653" y2="116" class="axis" stroke="#6e7781"/>',
        '<line x1="254" y1="32" x2="254" y2="116" class="axis" stroke="#6e7781"/>',
        '<g class="bars">',
        '<g class="bar-row"><text x="246" y="50" class="label" text-anchor="end" fill="#1f2328">G1 State budget revenue in the area</text><rect class="bar tone-exceeded" data-tone="exceeded" x="254" y="37" width="325" height="18" rx="2" fill="#1b5e20"><title>G1. Budget revenue up 10% or more: 101.8% (Exceeded)</title></rect><text class="value" x="585" y="50" fill="#1f2328">101.8%</text></g>',
        '<g class="bar-row"><text x="246" y="78" class="label" text-anchor="end" fill="#1f2328">P1 Multidimensional poverty rate</text><rect class="bar tone-not-met" data-tone="not-met" x="254" y="65" width="308.3" height="18" rx="2" fill="#d55e00"><title>P1. Poverty rate at most 3.5%: 96.6% (Not met)</title></rect><text class="value" x="579.2" y="78" fill="#1f2328">96.6%</text></g>',
        '<g class="bar-row"><text x="246" y="106" class="label" text-anchor="end" fill="#1f2328">I1 Total social development investment</text><text class="value" x="260" y="106" font-style="italic" fill="#57606a">Not assessable</text></g>',
        '</g>',
        '<line x1="573.2" y1="22" x2="573.2" y2="116" class="reference" data-value="100" stroke="#1f2328" stroke-width="1.5" stroke-dasharray="5 4"/>',
        '<text x="573.2" y="18" class="reference-label" text-anchor="middle" font-weight="700" fill="#1f2328">100%</text>',
        '<text x="453.5" y="150" class="axis-label" text-anchor="middle" fill="#57606a">Attainment (% of plan)</text>',
        '<g class="legend">',
        '<g class="legend-item" data-tone="exceeded"><rect x="10" y="168" width="12" height="12" rx="2" fill="#1b5e20"/><text x="30" y="178" fill="#1f2328">Exceeded</text></g>',
        '<g class="legend-item" data-tone="met"><rect x="107" y="168" width="12" height="12" rx="2" fill="#7fbf7b"/><text x="127" y="178" fill="#1f2328">Met</text></g>',
        '<g class="legend-item" data-tone="not-met"><rect x="170" y="168" width="12" height="12" rx="2" fill="#d55e00"/><text x="190" y="178" fill="#1f2328">Not met</text></g>',
        '<g class="legend-item" data-tone="not-assessable"><rect x="256" y="168" width="12" height="12" rx="2" fill="#e3e6ea" stroke="#6e7781"/><text x="276" y="178" fill="#1f2328">Not assessable</text></g>',
        '<g class="legend-item" data-tone="reference"><line x1="385" y1="174" x2="401" y2="174" stroke="#1f2328" stroke-width="1.5" stroke-dasharray="5 4"/><text x="407" y="178" fill="#1f2328">Plan (100%)</text></g>',
        '</g>',
        '</svg>',
      ].join('\n'),
    );
  });

  const vertical: Chart = {
    kind: 'chart',
    id: 'growth',
    lang: 'en',
    title: 'Growth',
    description: 'Growth by year.',
    orientation: 'vertical',
    categoryLabel: 'Year',
    valueLabel: 'Growth (%)',
    bars: [
      { label: '2023', value: toDecimal(-2), text: '-2.0%', tone: 'neutral', title: '2023: -2.0%' },
      { label: '2024', value: toDecimal(4), text: '4.0%', tone: 'neutral', title: '2024: 4.0%' },
      { label: '2025', value: null, text: '–', tone: 'not-assessable', title: '2025: –' },
    ],
    scale: { min: toDecimal(-2), max: toDecimal(6), ticks: [-2, 0, 2, 4, 6].map((value) => ({ value: toDecimal(value), text: String(value) })) },
    reference: { value: toDecimal(5), label: 'Target 5%' },
    legend: [{ tone: 'neutral', label: 'Growth' }, { tone: 'reference', label: 'Target' }],
  };

  it('draws columns up from zero for positive values and down for negative ones, with the target line', () => {
    const svg = renderChartSvg(vertical);
    // The plot is 220 high from y = 32 to 252 over -2..6 (27.5 a unit): zero at y = 197, 4 at y = 87,
    // -2 at y = 252, the target 5 at y = 59.5; three bands of 182 from x = 64 to 610, columns 56 wide.
    expect(svg).toContain('<line x1="64" y1="197" x2="610" y2="197" class="axis" stroke="#6e7781"/>');
    expect(svg).toContain('<rect class="bar tone-neutral" data-tone="neutral" x="127" y="197" width="56" height="55" rx="2" fill="#3f6fb0"><title>2023: -2.0%</title></rect>');
    expect(svg).toContain('<rect class="bar tone-neutral" data-tone="neutral" x="309" y="87" width="56" height="110" rx="2" fill="#3f6fb0"><title>2024: 4.0%</title></rect>');
    // A negative column's value goes under its end, and the labels move down to leave room for it.
    expect(svg).toContain('<text x="155" y="266" class="value" text-anchor="middle" fill="#1f2328">-2.0%</text>');
    expect(svg).toContain('<text x="155" y="286" class="label" text-anchor="middle" fill="#1f2328">2023</text>');
    expect(svg).toContain('<text x="337" y="81" class="value" text-anchor="middle" fill="#1f2328">4.0%</text>');
    expect(svg).toContain('<text x="519" y="191" class="value" text-anchor="middle" font-style="italic" fill="#57606a">–</text>');
    expect(svg).toContain('<line x1="64" y1="59.5" x2="614" y2="59.5" class="reference" data-value="5" stroke="#1f2328" stroke-width="1.5" stroke-dasharray="5 4"/>');
    expect(svg).toContain('<text x="618" y="63.5" class="reference-label" font-weight="700" fill="#1f2328">Target 5%</text>');
    expect(svg.match(/<rect class="bar /g)).toHaveLength(2);
  });

  it('clips bars to the scale and keeps their true value in the text', () => {
    const svg = renderChartSvg({ ...vertical, bars: [{ label: 'x', value: toDecimal(100), text: '100%', tone: 'neutral', title: 'x' }] });
    expect(svg).toContain('x="309" y="32" width="56" height="165"');
    expect(svg).toContain('>100%</text>');
  });

  it('refuses a malformed chart, listing every problem with its path', () => {
    const broken = {
      ...vertical,
      id: '1 chart',
      scale: { ...vertical.scale, max: toDecimal(-2) },
      bars: [{ ...vertical.bars[0], value: 3, tone: 'green' }],
    } as unknown as Chart;
    expectFailure(
      () => renderChartSvg(broken),
      'invalid-input',
      'renderChartSvg: invalid chart: 4 problems',
      'id: expected an id of a letter followed by letters, digits, "_", "." or "-" (such as "scorecard-table"); got "1 chart"',
      "scale.max: the scale's max must be greater than its min; got min -2 and max -2",
      'bars[0].value: expected a Decimal (use toDecimal) or null; got number 3',
      'bars[0].tone: expected a tone, one of exceeded, met, not-met, not-assessable, ahead, on-pace, behind, neutral, highlight; got "green"',
    );
  });
});

describe('the checks of hand-built tables', () => {
  it('report cells that do not fit their column, missing and unknown cells, repeated column ids', () => {
    const table = {
      ...smallTable(),
      lang: 'fr',
      columns: [...smallTable().columns, { id: 'name', label: 'Again', kind: 'date' }],
      rows: [{ id: 'r', cells: { name: { value: toDecimal(1), text: '1' }, extra: { value: null, text: '' } } }],
    } as unknown as Table;
    expectFailure(
      () => renderMarkdown(table),
      'invalid-input',
      'renderMarkdown: invalid table: 6 problems',
      "lang: expected 'vi' or 'en'; got \"fr\"",
      "columns[2].kind: expected a column kind: 'text', 'number' or 'status'; got \"date\"",
      'columns[2].id: column id "name" is used twice',
      'rows[0].cells.extra: no column has the id "extra"',
      'rows[0].cells.name.value: a text column holds a string or null; got an object',
      'rows[0].cells.value: expected a cell { value, text } for column "value"; got undefined',
    );
  });
});
