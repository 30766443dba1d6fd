/*
 * The parts of an HTML page that a reader's browser relies on: the head in its order (the viewport for
 * phones, the Content-Security-Policy that forbids loading anything, the generator), the body's
 * landmarks, no empty notes list under a table without notes, and a number text of exactly 16
 * characters still kept on one line.
 */
import { describe, expect, it } from 'vitest';
import { type Table, renderHtml, toDecimal } from '../../src/index.js';

const table = (text: string): Table => ({
  kind: 'table', id: 'revenue', lang: 'en', title: 'Revenue',
  columns: [{ id: 'value', label: 'Value', kind: 'number' }],
  rows: [{ id: 'r', cells: { value: { value: toDecimal('1'), text } } }],
  notes: [],
});

describe('renderHtml: the page head and landmarks', () => {
  it('writes the viewport, the security policy and the generator in the head, then the body, main and header', () => {
    const html = renderHtml(table('1'));
    expect(html).toContain(
      [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        '<meta name="generator" content="planning-indicators">',
        '<title>Revenue</title>',
      ].join('\n'),
    );
    expect(html).toContain('</style>\n</head>\n<body>\n<main>\n<header>\n<h1>Revenue</h1>\n</header>\n');
  });

  it('writes no notes list under a table without notes', () => {
    expect(renderHtml(table('1'))).not.toContain('table-notes"');
  });

  it('keeps a number text of exactly 16 characters on one line', () => {
    expect(renderHtml(table('1.234 tỷ đồng ab'))).toContain('<td class="number">1.234\u00a0tỷ\u00a0đồng\u00a0ab</td>');
  });
});
