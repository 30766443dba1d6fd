/*
 * The binary itself: src/cli/bin.ts run by Node through tsx, as `npm run demo` runs it, with real
 * files, standard streams and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { nhuXuanEmulationSheets2024, nhuXuanEmulationTable2024 } from '../../src/datasets/nhu-xuan/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'src', 'cli', 'bin.ts');
const folder = mkdtempSync(join(tmpdir(), 'planning-indicators-cli-'));
// tsx's loader, by absolute URL: the runs happen in a folder outside the project.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, bin, ...args], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the planning-indicators binary', () => {
  it('prints the Vietnamese report of the bundled data and exits 0', () => {
    const { status, stdout, stderr } = run('scorecard', '--lang', 'vi');
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')[0]).toBe('Kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân');
    expect(stdout).toContain('XẾP HẠNG THI ĐUA');
  });

  it('reads files relative to the current folder and exits 1 on bad input, 3 on a missing file', () => {
    writeFileSync(join(folder, 'plan.json'), '{\n  "id": "P",\n}\n');
    expect(run('validate', 'plan.json', '--as', 'plan')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'planning-indicators: plan.json: malformed JSON: line 3, column 1: a comma before "}"; JSON does not allow a trailing comma, remove it\n',
    });
    expect(run('validate', 'missing.json', '--as', 'plan').status).toBe(3);
  });

  it('validates the bundled emulation table and sheets written to files, and refuses a broken sheet with its path', () => {
    writeFileSync(join(folder, 'table.json'), JSON.stringify(nhuXuanEmulationTable2024, null, 2));
    writeFileSync(join(folder, 'sheets.json'), JSON.stringify(nhuXuanEmulationSheets2024, null, 2));
    const valid = run('validate', 'sheets.json', '--as', 'emulation-sheets', '--table', 'table.json');
    expect(valid).toEqual({ status: 0, stdout: `sheets.json: valid emulation sheets: 16 sheets in 4 clusters, scored with ${nhuXuanEmulationTable2024.name}\n`, stderr: '' });
    const broken = nhuXuanEmulationSheets2024.map((sheet, index) => (index === 2 ? { ...sheet, entries: [...sheet.entries, { criterion: 'economy', points: 1 }] } : sheet));
    writeFileSync(join(folder, 'sheets.json'), JSON.stringify(broken));
    expect(run('validate', 'sheets.json', '--as', 'emulation-sheets', '--table', 'table.json')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'planning-indicators: sheets.json: invalid score sheets: 1 problem\n  sheets.json: (root)[2].entries[5].criterion: criterion "economy" has more than one entry\n',
    });
  });
}, 120_000);
