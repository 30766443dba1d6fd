import { describe, expect, it } from 'vitest';
import { nhuXuanPlan2024Input } from '../../src/datasets/nhu-xuan/index.js';
import { cli, lines } from './helpers.js';

describe('scorecard on the bundled Như Xuân data', () => {
  it('prints the Vietnamese 2024 report as text: facts, scorecard with the six-month pace, growth and emulation', () => {
    const { code, stdout, stderr } = cli(['scorecard']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const text = lines(stdout);
    expect(text[0]).toBe('Kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân');
    expect(text).toContain('Địa bàn:     Huyện Như Xuân');
    expect(text).toContain('Kết quả:     7/8 chỉ tiêu đạt và vượt kế hoạch');
    expect(stdout).toContain('7/8 chỉ tiêu đạt và vượt kế hoạch (5 vượt, 2 đạt, 1 không đạt, 0 không đánh giá được).');
    // The scorecard rows, with the pace of the flow targets after six months.
    expect(text.find((line) => line.startsWith('T1 '))).toMatch(/≥ 5,6%\s+6,17%\s+100,5%\s+\+0,57 điểm %\s+Vượt kế hoạch\s+Ước tính\s+Vượt tiến độ\s+tăng 6,13% so$/);
    expect(text.find((line) => line.startsWith('T3 '))).toMatch(/Không đạt\s+Ước tính\s+Chậm tiến độ/);
    expect(text.find((line) => line.startsWith('T8 '))).toMatch(/1\.085 tỷ đồng\s+108,5%\s+\+85 tỷ đồng\s+Vượt kế hoạch\s+Ước tính\s+Vượt tiến độ\s+52,0%$/);
    // The growth section: average annual growth 2021–2024 from base year 2020 as context, and each
    // growth target with its own status.
    expect(text).toContain('TĂNG TRƯỞNG');
    expect(text.find((line) => line.startsWith('Giá trị sản xuất (giá so '))).toMatch(/Giai đoạn 2021–2024\s+2020\s+4\.050 tỷ đồng\s+5\.436 tỷ đồng\s+7,64%\s+6,17%\s+≥ 5,6% năm 2024\s+Vượt kế hoạch$/);
    expect(text).toContain('2024  ████████████████████             6,2%');
    // The emulation section: four clusters, First and Second awards.
    expect(text).toContain('XẾP HẠNG THI ĐUA');
    expect(text).toContain('Cụm thi đua số 1   1/4  Yên Cát      100,5  Hoàn thành xuất sắc nhiệm vụ  Nhất');
    expect(text.filter((line) => line.includes('★ Nhất'))).toHaveLength(4);
    expect(stdout).toContain('Ghi chú: Số liệu thực hiện là số liệu minh họa');
  });

  it('speaks English with --lang en', () => {
    const { code, stdout } = cli(['scorecard', '--lang', 'en']);
    expect(code).toBe(0);
    const text = lines(stdout);
    expect(text[0]).toBe('Như Xuân district socio-economic plan 2024');
    expect(text).toContain('Result:      7 of 8 targets met or exceeded');
    expect(text.find((line) => line.startsWith('T2 '))).toMatch(/≥ 45 million\s+47\.2 million\s+104\.9%\s+\+2\.2 million\s+Exceeded/);
    expect(text.filter((line) => /^[A-Z][A-Z ]+$/.test(line))).toEqual(['PLAN ASSESSMENT', 'GROWTH', 'EMULATION RANKING']);
    expect(text).toContain('Cluster 1   1/4  Yên Cát          100.5  Hoàn thành xuất sắc nhiệm vụ  First');
  });

  it('writes Markdown with --format markdown (and md)', () => {
    const markdown = cli(['scorecard', '--format', 'markdown']);
    expect(markdown.code).toBe(0);
    expect(lines(markdown.stdout)[0]).toBe('# Kế hoạch phát triển kinh tế - xã hội năm 2024, huyện Như Xuân');
    expect(markdown.stdout).toContain('| Mã | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ đạt | Chênh lệch | Đánh giá | Số liệu | Tiến độ 6 tháng đầu năm 2024 | Lũy kế |');
    expect(markdown.stdout).toContain('## Tăng trưởng');
    expect(cli(['scorecard', '--format', 'md']).stdout).toBe(markdown.stdout);
  });

  it('writes the scorecard table as CSV with exact values', () => {
    const { code, stdout } = cli(['scorecard', '--format', 'csv']);
    expect(code).toBe(0);
    const rows = lines(stdout);
    expect(rows[0]).toBe('id,target,planned,actual,attainment,gap,status,data,pace,paceValue');
    expect(rows).toHaveLength(9);
    // Every target has a pace; income has no six-month value, so its pace cannot be assessed.
    expect(rows[2]).toBe('T2,Thu nhập bình quân đầu người đạt 45 triệu đồng/năm,45,47.2,104.8888888888888888888888888888888888889,2.2,exceeded,estimate,not-assessable,');
    expect(rows[8]).toBe('T8,Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng,1000,1085,108.5,85,exceeded,estimate,ahead,52');
  });

  it('writes the whole report as JSON', () => {
    const { code, stdout } = cli(['scorecard', '--format', 'json', '--lang', 'en']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { kind: string; lang: string; sections: { id: string; blocks: { id: string }[] }[] };
    expect([report.kind, report.lang]).toEqual(['report', 'en']);
    expect(report.sections.map((section) => section.id)).toEqual(['scorecard', 'growth', 'five-year-review', 'outlook-2025', 'emulation', 'roll-up-2024']);
    expect(report.sections[4]?.blocks.map((block) => block.id)).toEqual([
      'emulation-table',
      'emulation-chart-cluster-1',
      'emulation-chart-cluster-2',
      'emulation-chart-cluster-3',
      'emulation-chart-cluster-4',
    ]);
  });

  it('writes one self-contained HTML page with --format html', () => {
    const { code, stdout } = cli(['scorecard', '--lang', 'en', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(stdout).toContain('<title>Như Xuân district socio-economic plan 2024</title>');
    // The scorecard's eight rows, then the growth table's rows of the two growth targets.
    expect([...stdout.matchAll(/<tr data-row="(T\d)">/g)].map((match) => match[1])).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T1', 'T3']);
    expect(stdout.match(/<svg /g)).toHaveLength(7);
    expect(stdout).not.toMatch(/<script|<link|src="http/);
  });
});

describe('scorecard on files', () => {
  const plan = JSON.stringify(nhuXuanPlan2024Input);
  const csv = [
    'indicator,area,period,value,status,published',
    'INVESTMENT,402,2024,900,estimate,2024-12-20',
    'INVESTMENT,402,2024-S1,400,estimate,2024-06-25',
    'PRODUCTION_VALUE,402,2023,5120,official,2024-06-28',
    'PRODUCTION_VALUE,402,2024,5500,preliminary,2025-02-10',
    '',
  ].join('\n');

  it('assesses a plan file on a CSV file, leaving out what the data do not hold', () => {
    const { code, stdout, stderr } = cli(['scorecard', '--plan', 'plan.json', '--data', 'data.csv', '--format', 'csv'], { 'plan.json': plan, 'data.csv': csv });
    expect([code, stderr]).toEqual([0, '']);
    const rows = lines(stdout);
    // No pace unless asked for, and no emulation section, off the bundled data.
    expect(rows[0]).toBe('id,target,planned,actual,attainment,gap,status,data');
    expect(rows[1]).toBe('T1,"Tăng trưởng giá trị sản xuất đạt 5,6% trở lên",5.6,7.421875,101.7252604166666666666666666666666666667,1.821875,exceeded,preliminary');
    expect(rows[8]).toBe('T8,Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng,1000,900,90,-100,not-met,estimate');
    expect(rows[2]).toMatch(/,not-assessable,$/);
  });

  it('uses only what was published by --as-of, and adds the pace asked for with --pace', () => {
    const { code, stdout } = cli(['scorecard', '--plan', 'plan.json', '--data', 'data.csv', '--as-of', '2024-12-31', '--pace', '2024-S1', '--format', 'csv'], {
      'plan.json': plan,
      'data.csv': csv,
    });
    expect(code).toBe(0);
    const rows = lines(stdout);
    expect(rows[0]).toBe('id,target,planned,actual,attainment,gap,status,data,pace,paceValue');
    // The preliminary 2024 output was published in 2025: not known at the end of 2024.
    expect(rows[1]).toMatch(/,not-assessable,,not-assessable,$/);
    expect(rows[8]).toBe('T8,Huy động vốn đầu tư phát triển toàn xã hội đạt 1.000 tỷ đồng,1000,900,90,-100,not-met,estimate,behind,40');
  });

  it('adds the emulation section when score sheets are given', () => {
    const { code, stdout } = cli(['scorecard', '--plan', 'plan.json', '--data', 'data.csv', '--sheets', 'sheets.json'], {
      'plan.json': plan,
      'data.csv': csv,
      'sheets.json': JSON.stringify([
        { unit: '16174', cluster: 'cluster-1', entries: [{ criterion: 'economy', attainment: 1 }, { criterion: 'budget', attainment: 1 }, { criterion: 'new-rural', attainment: 1 }, { criterion: 'society', attainment: 1 }, { criterion: 'security', points: 10 }] },
      ]),
    });
    expect(code).toBe(0);
    expect(stdout).toContain('XẾP HẠNG THI ĐUA');
    expect(stdout).toContain('Cụm thi đua số 1   1/1  Yên Cát');
  });

  it('rejects a plan whose targets name an area that the --hierarchy does not have', () => {
    const hierarchy = JSON.stringify({ units: [{ code: '38', name: 'Thanh Hóa', type: 'province', level: 'province' }] });
    const { code, stderr } = cli(['scorecard', '--hierarchy', 'units.json'], { 'units.json': hierarchy });
    expect(code).toBe(1);
    expect(lines(stderr)[0]).toMatch(/^planning-indicators: the bundled Như Xuân 2024 plan: invalid plan: \d+ problems$/);
    expect(stderr).toContain('  the bundled Như Xuân 2024 plan: targets[0].area: area 402 is not an administrative unit valid throughout 2024 (2024-01-01 to 2024-12-31)\n');
  });

  it('refuses a bad --as-of or --pace as a usage error', () => {
    expect(cli(['scorecard', '--as-of', '31/12/2024'])).toMatchObject({
      code: 2,
      stderr: 'planning-indicators: --as-of must be a date written YYYY-MM-DD, such as 2024-12-31; got "31/12/2024" (see planning-indicators scorecard --help)\n',
    });
    const pace = cli(['scorecard', '--pace', '2024-Q5']);
    expect(pace.code).toBe(2);
    expect(pace.stderr).toMatch(/^planning-indicators: --pace must be a period code such as 2024-S1, 2024-M01\/2024-M09 or 2021\/2023: invalid period code "2024-Q5"/);
    const review = cli(['scorecard', '--review', '2023-13']);
    expect([review.code, review.stderr.split(':')[1]]).toEqual([2, ' --review must be a period code such as 2024-S1, 2024-M01/2024-M09 or 2021/2023']);
  });
});

describe('scorecard on a five-year plan', () => {
  it('the demo shows the mid-term review of the illustrative five-year plan and its 2025 proposals', () => {
    const { code, stdout } = cli(['scorecard', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('## Đánh giá giữa kỳ giai đoạn 2021–2025 (đến năm 2024)');
    expect(stdout).toContain('| P1 | Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2021–2025 đạt 7%/năm trở lên | bình quân ≥ 7%/năm | bình quân 7,64%/năm | 7% | Vượt tiến độ | cần tăng 4,49% trong năm còn lại |');
    expect(stdout).toContain('| P1-2025 | Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2021–2025 đạt 7%/năm trở lên | tăng ≥ 4,49% |');
    expect(stdout).toContain('Kế hoạch 5 năm 2021–2025 và số liệu các năm là minh họa');
  });

  it('--five-year assesses the bundled five-year plan, paces every shape over 2021/2023 and reviews it', () => {
    const { code, stdout } = cli(['scorecard', '--five-year', '--pace', '2021/2023', '--review', '2021/2023', '--format', 'json', '--lang', 'en']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { fields: { label: string; value: string }[]; sections: { id: string; blocks: { id: string; rows?: { id: string; cells: Record<string, { value: unknown; text: string }> }[] }[] }[] };
    expect(report.fields.find((field) => field.label === 'Area')?.value).toBe('Như Xuân rural district');
    const scorecard = report.sections[0]?.blocks[0];
    expect(scorecard?.rows?.map((row) => [row.id, row.cells.pace?.value])).toEqual([
      ['P1', 'ahead'],
      ['P2', 'behind'],
      ['P3', 'not-assessable'],
      ['P4', 'behind'],
      ['P5', 'ahead'],
      ['P6', 'behind'],
      ['P7', 'ahead'],
    ]);
    const review = report.sections.find((section) => section.id === 'review');
    expect(review?.blocks.map((block) => block.id)).toEqual(['review-table', 'review-proposals']);
    expect(review?.blocks[1]?.rows?.[0]?.cells.id?.text).toBe('P1-2024');
  });

  it('--five-year does not mix with files', () => {
    expect(cli(['scorecard', '--five-year', '--plan', 'plan.json'])).toMatchObject({ code: 2 });
  });
});

describe('scorecard on the bundled data: the growth 2025 needs and the district roll-up', () => {
  it('states the growth 2025 needs for the illustrative five-year target, and the roll-up with its completeness', () => {
    const { code, stdout } = cli(['scorecard', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).toContain('Mục tiêu minh họa (không phải chỉ tiêu của kế hoạch)');
    expect(stdout).toContain('năm 2025 cần tăng 10,38%');
    expect(stdout).toContain('8,18%/năm giai đoạn 2021–2025');
    expect(stdout).toContain('11 thôn (cộng các xã); đủ số liệu 15/16 xã (93,75%), thiếu: Xuân Bình (16183)');
    expect(stdout).toContain('Tỷ lệ hộ nghèo (đa chiều): 9,64%');
  });

  it('leaves both out when the plan comes from a file', () => {
    const { code, stdout } = cli(['scorecard', '--plan', 'plan.json', '--format', 'json'], { 'plan.json': JSON.stringify(nhuXuanPlan2024Input) });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { sections: { id: string }[] };
    expect(report.sections.map((section) => section.id)).toEqual(['scorecard', 'growth']);
  });
});

describe('scorecard: one target, one verdict (issue 10, defect 3)', () => {
  // A 2024 growth target of 7% or more, met by 7.36% in 2024, while the average growth of 2020–2024
  // is only 5.7% a year: the growth section must not judge the average against the one-year target.
  const plan = JSON.stringify({
    id: 'ONE-VERDICT',
    title: { vi: 'Kế hoạch năm 2024', en: 'Plan 2024' },
    area: '402',
    period: '2024',
    document: { kind: 'annual-plan' },
    targets: [{ id: 'G1', indicator: 'PRODUCTION_VALUE', area: '402', period: '2024', basis: 'growth', basePeriod: '2023', comparator: 'at-least', value: '7', document: { kind: 'annual-plan' } }],
  });
  const csv = ['indicator,area,period,value,status', ...([['2020', '4300'], ['2021', '4500'], ['2022', '4750'], ['2023', '5000'], ['2024', '5368']] as const).map(([year, value]) => `PRODUCTION_VALUE,402,${year},${value},official`), ''].join('\n');

  interface JsonCell { readonly value: unknown; readonly text: string }
  interface JsonReport { readonly sections: readonly { readonly id: string; readonly blocks: readonly { readonly id: string; readonly rows?: readonly { readonly id: string; readonly cells: Readonly<Record<string, JsonCell>> }[] }[] }[] }

  it('prints the target\'s own status in the growth section, the average only as context', () => {
    const { code, stdout } = cli(['scorecard', '--plan', 'plan.json', '--data', 'data.csv', '--format', 'json', '--lang', 'en'], { 'plan.json': plan, 'data.csv': csv });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    const statusIn = (section: string) => report.sections.find((candidate) => candidate.id === section)?.blocks[0]?.rows?.[0]?.cells.status;
    expect(statusIn('scorecard')?.value).toBe('exceeded');
    expect(statusIn('growth')?.value).toBe('exceeded');
    const growthRow = report.sections.find((candidate) => candidate.id === 'growth')?.blocks[0]?.rows?.[0];
    // The average 2021–2024 (5.70% a year from base 2020) is still shown, as context.
    expect(growthRow?.cells.average?.text).toBe('5.7%');
    expect(growthRow?.cells.target?.text).toBe('≥ 7% in 2024');
  });
});
