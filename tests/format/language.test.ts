import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { formatNumber, languageSchema, languages, numberSeparators } from '../../src/index.js';
import { expectFailure } from './helpers.js';

describe('languages', () => {
  it('refuses any other language in a settings file, saying which ones there are', () => {
    const result = z.safeParse(languageSchema, 'fr');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["expected a language: 'vi' (Vietnamese) or 'en' (English)"]);
    expect(z.parse(languageSchema, 'en')).toBe('en');
  });

  it('keeps the list of languages and the separators frozen', () => {
    expect(Object.isFrozen(languages)).toBe(true);
    expect(Object.isFrozen(numberSeparators)).toBe(true);
    expect(Object.isFrozen(numberSeparators.vi) && Object.isFrozen(numberSeparators.en)).toBe(true);
  });

  it('refuses a missing language and one written in capitals, naming what it got', () => {
    expectFailure(() => formatNumber(1, { lang: undefined as unknown as 'vi' }), 'invalid-argument', "formatNumber: lang must be 'vi' (Vietnamese) or 'en' (English); got undefined");
    expectFailure(() => formatNumber(1, { lang: 'EN' as 'en' }), 'invalid-argument', 'got "EN"');
  });
});
