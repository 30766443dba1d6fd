/*
 * Internal building blocks of the SVG charts: escaping, coordinates, text and line elements, the
 * estimated width of a label and the wrapping of long labels onto several lines (no text measuring
 * is possible without a browser, so widths are estimated generously and the browser tests check that
 * no label is cut).
 */

/** Internal: escapes text for XML and HTML content and attribute values (both quote characters). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => xmlEntities[character] ?? character);
}

const xmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Internal: the font stack of the charts and the HTML page; fonts of the reader's system, never downloaded. */
export const fontStack = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/** Internal: the width of every chart, in SVG user units. */
export const chartWidth = 760;
export const ink = '#1f2328';
export const muted = '#57606a';
export const gridColour = '#e3e6ea';
export const axisColour = '#6e7781';
export const referenceColour = '#1f2328';

/** A coordinate with one decimal: exact enough for a screen, and the same text on every machine (`String(-0)` is `'0'`). */
export function coordinate(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${coordinate(x)}" y="${coordinate(y)}"${attributes}>${escapeXml(content)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, attributes: string): string {
  return `<line x1="${coordinate(x1)}" y1="${coordinate(y1)}" x2="${coordinate(x2)}" y2="${coordinate(y2)}"${attributes}/>`;
}

/**
 * The width of a text at 12px, estimated from its characters: wide letters (capitals, m, w) count
 * more than narrow ones (i, l, punctuation). Generous by design: a label is given at least the room
 * it needs in any of the fonts of {@link fontStack}.
 */
export function textWidth(content: string, fontSize = 12): number {
  let width = 0;
  for (const character of content.normalize('NFC')) {
    const base = character.normalize('NFD').charAt(0);
    if (/[iljtfrI.,:;'!|()[\]\s-]/u.test(base)) width += 0.36;
    else if (/[mwMWĐ%@]/u.test(base)) width += 0.9;
    else if (/[A-Z0-9]/u.test(base)) width += 0.66;
    else width += 0.58;
  }
  return Math.ceil(width * fontSize);
}

/** A label split into lines of at most `maxWidth` (estimated), at spaces; a single word longer than a line is split by characters. */
export function wrapLabel(label: string, maxWidth: number, fontSize = 12): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(/\s+/u).filter((part) => part !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    let rest = word;
    while (textWidth(rest, fontSize) > maxWidth) {
      const characters = Array.from(rest);
      let cut = characters.length - 1;
      while (cut > 1 && textWidth(characters.slice(0, cut).join(''), fontSize) > maxWidth) cut -= 1;
      lines.push(characters.slice(0, cut).join(''));
      rest = characters.slice(cut).join('');
    }
    current = rest;
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

/** A text of several lines (tspans), the first line at `y`, the next ones `lineHeight` below, all anchored at `x`. */
export function multilineText(x: number, y: number, lines: readonly string[], attributes: string, lineHeight = 14): string {
  if (lines.length === 1) return text(x, y, lines[0] ?? '', attributes);
  const spans = lines.map((content, index) => `<tspan x="${coordinate(x)}"${index === 0 ? '' : ` dy="${String(lineHeight)}"`}>${escapeXml(content)}</tspan>`);
  return `<text x="${coordinate(x)}" y="${coordinate(y)}"${attributes}>${spans.join('')}</text>`;
}
