/**
 * The language of the extension's pages: follow the browser, Swedish or English. This page
 * switches at once; other pages and the overlay on open tabs switch when they are reloaded.
 */
import { useState, type FormEvent } from 'react';
import { UI_LANGUAGE_PREFERENCES, type Settings, type UiLanguagePreference } from '../../storage/records';
import { resolveUiLanguage, type UiLanguage } from '../../utils/ui-text';
import { optionsText } from './options-text';
import { SaveStatus, useSettingsSave, type SaveContext } from './use-settings-save';

export interface LanguageSectionProps {
  settings: Settings;
  save: SaveContext;
  /** The browser's languages, for "same as the browser". */
  browserLanguages: readonly string[];
  onLanguage(lang: UiLanguage): void;
}

export function LanguageSection({ settings, save: context, browserLanguages, onLanguage }: LanguageSectionProps) {
  const { lang } = context;
  const t = optionsText(lang);
  const { state, save } = useSettingsSave(context);
  const [choice, setChoice] = useState<UiLanguagePreference>(settings.uiLanguage);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const next = await save({ uiLanguage: choice }, '', false);
    if (!next) return;
    setDone(true);
    onLanguage(resolveUiLanguage(choice, browserLanguages));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="sv-options__group">
        <legend>{t.language.legend}</legend>
        {UI_LANGUAGE_PREFERENCES.map((preference) => {
          const id = `sv-language-${preference}`;
          return (
            <div key={preference} className="sv-options__check">
              <input id={id} type="radio" name="sv-language" checked={choice === preference} onChange={() => setChoice(preference)} />
              <label htmlFor={id} lang={preference === 'auto' ? undefined : preference}>
                {t.language[preference]}
              </label>
            </div>
          );
        })}
      </fieldset>
      <div className="sv-options__actions">
        <button type="submit" className="sv-options__primary">
          {t.language.save}
        </button>
      </div>
      {/* Said in the language just chosen, so it is built here rather than when saving. */}
      <div className="sv-options__status" role="status" aria-live="polite">
        {done && (
          <p className="sv-options__saved">
            <span aria-hidden="true">✓ </span>
            {t.saved} {t.language.saved}
          </p>
        )}
      </div>
      {state.kind === 'error' && <SaveStatus state={state} lang={lang} />}
    </form>
  );
}
