/**
 * Reports: scorecard, growth and ranking tables and charts as plain data, rendered to Markdown,
 * CSV, JSON, inline SVG and one self-contained HTML page.
 *
 * Guide: [Reports](../../docs/reports.md). Import from `planning-indicators/report`, or from
 * `planning-indicators`, which exports every domain.
 *
 * @module report
 */
export * from '../report/index.js';
