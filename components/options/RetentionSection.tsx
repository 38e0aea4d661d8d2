/**
 * How many days data is kept (storage/retention.ts purges it), with what is purged and what is not
 * said in words. A value outside 1–365 is explained beside the field and never saved.
 */
import { useState, type FormEvent } from 'react';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, type Settings } from '../../storage/records';
import { TextField } from './Field';
import { optionsText } from './options-text';
import { SaveStatus, useSettingsSave, type SaveContext } from './use-settings-save';

const DAYS_ID = 'sv-retention-days';

/** The number of days typed, or null when it is not a whole number in range. */
export function parseRetentionDays(value: string): number | null {
  if (!/^\s*\d+\s*$/.test(value)) return null;
  const days = Number(value);
  return days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS ? days : null;
}

export function RetentionSection({ settings, save: context }: { settings: Settings; save: SaveContext }) {
  const { lang } = context;
  const t = optionsText(lang).retention;
  const { state, save } = useSettingsSave(context);
  const [value, setValue] = useState(String(settings.retentionDays));
  const [touched, setTouched] = useState(false);
  const days = parseRetentionDays(value);
  const error = touched && days === null ? t.invalid : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (days === null) {
      document.getElementById(DAYS_ID)?.focus();
      return;
    }
    await save({ retentionDays: days }, t.savedDays(days), false);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ul>
        {t.purged.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <TextField
        id={DAYS_ID}
        lang={lang}
        type="number"
        inputMode="numeric"
        min={MIN_RETENTION_DAYS}
        max={MAX_RETENTION_DAYS}
        label={t.label}
        value={value}
        error={error}
        onChange={(next) => {
          setValue(next);
          setTouched(true);
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
