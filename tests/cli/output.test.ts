import { describe, expect, it } from 'vitest';
import { nhuXuanPlan2024Input } from '../../src/datasets/nhu-xuan/index.js';
import { cli, lines } from './helpers.js';

describe('CSV for people and for machines', () => {
  it('writes the exact values under the column ids for machines, as before', () => {
    const { stdout } = cli(['scorecard', '--format', 'csv']);
    expect(stdout.startsWith('id,target,')).toBe(true);
    expect(lines(stdout)[1]).toMatch(/^T1,"Tăng trưởng giá trị sản xuất đạt 5,6% trở lên",5\.6,6\.171875,100\.5415482954545454545454545454545454545,/);
  });

  it('writes the rounded figures under the column labels, after a byte order mark, for people', () => {
    const { code, stdout } = cli(['scorecard', '--format', 'csv', '--for', 'people']);
    expect(code).toBe(0);
    expect(stdout.charCodeAt(0)).toBe(0xfeff);
    const [header, first] = lines(stdout.slice(1));
    expect(header).toBe('Mã,Chỉ tiêu,Kế hoạch,Thực hiện,Tỷ lệ đạt,Chênh lệch,Đánh giá,Số liệu,Tiến độ 6 tháng đầu năm 2024,Lũy kế');
    // A text that starts with a sign is guarded as a formula would be (OWASP's rule), in every writer.
    expect(first).toBe('T1,"Tăng trưởng giá trị sản xuất đạt 5,6% trở lên","≥ 5,6%","6,17%","100,5%","\'+0,57 điểm %",Vượt kế hoạch,Ước tính,Vượt tiến độ,"tăng 6,13% so với cùng kỳ"');
  });

  it('guards a plan text that a spreadsheet would run as a formula, in CSV for people', () => {
    const plan = { ...nhuXuanPlan2024Input, targets: nhuXuanPlan2024Input.targets.map((target, index) => (index === 0 ? { ...target, text: { vi: '=HYPERLINK("http://x","bấm")' } } : target)) };
    const { stdout } = cli(['scorecard', '--plan', 'plan.json', '--format', 'csv', '--for', 'people'], { 'plan.json': JSON.stringify(plan) });
    expect(lines(stdout)[1]).toMatch(/^T1,"'=HYPERLINK\(""http:\/\/x"",""bấm""\)",/);
  });

  it('refuses --for with another format, and --format xlsx from the synchronous runCli', () => {
    expect(cli(['scorecard', '--format', 'html', '--for', 'people']).stderr).toBe(
      'planning-indicators: --for applies to --format csv (a workbook and the other formats are for people already); got --format html (see planning-indicators scorecard --help)\n',
    );
    const xlsx = cli(['scorecard', '--format', 'xlsx']);
    expect([xlsx.code, xlsx.stderr]).toEqual([2, 'planning-indicators: --format xlsx writes a binary workbook, which needs runCliAsync (the planning-indicators command uses it); runCli writes text only\n']);
  });
});
