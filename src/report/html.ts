import type { Language } from '../format/index.js';
import { checkRenderable } from './check.js';
import type { Chart, ChartTone, Report, ReportBlock, ReportSection, SeriesChart, Table } from './model.js';
import { chartToneColours } from './model.js';
import { chartSvg, escapeXml, fontStack } from './svg.js';

const footers: Readonly<Record<Language, string>> = {
  vi: 'Lập bằng planning-indicators.',
  en: 'Made with planning-indicators.',
};

const toneRules = (Object.entries(chartToneColours) as [ChartTone, string][]).map(([tone, colour]) => `.tone-${tone}{--tone:${colour}}`).join('\n');

// One style sheet, inline: the page loads nothing (the Content-Security-Policy below forbids it).
const styles = `*{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;background:#eef1f4;color:#1f2328;font:15px/1.5 ${fontStack}}
main{max-width:1200px;margin:0 auto;padding:28px 32px 36px;background:#fff;min-height:100vh}
h1{font-size:1.65rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid #d8dee4}
.fields{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1.25rem;margin:0 0 1rem}
.fields dt{font-weight:600;color:#57606a}
.fields dd{margin:0}
.notes{margin:1rem 0;padding:.5rem 1rem .5rem 2rem;background:#fff8e1;border-left:4px solid #d4a017;color:#4d3800}
table{border-collapse:collapse;width:100%;margin:.5rem 0 .25rem;font-size:.9rem}
caption{text-align:left;font-weight:600;font-size:1rem;padding:0 0 .5rem}
th,td{padding:.45rem .6rem;border-bottom:1px solid #d8dee4;text-align:left;vertical-align:top}
thead th{background:#f3f5f7;border-bottom:2px solid #afb8c1;font-weight:600}
tbody tr:nth-child(even){background:#fafbfc}
.number{text-align:right;font-variant-numeric:tabular-nums}
td[title]{text-decoration:underline dotted #afb8c1;text-underline-offset:3px}
.badge{display:inline-flex;align-items:center;gap:.4em;white-space:nowrap;font-weight:600}
.badge::before{content:"";width:.8em;height:.8em;border-radius:2px;background:var(--tone,#9e9e9e)}
${toneRules}
.table-notes{margin:.25rem 0 1.25rem;padding-left:1.25rem;font-size:.85rem;color:#57606a}
figure.chart{margin:1.25rem 0 1.75rem}
figure.chart figcaption{font-weight:600;margin:0 0 .4rem}
figure.chart svg{display:block;width:100%;max-width:760px;height:auto}
footer{margin-top:2.5rem;font-size:.8rem;color:#6e7781}
@page{size:A4 portrait;margin:14mm 12mm 16mm}
@media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}body{background:#fff;font-size:10pt}main{max-width:none;padding:0;min-height:0}table{font-size:7.5pt}th,td{padding:3px 4px}.badge{white-space:normal}caption{font-size:9pt}table,figure{break-inside:avoid}thead{display:table-header-group}tr{break-inside:avoid}h2,caption,figcaption{break-after:avoid}section.page{break-before:page}h2{margin-top:0}figure.chart svg{max-width:100%}}`;

/**
 * A number cell's text with no-break spaces (U+00A0): everywhere in a short text (up to 16
 * characters: `1.085 tỷ đồng`, `+0,57 điểm %`), and in a longer one after a figure or a comparison
 * sign and before a lone `%`, so that a narrow column breaks `47,2 triệu đồng/người/năm` between the
 * words of its unit, never between a number and its unit.
 */
function keepFiguresTogether(text: string): string {
  if (Array.from(text).length <= 16) return text.replace(/ /g, '\u00a0');
  return text.replace(/([\d%≥≤<>=≈±]) (?=\S)/gu, '$1\u00a0').replace(/ %/gu, '\u00a0%');
}

