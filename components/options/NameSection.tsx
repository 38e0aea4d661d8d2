/**
 * The moderator's name or initials: the actor of every audit entry and checklist step. Saving an
 * empty name is refused with a message; until a name is given the page says what the log shows.
 */
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../storage/records';
import { Note, TextField } from './Field';
import { optionsText } from './options-text';
import { SaveStatus, useSettingsSave, type SaveContext } from './use-settings-save';

const NAME_ID = 'sv-name';

export function NameSection({ settings, save: context }: { settings: Settings; save: SaveContext }) {
  const { lang } = context;
  const t = optionsText(lang).name;
  const { state, save } = useSettingsSave(context);
  const [name, setName] = useState(settings.moderator);
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const moderator = name.trim();
    if (moderator === '') {
      setError(t.required);
      document.getElementById(NAME_ID)?.focus();
      return;
    }
    setError(undefined);
    await save({ moderator }, '');
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <p>{t.intro}</p>
      {settings.moderator.trim() === '' && <Note lang={lang}>{t.missing}</Note>}
      <TextField
        id={NAME_ID}
        lang={lang}
        label={t.label}
        hint={t.hint}
        autoComplete="name"
        required
        value={name}
        error={error}
        onChange={(value) => {
          setName(value);
          if (value.trim() !== '') setError(undefined);
        }}
      />
      <div className="sv-options__actions">
        <button type="submit" className="sv-options__primary">
          {t.save}
        </button>
      </div>
      <SaveStatus state={state} lang={lang} />
    </form>
  );
}
