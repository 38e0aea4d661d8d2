import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../public/_locales');
const read = (lang: string) =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('manifest locales', () => {
  it('offers Swedish and English, with the same keys in both', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(['en', 'sv']);
    expect(Object.keys(read('en')).sort()).toEqual(Object.keys(read('sv')).sort());
  });

  it.each(['sv', 'en'])('keeps %s within the stores\' limits (name 75, description 132)', (lang) => {
    const messages = read(lang);
    expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
