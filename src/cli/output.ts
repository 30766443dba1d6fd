import { type Report, type Table, renderCsv, renderHtml, renderJson, renderMarkdown } from '../report/index.js';
import type { OutputFormat } from './args.js';
import { renderText } from './text.js';

/**
 * A report in the chosen format: text (for a terminal), Markdown, JSON, a self-contained HTML page,
 * or CSV. CSV holds one table, so the command names it: its main table (the scorecard, the growth
 * summary, the ranking).
 */
export function renderOutput(report: Report, format: OutputFormat, csvTable: Table): string {
  switch (format) {
    case 'text':
      return renderText(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return `${JSON.stringify(renderJson(report), null, 2)}\n`;
    case 'html':
      return renderHtml(report);
    case 'csv':
      return renderCsv(csvTable);
  }
}

/** The first table of a report's section with the given id. */
export function tableOf(report: Report, sectionId: string): Table | undefined {
  const section = report.sections.find((candidate) => candidate.id === sectionId);
  return section?.blocks.find((block): block is Table => block.kind === 'table');
}