function tableHtml(table: Table): string {
  const header = table.columns
    .map((column) => `<th scope="col" class="${column.kind}">${escapeXml(column.label)}</th>`)
    .join('');
  const rows = table.rows.map((row) => {
    const cells = table.columns.map((column) => {
      const cell = row.cells[column.id];
      if (cell === undefined) return '<td></td>';
      const title = cell.detail === undefined ? '' : ` title="${escapeXml(cell.detail)}"`;
      const content =
        column.kind === 'status' && typeof cell.value === 'string'
          ? `<span class="badge tone-${escapeXml(cell.value)}" data-status="${escapeXml(cell.value)}">${escapeXml(cell.text)}</span>`
          : escapeXml(column.kind === 'number' ? keepFiguresTogether(cell.text) : cell.text);
      return `<td class="${column.kind}"${title}>${content}</td>`;
    });
    return `<tr data-row="${escapeXml(row.id)}">${cells.join('')}</tr>`;
  });
  const parts = [
    `<table id="${escapeXml(table.id)}">`,
    `<caption>${escapeXml(table.title)}</caption>`,
    `<thead><tr>${header}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ];
  if (table.notes.length > 0) parts.push(`<ul class="table-notes">${table.notes.map((note) => `<li>${escapeXml(note)}</li>`).join('')}</ul>`);
  return parts.join('\n');
}

function chartHtml(chart: Chart | SeriesChart): string {
  return `<figure class="chart" id="${escapeXml(chart.id)}">\n<figcaption>${escapeXml(chart.title)}</figcaption>\n${chartSvg(chart)}\n</figure>`;
}

function blockHtml(block: ReportBlock): string {
  return block.kind === 'table' ? tableHtml(block) : chartHtml(block);
}

function sectionHtml(section: ReportSection, newPage: boolean): string {
  const parts = [`<section id="${escapeXml(section.id)}"${newPage ? ' class="page"' : ''}>`];
  if (section.title !== '') parts.push(`<h2>${escapeXml(section.title)}</h2>`);
  parts.push(...section.paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`), ...section.blocks.map(blockHtml), '</section>');
  return parts.join('\n');
}

function page(report: Report): string {
  const head = [
    '<!DOCTYPE html>',
    `<html lang="${report.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="generator" content="planning-indicators">',
    `<title>${escapeXml(report.title)}</title>`,
    `<style>\n${styles}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<h1>${escapeXml(report.title)}</h1>`,
  ];
  if (report.fields.length > 0) {
    const fields = report.fields.map((field) => `<dt>${escapeXml(field.label)}</dt><dd>${escapeXml(field.value)}</dd>`);
    head.push(`<dl class="fields">\n${fields.join('\n')}\n</dl>`);
  }
  if (report.notes.length > 0) head.push(`<ul class="notes">${report.notes.map((note) => `<li>${escapeXml(note)}</li>`).join('')}</ul>`);
  head.push('</header>');
  const sections = report.sections.map((section, index) => sectionHtml(section, report.pageBreaks === true && index > 0));
  return [...head, ...sections, `<footer>${escapeXml(footers[report.lang])}</footer>`, '</main>', '</body>', '</html>', ''].join('\n');
}

/** A table or chart alone, as a report of one untitled section, so that it renders as a page. */
export function asReport(block: ReportBlock): Report {
  return {
    kind: 'report',
    lang: block.lang,
    title: block.title,
    fields: [],
    notes: [],
    sections: [{ id: `${block.id}-section`, title: '', paragraphs: [], blocks: [block] }],
  };
}

/**
 * Writes a report (or one table or chart) as one self-contained HTML page: UTF-8, the report's
 * language in the `lang` attribute, one inline style sheet, charts as inline SVG
 * ({@link renderChartSvg}), and nothing else: no scripts, no web fonts, no images, no links, and a
 * Content-Security-Policy that forbids loading anything, so the page reads the same offline, from
 * an e-mail attachment or from a file share. Every text is escaped. Tables show the formatted text
 * of each cell (numbers right-aligned, statuses as coloured badges, the working of a cell as its
 * tooltip), followed by their notes; charts are figures with captions. The page prints on A4 without
 * cutting a table or chart.
 *
 * @param value - the report ({@link planReport}, or your own), a table or a chart
 * @returns the page, `<!DOCTYPE html>` to `</html>` and a final line break
 * @throws {@link PlanningError} `invalid-input` listing every problem of a malformed table, chart or
 * report (ids not unique or not usable as HTML ids, cells that do not match their columns, blocks in
 * another language than the report); `invalid-argument` for a value that is none of the three
 *
 * @example
 * // The Như Xuân 2024 report as a page, in Vietnamese:
 * const html = renderHtml(planReport(
 *   assessPlan(nhuXuanPlan2024, nhuXuanDataset2024, { catalog: vnDistrictIndicatorCatalog }),
 *   { catalog: vnDistrictIndicatorCatalog, lang: 'vi' },
 * ));
 * [html.startsWith('<!DOCTYPE html>\n<html lang="vi">'), html.includes('<svg'), html.includes('<script'), html.includes('http://www.w3.org/2000/svg'), /(src|href)=/.test(html)];
 * //=> [true, true, false, true, false]
 */
export function renderHtml(value: Report | Table | Chart | SeriesChart): string {
  checkRenderable(value, 'renderHtml');
  return page(value.kind === 'report' ? value : asReport(value));
}
