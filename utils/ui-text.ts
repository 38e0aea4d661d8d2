/**
 * Texts of the extension's own pages, Swedish first. Plain language and du-form, as a good
 * municipal communicator writes. The manifest's name and description live in public/_locales.
 */
export type UiLanguage = 'sv' | 'en';

/** The pages that use the shared frame; the popup, options, dashboard and training draw their own. */
export type PageId = 'sidepanel';

interface PageText {
  title: string;
  lead: string;
}

interface UiText {
  productName: string;
  pages: Record<PageId, PageText>;
}

const sv: UiText = {
  productName: 'Sekretessvakt',
  pages: {
    sidepanel: {
      title: 'Att hantera på sidan',
      lead: 'Här listas de kommentarer på sidan som behöver åtgärdas, de mest brådskande först.',
    },
  },
};

const en: UiText = {
  productName: 'Sekretessvakt',
  pages: {
    sidepanel: {
      title: 'To handle on this page',
      lead: 'This lists the comments on the page that need action, the most urgent first.',
    },
  },
};

const texts: Record<UiLanguage, UiText> = { sv, en };

export function uiText(lang: UiLanguage): UiText {
  return texts[lang];
}

/**
 * Picks the UI language from the browser's preferences: the first of Swedish or English that the
 * user lists wins; anything else gets Swedish, the product's first language.
 *
 * @example pickUiLanguage(['en-GB', 'sv-SE']) // 'en'
 */
export function pickUiLanguage(preferences: readonly string[]): UiLanguage {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'sv' || primary === 'en') return primary;
  }
  return 'sv';
}

/** The saved preference wins; 'auto' (or nothing saved) follows the browser. */
export function resolveUiLanguage(preference: 'auto' | UiLanguage | undefined, browserLanguages: readonly string[]): UiLanguage {
  return preference === 'sv' || preference === 'en' ? preference : pickUiLanguage(browserLanguages);
}
