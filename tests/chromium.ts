/* Where the browser tests find headless Chromium (Debian's `chromium` package), and whether CI runs them. */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** /usr/bin/chromium, or the first `chromium` on PATH; undefined when there is none. */
export const chromium: string | undefined = [
  '/usr/bin/chromium',
  ...(process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '').map((folder) => join(folder, 'chromium')),
].find(isExecutable);

/** True on CI (the CI variable is set), where a missing Chromium fails the browser tests instead of skipping them. */
export const onCi = (process.env.CI ?? '') !== '';

/**
 * Poppler's command-line tools (Debian's `poppler-utils`: pdfinfo, pdftotext, pdftoppm), with which
 * the browser tests read back the PDF that Chromium prints; undefined when they are missing.
 */
export const poppler: { readonly pdfinfo: string; readonly pdftotext: string; readonly pdftoppm: string } | undefined = (() => {
  const find = (name: string) =>
    [`/usr/bin/${name}`, ...(process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '').map((folder) => join(folder, name))].find(isExecutable);
  const [pdfinfo, pdftotext, pdftoppm] = ['pdfinfo', 'pdftotext', 'pdftoppm'].map(find);
  return pdfinfo !== undefined && pdftotext !== undefined && pdftoppm !== undefined ? { pdfinfo, pdftotext, pdftoppm } : undefined;
})();
