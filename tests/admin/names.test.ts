import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHierarchy, findUnitByName, findUnitsByName, normalizeVietnameseName } from '../../src/index.js';
import { nhuXuanHierarchy } from '../../src/datasets/nhu-xuan/index.js';
import { thrown } from './helpers.js';

const toneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

describe('normalizeVietnameseName', () => {
  it('matches the two tone placements of one name', () => {
    expect(normalizeVietnameseName('Thanh Hoá')).toBe('Thanh Hóa');
    expect(normalizeVietnameseName('Thanh Hóa')).toBe('Thanh Hóa');
    expect(normalizeVietnameseName('Hoà Bình')).toBe(normalizeVietnameseName('Hòa Bình'));
    expect(normalizeVietnameseName('Thái Thuỵ')).toBe('Thái Thụy');
    expect(normalizeVietnameseName('Khoẻ')).toBe('Khỏe');
  });

  it('follows the placement rules: marked vowels, qu and gi, final consonants, three vowels', () => {
    const cases: [string, string][] = [
      ['hòang', 'hoàng'],
      ['qúy', 'quý'],
      ['gĩư', 'giữ'],
      ['thủơ', 'thuở'],
      ['ngừơi', 'người'],
      ['muà', 'mùa'],
      ['ngòai', 'ngoài'],
      ['tùyên', 'tuyền'],
      ['Nguyễn', 'Nguyễn'],
      ['gì', 'gì'],
    ];
    for (const [written, canonical] of cases) expect(normalizeVietnameseName(written)).toBe(canonical);
  });

  it('composes to NFC, collapses spaces and fixes a typed Icelandic eth', () => {
    const decomposed = 'Thanh Hóa'.normalize('NFD');
    expect(decomposed).not.toBe('Thanh Hóa');
    expect(normalizeVietnameseName(`  ${decomposed}  `)).toBe('Thanh Hóa');
    expect(normalizeVietnameseName('\u00D0ồng   Nai')).toBe('Đồng Nai');
  });

  it('strips a leading type prefix and a trailing qualifier, and leaves other names alone', () => {
    const cases: [string, string][] = [
      ['Xã Xuân Hoà', 'Xuân Hòa'],
      ['Phường Ba Đình', 'Ba Đình'],
      ['Thị trấn Yên Cát', 'Yên Cát'],
      ['Huyện Như Xuân', 'Như Xuân'],
      ['Tỉnh Thanh Hóa', 'Thanh Hóa'],
      ['Thành phố Thanh Hóa', 'Thanh Hóa'],
      ['TP.Thanh Hóa', 'Thanh Hóa'],
      ['TX Nghi Sơn', 'Nghi Sơn'],
      ['thị xã Bỉm Sơn', 'Bỉm Sơn'],
      ['Đặc khu Phú Quốc', 'Phú Quốc'],
      ['Xuân Hòa (huyện Như Xuân)', 'Xuân Hòa'],
      ['Xã', 'Xã'],
      ['Xã Xá', 'Xá'],
      ['Île-de-France', 'Île-de-France'],
    ];
    for (const [written, normalized] of cases) expect(normalizeVietnameseName(written)).toBe(normalized);
    expect(normalizeVietnameseName('Xã Xuân Hoà', { stripTypePrefix: false })).toBe('Xã Xuân Hòa');
  });

  it('gives the same name wherever the tone mark was put within the vowels', () => {
    const onsets = ['', 'h', 'th', 'ng', 'kh', 'tr', 'qu', 'gi'];
    const nuclei = ['a', 'oa', 'oe', 'uy', 'ai', 'ao', 'ua', 'ia', 'ươ', 'uô', 'iê', 'ô', 'ơ', 'ư', 'e', 'o', 'ay', 'oai', 'uyê', 'ươi'];
    const codas = ['', 'n', 'ng', 'c', 't', 'nh'];
    const syllable = fc
      .record({
        onset: fc.constantFrom(...onsets),
        nucleus: fc.constantFrom(...nuclei),
        coda: fc.constantFrom(...codas),
        tone: fc.constantFrom(...toneMarks),
        first: fc.nat(5),
        second: fc.nat(5),
        upper: fc.boolean(),
      })
      .filter(({ onset, nucleus }) => !(onset === 'qu' && /^[uư]/.test(nucleus)) && !(onset === 'gi' && nucleus.startsWith('i')));
    fc.assert(
      fc.property(syllable, ({ onset, nucleus, coda, tone, first, second, upper }) => {
        const letters = Array.from(nucleus.normalize('NFD'));
        const vowelPositions = letters.flatMap((letter, i) => (/[aeiouy]/.test(letter) ? [i] : []));
        const withToneAfter = (pick: number): string => {
          const at = vowelPositions[pick % vowelPositions.length] ?? 0;
          // The tone goes after the vowel's own marks (circumflex, breve, horn).
          let end = at + 1;
          while (end < letters.length && /\p{M}/u.test(letters[end] ?? '')) end += 1;
          const word = onset + [...letters.slice(0, end), tone, ...letters.slice(end)].join('') + coda;
          return upper ? word.charAt(0).toUpperCase() + word.slice(1) : word;
        };
        const a = normalizeVietnameseName(withToneAfter(first));
        const b = normalizeVietnameseName(withToneAfter(second));
        expect(a).toBe(b);
        expect(normalizeVietnameseName(a)).toBe(a);
        expect(Array.from(a.normalize('NFD')).filter((char) => toneMarks.includes(char))).toEqual([tone]);
      }),
    );
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeVietnameseName(text);
        expect(normalizeVietnameseName(once)).toBe(once);
      }),
    );
  });

  it('rejects a name that is not text', () => {
    const error = thrown(() => normalizeVietnameseName(42 as unknown as string));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('name must be a string; got the number 42');
  });
});

