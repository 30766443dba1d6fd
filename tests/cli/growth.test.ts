import { describe, expect, it } from 'vitest';
import { cli, lines } from './helpers.js';

describe('growth', () => {
  it('shows every indicator with two yearly values of the bundled data, each growth target of the plan with its own status', () => {
    const { code, stdout, stderr } = cli(['growth', '--format', 'csv']);
    expect([code, stderr]).toEqual([0, '']);
    const rows = lines(stdout);
    expect(rows[0]).toBe('indicator,range,baseYear,first,last,average,latest,target,status');
    // The growth years 2021–2024 are measured from the base year 2020; the status is the 2024 target's.
    expect(rows[1]).toBe('PRODUCTION_VALUE,2021/2024,2020,4050,5436,7.635642166780321437253123140601944052132,6.171875,5.6,exceeded');
    expect(rows[2]).toMatch(/^BUDGET_REVENUE,2021\/2024,2020,431\.2,672\.8,11\.763966802205499\d+,9\.844897959183673\d+,12,not-met$/);
    expect(rows.map((row) => row.split(',')[0])).toContain('INVESTMENT');
    // A rate changes by percentage points: 14.5% to 15% is +0.5 points, not a growth of 3.45%.
    expect(rows).toContain('URBANISATION_RATE,2024,2023,14.5,15,0.5,0.5,,');
  });

  it('prints the target\'s own status, not a verdict of the average, for a one-year target (issue 10, defect 3)', () => {
    // 2021–2023 averages 8.99% a year, but the bundled plan's target is the 2024 growth: its status stays the 2024 one.
    const { stdout } = cli(['growth', '--indicator', 'BUDGET_REVENUE', '--from', '2022', '--to', '2023', '--format', 'csv']);
    expect(lines(stdout)[1]).toMatch(/^BUDGET_REVENUE,2022\/2023,2021,468\.9,612\.5,14\.29\d+,13\.36\d+,12,not-met$/);
  });

  it('measures a plan period from the year before its first year (--from 2021 --to 2024 is based on 2020)', () => {
    const { code, stdout } = cli(['growth', '--indicator', 'PRODUCTION_VALUE', '--from', '2022', '--to', '2023', '--format', 'csv']);
    expect(code).toBe(0);
    // (5120 / 4310)^(1/2) − 1 = 8.99%: 2021 is the base of the range 2022–2023.
    expect(lines(stdout)[1]).toMatch(/^PRODUCTION_VALUE,2022\/2023,2021,4310,5120,8\.9924\d+,8\.9361\d+,5\.6,exceeded$/);
  });

  it('prints the growth of each year on the year before, and the growth a level target needs', () => {
    const { code, stdout } = cli(['growth', '--indicator', 'PRODUCTION_VALUE', '--target', '6500', '--by', '2026', '--lang', 'en']);
    expect(code).toBe(0);
    const text = lines(stdout);
    expect(text).toContain('Area:  Như Xuân rural district');
    expect(text).toContain('Years: 2020–2024');
    expect(text).toContain('2022  █████████████████████████████    9.0%');
    expect(text.filter((line) => /^(Gross output|prices\))/.test(line))).toContain('prices)                                         VND');
    // (6500 / 5436)^(1/2) − 1 = 9.35% a year for 2025 and 2026.
    expect(text.filter((line) => line.startsWith('Gross output (constant 2010   2024')).at(-1)).toMatch(/5,436 billion\s+6,500 billion\s+2026\s+2\s+9\.35%$/);
  });

  it('takes the target rate from --target-rate and writes Markdown', () => {
    const { code, stdout } = cli(['growth', '--indicator', 'BUDGET_REVENUE', '--target-rate', '10', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('| Thu ngân sách nhà nước trên địa bàn | Giai đoạn 2021–2024 | 2020 | 431,2 tỷ đồng | 672,8 tỷ đồng | 11,76% | 9,84% | ≥ 10% | Vượt kế hoạch |');
    expect(stdout).toContain('| Thu ngân sách nhà nước trên địa bàn | 2022 | 540,3 tỷ đồng | +15,23% |');
  });

  it('reads observations from a CSV file and asks which area when they hold several', () => {
    const csv = 'indicator,area,period,value,status\nINVESTMENT,402,2023,948,official\nINVESTMENT,402,2024,1085,estimate\nINVESTMENT,403,2024,700,estimate\n';
    expect(cli(['growth', '--data', 'data.csv'], { 'data.csv': csv })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'planning-indicators: data.csv has observations for several areas (402, 403); choose one with --area CODE (see planning-indicators growth --help)\n',
    });
    const chosen = cli(['growth', '--data', 'data.csv', '--area', '402', '--format', 'csv'], { 'data.csv': csv });
    expect(lines(chosen.stdout)).toEqual(['indicator,range,baseYear,first,last,average,latest,target,status', 'INVESTMENT,2024,2023,948,1085,14.45147679324894514767932489451476793249,14.45147679324894514767932489451476793249,,']);
  });

  it('reports an unknown indicator with the codes of the catalog (exit 1)', () => {
    const { code, stdout, stderr } = cli(['growth', '--indicator', 'PRODUCTION']);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^planning-indicators: unknown indicator "PRODUCTION": the bundled Vietnamese district catalog has no such code \(did you mean PRODUCTION_VALUE, PRODUCTION_VALUE_CURRENT, PRODUCTION_VALUE_GROWTH\?\); its \d+ codes include PRODUCTION_VALUE, /);
    expect(stderr).toMatch(/; pass a catalog that defines it with --catalog\n$/);
  });

  it('reports an unknown area with the areas the data have (exit 1)', () => {
    expect(cli(['growth', '--area', '16174'])).toEqual({ code: 1, stdout: '', stderr: 'planning-indicators: unknown area "16174": the bundled data has observations for area 402\n' });
  });

  it('says when an indicator has too few yearly values', () => {
    expect(cli(['growth', '--indicator', 'INVESTMENT', '--to', '2023'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'planning-indicators: INVESTMENT: the bundled data has only one yearly value for area 402 in …–2023; growth needs the values of two years or more\n',
    });
  });

  it('refuses inconsistent or malformed options as usage errors (exit 2)', () => {
    expect(cli(['growth', '--target', '6500']).stderr).toBe('planning-indicators: --target VALUE and --by YEAR go together: the level to reach and the year to reach it by (see planning-indicators growth --help)\n');
    expect(cli(['growth', '--from', '21']).stderr).toBe('planning-indicators: --from must be a year of four digits, such as 2024; got "21" (see planning-indicators growth --help)\n');
    expect(cli(['growth', '--from', '2024', '--to', '2022']).code).toBe(2);
    expect(cli(['growth', '--target-rate', '5,6']).stderr).toBe('planning-indicators: --target-rate must be a number written with "." as the decimal separator, such as 5.6; got "5,6" (see planning-indicators growth --help)\n');
    expect(cli(['growth', '--target', '6500', '--by', '2026']).stderr).toMatch(/^planning-indicators: --target applies to one indicator; choose it with --indicator \(the data have PRODUCTION_VALUE, BUDGET_REVENUE, /);
  });
});
