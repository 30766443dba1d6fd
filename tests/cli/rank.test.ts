import { describe, expect, it } from 'vitest';
import { cli, lines } from './helpers.js';

const table = JSON.stringify({
  name: 'Bảng điểm thử',
  criteria: [
    { code: 'economy', label: 'Kinh tế', maxPoints: 60 },
    { code: 'society', label: 'Xã hội', maxPoints: 40 },
  ],
  grades: [{ code: 'excellent', label: 'Xuất sắc', minTotal: 90, minCriterionShare: 0 }],
  awards: [{ award: 'first', maxCount: 1, minGrade: 'excellent' }],
  ties: 'standard',
  quotaTies: 'demote-all',
});

function sheet(unit: string, cluster: string, economy: number, society: number): object {
  return { unit, cluster, entries: [{ criterion: 'economy', attainment: economy }, { criterion: 'society', attainment: society }] };
}

describe('rank: emulation', () => {
  it('scores, ranks and awards the bundled illustrative clusters of Như Xuân', () => {
    const { code, stdout, stderr } = cli(['rank', '--format', 'csv']);
    expect([code, stderr]).toEqual([0, '']);
    const rows = lines(stdout);
    expect(rows[0]).toBe('group,rank,unit,score,grade,award');
    expect(rows).toHaveLength(17);
    expect(rows.filter((row) => row.endsWith(',first')).map((row) => row.split(',')[2])).toEqual(['16174', '16177', '16225', '16222']);
    // Cát Tân leads cluster 3 on points but is graded good: First goes to Thượng Ninh.
    expect(rows.filter((row) => row.startsWith('cluster-3,'))).toEqual([
      'cluster-3,1,16198,96.1,good,second',
      'cluster-3,2,16225,95.2,excellent,first',
      'cluster-3,3,16213,92,excellent,',
      'cluster-3,4,16216,87.8,good,',
    ]);
  });

  it('prints the table and one chart per cluster as text, in English with --lang en', () => {
    const { stdout } = cli(['rank', '--lang', 'en']);
    const text = lines(stdout);
    expect(text[0]).toBe('Bảng chấm điểm thi đua các xã, thị trấn năm 2024 (minh họa)');
    expect(text).toContain('Clusters: Emulation clusters of the communes of Như Xuân, 2024 (illustrative)');
    expect(text).toContain('2. Thượng Ninh  ██████████████████████████████   95.2  ★ First');
  });

  it('reads a points table, score sheets and clusters from files', () => {
    // The clusters' dates choose the names of the units: those of 2024, before the 2025 merges.
    const clusters = JSON.stringify({
      id: 'clusters', name: 'Cụm thử', validFrom: '2024-01-01', validTo: '2024-12-31', groups: [{ id: 'A', name: 'Cụm A', members: ['16174', '16177'] }],
    });
    const sheets = JSON.stringify([sheet('16174', 'A', 0.95, 1), sheet('16177', 'A', 1, 1)]);
    const { code, stdout } = cli(['rank', '--table', 'table.json', '--sheets', 'sheets.json', '--clusters', 'clusters.json', '--format', 'markdown'], {
      'table.json': table,
      'sheets.json': sheets,
      'clusters.json': clusters,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('| Cụm A | 1/2 | Bãi Trành | 100 | Xuất sắc | Nhất |');
    expect(stdout).toContain('| Cụm A | 2/2 | Yên Cát | 97 | Xuất sắc | – |');
  });

  it('lists every problem of the score sheets, each under its sheet (exit 1)', () => {
    const sheets = JSON.stringify([sheet('16174', 'A', 0.95, 1), { unit: '16177', cluster: 'A', entries: [{ criterion: 'culture', attainment: 1 }] }]);
    const { code, stderr } = cli(['rank', '--table', 'table.json', '--sheets', 'sheets.json'], { 'table.json': table, 'sheets.json': sheets });
    expect(code).toBe(1);
    const text = lines(stderr);
    expect(text[0]).toMatch(/^planning-indicators: sheets\.json: invalid score sheets for this points table: \d problems?$/);
    expect(text.slice(1)).toEqual([
      '  sheets.json: (root)[1].entries[0].criterion: unknown criterion "culture"; the table\'s criteria are "economy", "society"',
      '  sheets.json: (root)[1].entries: criterion "economy" has no entry; give its attainment or its points (0 if none were earned)',
      '  sheets.json: (root)[1].entries: criterion "society" has no entry; give its attainment or its points (0 if none were earned)',
    ]);
  });

  it('reports score sheets that do not match the schema with their paths', () => {
    const { code, stderr } = cli(['rank', '--sheets', 'sheets.json'], { 'sheets.json': JSON.stringify([{ unit: '16174', entries: [] }]) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^planning-indicators: sheets\.json: invalid score sheets: 1 problem\n {2}sheets\.json: \(root\)\[0\]\.cluster: .+\n$/);
  });
});

describe('rank: a column of a CSV file', () => {
  const csv = 'commune,cluster,score\n16174,A,91.5\n16177,A,88\n16180,B,79\n16183,B,\n16186,B,85\n';

  it('ranks the rows on one column, within groups', () => {
    const { code, stdout } = cli(['rank', '--csv', 'scores.csv', '--by', 'score', '--key', 'commune', '--group', 'cluster', '--format', 'csv'], { 'scores.csv': csv });
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual(['group,rank,unit,score', 'A,1,16174,91.5', 'A,2,16177,88', 'B,1,16186,85', 'B,2,16180,79', 'B,3,16183,']);
  });

  it('ranks ascending with the tie method asked for', () => {
    const { stdout } = cli(['rank', '--csv', 'scores.csv', '--by', 'score', '--direction', 'ascending', '--ties', 'dense', '--format', 'csv'], {
      'scores.csv': 'unit,score\na,3\nb,1\nc,1\n',
    });
    expect(lines(stdout)).toEqual(['rank,unit,score', '1,b,1', '1,c,1', '2,a,3']);
  });

  it('locates a value that is not a number by its line (exit 1)', () => {
    expect(cli(['rank', '--csv', 'scores.csv', '--by', 'score'], { 'scores.csv': 'unit,score\n\na,3\n"b\nc",8;5\n' })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'planning-indicators: scores.csv: invalid ranking data: 1 problem\n  scores.csv: line 5, column 4 (column score): "8;5" is not a number; write it with a "." as the decimal separator, such as 87.5, or leave the cell empty for a missing value\n',
    });
  });

  it('refuses a column the file does not have, and options that do not fit together (exit 2)', () => {
    expect(cli(['rank', '--csv', 'scores.csv', '--by', 'points'], { 'scores.csv': csv }).stderr).toBe(
      'planning-indicators: --by "points" is not a column of scores.csv; its columns are "commune", "cluster", "score" (see planning-indicators rank --help)\n',
    );
    expect(cli(['rank', '--csv', 'scores.csv'], { 'scores.csv': csv }).stderr).toBe('planning-indicators: --csv needs --by COLUMN: the column of numbers to rank on (see planning-indicators rank --help)\n');
    expect(cli(['rank', '--by', 'score']).code).toBe(2);
    expect(cli(['rank', '--csv', 'scores.csv', '--by', 'score', '--sheets', 'sheets.json'], { 'scores.csv': csv }).code).toBe(2);
    expect(cli(['rank', '--csv', 'scores.csv', '--by', 'score', '--ties', 'olympic'], { 'scores.csv': csv }).stderr).toBe(
      'planning-indicators: --ties must be one of standard, modified, dense, ordinal, fractional; got "olympic" (see planning-indicators rank --help)\n',
    );
  });
});

describe('rank: tables as offices save them (issue 14)', () => {
  it('reads a semicolon-separated file with decimal commas and a title row above the header (Excel with Vietnamese settings)', () => {
    const csv = 'BẢNG ĐIỂM THI ĐUA NĂM 2024;;\r\n;;\r\nxã;cụm;điểm\r\n16174;A;91,5\r\n16177;A;91,25\r\n16180;B;1.079,5\r\n';
    const { code, stdout } = cli(['rank', '--csv', 'diem.csv', '--by', 'điểm', '--key', 'xã', '--group', 'cụm', '--format', 'csv'], { 'diem.csv': csv });
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual(['group,rank,unit,score', 'A,1,16174,91.5', 'A,2,16177,91.25', 'B,1,16180,1079.5']);
  });

  it('reads a Windows-1258 file when --encoding names it, with decomposed tone marks matched to the option', () => {
    // "xã,điểm" in Windows-1258: a + combining tilde (0xDE), đ (0xF0), ê (0xEA) + combining hook above (0xD2).
    const header = [0x78, 0x61, 0xde, 0x2c, 0xf0, 0x69, 0xea, 0xd2, 0x6d, 0x0a];
    const bytes = Uint8Array.from([...header, ...new TextEncoder().encode('a,3\nb,5\n')]);
    const run = cli(['rank', '--csv', 'diem.csv', '--by', 'điểm', '--key', 'xã', '--encoding', 'windows-1258', '--format', 'csv'], { 'diem.csv': bytes });
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual(['rank,unit,score', '1,b,5', '2,a,3']);
    // Read as UTF-8, the same bytes are refused with their line instead of ranking garbled names.
    const garbled = cli(['rank', '--csv', 'diem.csv', '--by', 'điểm'], { 'diem.csv': bytes });
    expect(garbled.code).toBe(1);
    expect(garbled.stderr).toContain('line 1');
  });

  it('refuses a decimal comma in a comma file with a hint, and a number it cannot read in a semicolon file', () => {
    expect(cli(['rank', '--csv', 's.csv', '--by', 'score'], { 's.csv': 'unit;score\na;8.5\n' }).stderr).toContain(
      'line 2, column 3 (column score): "8.5" is not a number; write it with a "," as the decimal separator, such as 87,5, or leave the cell empty for a missing value',
    );
    expect(cli(['rank', '--csv', 's.csv', '--by', 'score', '--delimiter', 'pipe'], { 's.csv': 'unit,score\n' }).code).toBe(2);
  });
});
