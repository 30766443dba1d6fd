/*
 * Real file bytes for the tests of text tables: the encodings a Vietnamese office's files come in,
 * built here from text so that each test shows what the file holds.
 */

/** Every tone (ngang, huyền, sắc, hỏi, ngã, nặng) on the vowels, with đ: the names of Như Xuân's communes and more. */
export const vietnameseNames = [
  'Thị trấn Yên Cát',
  'Xã Thượng Ninh',
  'Xã Bãi Trành',
  'Xã Hoá Quỳ',
  'Xã Xuân Hoà',
  'Xã Thanh Sơn',
  'Xã Cát Tân',
  'Xã Bình Lương',
  'Xã Xuân Bình',
  'Xã Hải Long',
  'Đồng Tâm, Ữ Ẵ Ẫ Ợ Ự Ỷ Ỹ Ỵ ẻ ẽ ẹ ỉ ĩ ọ ỏ õ ụ ủ ũ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ ặ ẳ ẵ ằ ắ ậ ẩ ẫ ầ ấ ệ ể ễ ề ế ộ ổ ỗ ồ ố ợ ở ỡ ờ ớ',
] as const;

// The five tone marks, which Windows-1258 writes as combining characters after the letter.
const toneMarks = new Set(['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']);

/**
 * Encodes text in Windows-1258 as Excel does on Vietnamese Windows: letters with a tone mark are the
 * base letter (precomposed where the code page has it: â, ă, ê, ô, ơ, ư, đ) followed by the tone mark
 * as a combining character. The table is the platform decoder's own, read backwards.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) byteOf.set(decoder.decode(new Uint8Array([byte])), byte);
  const bytes: number[] = [];
  const put = (character: string): void => {
    const byte = byteOf.get(character);
    if (byte === undefined) throw new Error(`no Windows-1258 byte for ${JSON.stringify(character)}`);
    bytes.push(byte);
  };
  for (const character of text.normalize('NFC')) {
    if (byteOf.has(character)) {
      put(character);
      continue;
    }
    const parts = Array.from(character.normalize('NFD'));
    const tones = parts.filter((part) => toneMarks.has(part));
    put(parts.filter((part) => !toneMarks.has(part)).join('').normalize('NFC'));
    for (const tone of tones) put(tone);
  }
  return new Uint8Array(bytes);
}

/** Text as UTF-16 LE with its byte order mark, as Excel's "Unicode Text" saves it. */
export function encodeUtf16le(text: string, byteOrderMark = true): Uint8Array {
  const bytes = new Uint8Array((byteOrderMark ? 2 : 0) + text.length * 2);
  let offset = 0;
  if (byteOrderMark) {
    bytes.set([0xff, 0xfe]);
    offset = 2;
  }
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[offset + index * 2] = code & 0xff;
    bytes[offset + index * 2 + 1] = code >> 8;
  }
  return bytes;
}

/** Text as UTF-16 BE with its byte order mark. */
export function encodeUtf16be(text: string): Uint8Array {
  const little = encodeUtf16le(text);
  const bytes = new Uint8Array(little.length);
  for (let index = 0; index < little.length; index += 2) {
    bytes[index] = little[index + 1] ?? 0;
    bytes[index + 1] = little[index] ?? 0;
  }
  return bytes;
}

/** Text as UTF-8, with a byte order mark when asked (Excel's "CSV UTF-8"). */
export function encodeUtf8(text: string, byteOrderMark = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!byteOrderMark) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
