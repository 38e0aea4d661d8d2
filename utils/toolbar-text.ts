/** Texts the background shows outside the pages: the acute notification and the toolbar tooltip. */
export interface ToolbarText {
  acuteTitle: string;
  acuteMessage(count: number): string;
}

const sv: ToolbarText = {
  acuteTitle: 'Akut kommentar på sidan',
  acuteMessage: (count) =>
    `${count === 1 ? 'En kommentar' : `${count} kommentarer`} kan handla om fara just nu. Ring 112 om någon är i fara. Öppna sidan för att se förslagen.`,
};

const en: ToolbarText = {
  acuteTitle: 'Acute comment on the page',
  acuteMessage: (count) =>
    `${count === 1 ? 'A comment' : `${count} comments`} may be about danger right now. Call 112 if someone is in danger. Open the page to see the suggestions.`,
};

export function toolbarText(uiLanguage: string): ToolbarText {
  return uiLanguage.toLowerCase().startsWith('sv') ? sv : en;
}
