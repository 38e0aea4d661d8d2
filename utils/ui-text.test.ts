import { describe, expect, it } from 'vitest';
import { pickUiLanguage, resolveUiLanguage, uiText, type PageId } from './ui-text';

describe('pickUiLanguage', () => {
  it.each([
    [['sv-SE', 'en-US'], 'sv'],
    [['en-GB', 'sv-SE'], 'en'],
    [['fi-FI', 'en-US'], 'en'],
    [['de-DE', 'fr-FR'], 'sv'],
    [[], 'sv'],
    [['SV'], 'sv'],
  ] as const)('%j gives %s', (prefs, expected) => {
    expect(pickUiLanguage(prefs)).toBe(expected);
  });
});

describe('uiText', () => {
  const pages: PageId[] = ['sidepanel'];

  it.each(pages)('has a title and a lead for %s in both languages, and they differ', (page) => {
    const sv = uiText('sv').pages[page];
    const en = uiText('en').pages[page];
    for (const text of [sv, en]) {
      expect(text.title.trim()).not.toBe('');
      expect(text.lead.trim()).not.toBe('');
    }
    expect(sv.lead).not.toBe(en.lead);
  });
});

describe('resolveUiLanguage', () => {
  it('lets a saved choice win over the browser, and follows the browser on auto', () => {
    expect(resolveUiLanguage('en', ['sv-SE'])).toBe('en');
    expect(resolveUiLanguage('sv', ['en-GB'])).toBe('sv');
    expect(resolveUiLanguage('auto', ['en-GB', 'sv'])).toBe('en');
    expect(resolveUiLanguage(undefined, ['de-DE'])).toBe('sv');
  });
});