describe('findUnitByName', () => {
  it('finds a unit however its name is written', () => {
    expect(findUnitByName(nhuXuanHierarchy, 'Tỉnh Thanh Hoá', { date: '2024-12-31' }).code).toBe('38');
    expect(findUnitByName(nhuXuanHierarchy, 'xã xuân hoà', { date: '2024-12-31', under: '402' }).code).toBe('16180');
    expect(findUnitByName(nhuXuanHierarchy, 'THỊ TRẤN YÊN CÁT', { date: '2024-12-31' }).code).toBe('16174');
  });

  it('finds the unit that bears the name on the date asked', () => {
    expect(findUnitByName(nhuXuanHierarchy, 'Như Xuân', { date: '2024-12-31' }).code).toBe('402');
    expect(findUnitByName(nhuXuanHierarchy, 'Như Xuân', { date: '2025-07-01' }).code).toBe('16174');
    expect(findUnitByName(nhuXuanHierarchy, 'Xuân Bình', { date: '2024-12-31' }).code).toBe('16183');
    expect(findUnitByName(nhuXuanHierarchy, 'Xuân Bình', { date: '2025-07-01' }).code).toBe('16177');
    expect(findUnitsByName(nhuXuanHierarchy, 'Yên Cát', { date: '2025-07-01' })).toEqual([]);
  });

  const twoDistricts = buildHierarchy([
    { code: '38', name: 'Thanh Hóa', type: 'province', level: 'province' },
    { code: '380', name: 'Thanh Hóa', type: 'provincial-city', level: 'district', parent: '38' },
    { code: '402', name: 'Như Xuân', type: 'rural-district', level: 'district', parent: '38' },
    { code: '395', name: 'Thọ Xuân', type: 'rural-district', level: 'district', parent: '38' },
    { code: '16180', name: 'Xuân Hòa', type: 'commune', level: 'commune', parent: '402' },
    { code: '99999', name: 'Xuân Hoà', type: 'commune', level: 'commune', parent: '395' },
  ]);

  it('reports ambiguity with the candidates and their parents instead of guessing', () => {
    const error = thrown(() => findUnitByName(twoDistricts, 'Xã Xuân Hòa', { date: '2024-12-31' }));
    expect(error.code).toBe('ambiguous');
    expect(error.message).toBe(
      '2 units are named "Xã Xuân Hòa" on 2024-12-31: 16180 (Xuân Hòa), commune, in 402 (Như Xuân); 99999 (Xuân Hoà), commune, in 395 (Thọ Xuân); give under, level or type to choose one',
    );
    expect(findUnitsByName(twoDistricts, 'Xuân Hòa', { date: '2024-12-31' }).map((unit) => unit.code)).toEqual(['16180', '99999']);
  });

  it('narrows by parent, level or type', () => {
    expect(findUnitByName(twoDistricts, 'Xuân Hòa', { date: '2024-12-31', under: '395' }).code).toBe('99999');
    expect(findUnitsByName(twoDistricts, 'Thanh Hóa', { date: '2024-12-31' })).toHaveLength(2);
    expect(findUnitByName(twoDistricts, 'Thành phố Thanh Hóa', { date: '2024-12-31', level: 'district' }).code).toBe('380');
    expect(findUnitByName(twoDistricts, 'Thanh Hóa', { date: '2024-12-31', type: 'province' }).code).toBe('38');
  });

  it('says what it compared when nothing matches', () => {
    const error = thrown(() => findUnitByName(nhuXuanHierarchy, 'Xã  Bãi Trành', { date: '2025-07-01', under: '38' }));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('no unit is named "Xã  Bãi Trành" under 38 on 2025-07-01 (compared as "Bãi Trành")');
    expect(() => findUnitByName(nhuXuanHierarchy, 'Yên Cát', { date: '2025-07-01', under: '402' })).toThrow(
      'no unit has code 402 on 2025-07-01, so there is nothing to search under',
    );
    expect(() => findUnitsByName(nhuXuanHierarchy, 'Yên Cát', { date: '2025' })).toThrow(/date must be a calendar date/);
  });
  it('takes the date positionally, as the other queries do, with the same answers as the lookup object', () => {
    expect(findUnitByName(nhuXuanHierarchy, 'Như Xuân', '2024-12-31').code).toBe('402');
    expect(findUnitByName(nhuXuanHierarchy, 'Như Xuân', '2025-07-01').code).toBe('16174');
    expect(findUnitByName(twoDistricts, 'Xuân Hòa', '2024-12-31', { under: '395' }).code).toBe('99999');
    expect(findUnitByName(twoDistricts, 'Thành phố Thanh Hóa', '2024-12-31', { level: 'district' }).code).toBe('380');
    expect(findUnitByName(twoDistricts, 'Thanh Hóa', '2024-12-31', { type: 'province' }).code).toBe('38');
    expect(findUnitsByName(twoDistricts, 'Xuân Hòa', '2024-12-31').map((unit) => unit.code)).toEqual(['16180', '99999']);
    expect(findUnitsByName(twoDistricts, 'Xuân Hòa', '2024-12-31', { under: '402' })).toEqual(
      findUnitsByName(twoDistricts, 'Xuân Hòa', { date: '2024-12-31', under: '402' }),
    );
    expect(thrown(() => findUnitByName(twoDistricts, 'Xã Xuân Hòa', '2024-12-31')).code).toBe('ambiguous');
    expect(() => findUnitsByName(nhuXuanHierarchy, 'Yên Cát', '2025')).toThrow(/date must be a calendar date/);
  });

  it('refuses a filter after a lookup object, and a third argument that is neither', () => {
    const both = thrown(() => (findUnitByName as (...args: unknown[]) => unknown)(twoDistricts, 'Xuân Hòa', { date: '2024-12-31' }, { under: '402' }));
    expect([both.code, both.message]).toEqual([
      'invalid-argument',
      'findUnitByName: got both a lookup object with its date and a filter; pass the date and the filter separately (findUnitByName(hierarchy, name, date, filter))',
    ]);
    const missing = thrown(() => (findUnitsByName as (...args: unknown[]) => unknown)(twoDistricts, 'Xuân Hòa', undefined));
    expect(missing.code).toBe('invalid-argument');
    expect(missing.message).toMatch(/^findUnitsByName: expected a date such as '2024-12-31' as the third argument; got /);
  });
});
