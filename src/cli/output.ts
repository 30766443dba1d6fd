import { type Report, type Table, renderCsv, renderHtml, renderJson, renderMarkdown } from '../report/index.js';
import type { OutputFormat } from './args.js';
import { CliError, type ExitCode, exitCodes } from './errors.js';
import type { CliIo } from './io.js';
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

/** Writes a report in the chosen format; CSV holds the first table of the section with the given id. */
export function printReport(io: CliIo, report: Report, format: OutputFormat, csvSection: string): ExitCode {
  const section = report.sections.find((candidate) => candidate.id === csvSection);
  const table = section?.blocks.find((block): block is Table => block.kind === 'table');
  if (table === undefined) throw new CliError(exitCodes.internalError, `the report has no section ${csvSection} with a table`);
  io.stdout(renderOutput(report, format, table));
  return exitCodes.success;
}
