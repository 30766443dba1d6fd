import { type Report, type Table, renderCsv, renderHtml, renderJson, renderMarkdown } from '../report/index.js';
import type { Observation } from '../observation/index.js';
import { type SheetOutput, observationsToSheet, reportToSheets } from '../xlsx/index.js';
import type { RenderFormat } from './args.js';
import { CliError, type ExitCode, exitCodes } from './errors.js';
import type { CliIo } from './io.js';
import { renderText } from './text.js';

/**
 * A report in the chosen text format: text (for a terminal), Markdown, JSON, a self-contained HTML
 * page, or CSV. CSV holds one table, so the command names it: its main table (the scorecard, the
 * growth summary, the ranking). CSV for machines has the exact values under the column ids; CSV for
 * people the rounded figures as the report shows them, under the column labels, after a byte order
 * mark so that Excel reads the text as UTF-8.
 */
export function renderOutput(report: Report, format: Exclude<RenderFormat, 'xlsx'>, csvTable: Table): string {
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
    case 'csv-people':
      return `\uFEFF${renderCsv(csvTable, { values: 'text', header: 'label' })}`;
  }
}

/** What a workbook holds besides the report's tables. */
export interface WorkbookExtras {
  /** The observations the report used, written as a tidy sheet after the tables. */
  readonly observations?: readonly Observation[] | undefined;
}

/** The sheets of a report's workbook: one per table, then the tidy observations when given. */
export function workbookSheets(report: Report, extras: WorkbookExtras = {}): readonly SheetOutput[] {
  const sheets = [...reportToSheets(report)];
  if (extras.observations !== undefined && extras.observations.length > 0) {
    const taken = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
    const name = report.lang === 'vi' ? 'Số liệu' : 'Observations';
    sheets.push(observationsToSheet(extras.observations, { lang: report.lang, name: taken.has(name.toLowerCase()) ? `${name} (data)` : name }).sheet);
  }
  return sheets;
}

/**
 * Writes a report in the chosen format; CSV holds the first table of the section with the given id,
 * a workbook every table (and the observations when given).
 */
export function printReport(io: CliIo, report: Report, format: RenderFormat, csvSection: string, extras: WorkbookExtras = {}): ExitCode {
  if (format === 'xlsx') {
    if (io.writeWorkbook === undefined) {
      throw new CliError(exitCodes.usage, '--format xlsx writes a binary workbook, which needs runCliAsync (the planning-indicators command uses it); runCli writes text only');
    }
    io.writeWorkbook(workbookSheets(report, extras));
    return exitCodes.success;
  }
  const section = report.sections.find((candidate) => candidate.id === csvSection);
  const table = section?.blocks.find((block): block is Table => block.kind === 'table');
  if (table === undefined) throw new CliError(exitCodes.internalError, `the report has no section ${csvSection} with a table`);
  io.stdout(renderOutput(report, format, table));
  return exitCodes.success;
}
