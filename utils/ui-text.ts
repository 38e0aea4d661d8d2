/**
 * Texts of the extension's own pages, Swedish first. Plain language and du-form, as a good
 * municipal communicator writes. The manifest's name and description live in public/_locales.
 */
export type UiLanguage = 'sv' | 'en';

export type PageId = 'popup' | 'sidepanel' | 'options' | 'dashboard' | 'training';

interface PageText {
  title: string;
  lead: string;
}

interface UiText {
  productName: string;
  comingSoon: string;
  pages: Record<PageId, PageText>;
  openDashboard: string;
  openTraining: string;
}

const sv: UiText = {
  productName: 'Sekretessvakt',
  comingSoon: 'Den här delen är under uppbyggnad.',
  pages: {
    popup: {
      title: 'Sekretessvakt',
      lead: 'Här ser du snart hur många kommentarer på den här fliken som behöver åtgärdas, och hur många uppföljningar som är öppna.',
    },
    sidepanel: {
      title: 'Att hantera på sidan',
      lead: 'Här listas snart de kommentarer på sidan som behöver åtgärdas, de mest brådskande först.',
    },
    options: {
      title: 'Inställningar',
      lead: 'Här anger du snart ditt namn, kommunens kontaktvägar och telefonnummer, och hur länge uppgifter sparas.',
    },
    dashboard: {
      title: 'Uppföljning',
      lead: 'Här ser du som chef snart alla uppföljningar, vad som är försenat, och kan godkänna avslutade ärenden.',
    },
    training: {
      title: 'Övning',
      lead: 'Här övar du snart på påhittade inlägg och kommentarer, och får återkoppling på varje svar.',
    },
  },
  openDashboard: 'Öppna uppföljningen',
  openTraining: 'Öppna övningen',
};

const en: UiText = {
  productName: 'Sekretessvakt',
  comingSoon: 'This part is being built.',
  pages: {
    popup: {
      title: 'Sekretessvakt',
      lead: 'Soon you will see here how many comments on this tab need action, and how many follow-ups are open.',
    },
    sidepanel: {
      title: 'To handle on this page',
      lead: 'Soon this lists the comments on the page that need action, the most urgent first.',
    },
    options: {
      title: 'Settings',
      lead: "Soon you will set your name, the municipality's contact channels and phone numbers, and how long data is kept.",
    },
    dashboard: {
      title: 'Follow-up',
      lead: 'Soon supervisors will see every follow-up here, what is overdue, and sign off closed cases.',
    },
    training: {
      title: 'Practice',
      lead: 'Soon you will practise here on made-up posts and comments, with feedback on every answer.',
    },
  },
  openDashboard: 'Open follow-up',
  openTraining: 'Open practice',
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
