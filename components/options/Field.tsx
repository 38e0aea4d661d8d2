/**
 * The options page's form pieces. Every input has a visible label; a problem is said in words
 * beside the field ("⚠ Fel: …"), tied to the input with aria-invalid and aria-describedby, so it
 * is never told by colour alone.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { UiLanguage } from '../../utils/ui-text';
import { optionsText } from './options-text';

/** The error text of a field or group: an icon and the word "Fel" before the message. */
export function FieldError({ id, lang, message }: { id: string; lang: UiLanguage; message: string }) {
  return (
    <p id={id} className="sv-options__error">
      <span aria-hidden="true">⚠ </span>
      <strong>{optionsText(lang).errorWord}:</strong> {message}
    </p>
  );
}

/** A remark the reader should not miss ("Obs: …"), in words, not only colour. */
export function Note({ lang, children }: { lang: UiLanguage; children: ReactNode }) {
  return (
    <p className="sv-options__note">
      <strong>{optionsText(lang).noteWord}:</strong> {children}
    </p>
  );
}

/** Joins the ids an input is described by, leaving out the missing ones. */
export function describedBy(...ids: Array<string | false | undefined | null>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

type InputExtras = Pick<InputHTMLAttributes<HTMLInputElement>, 'autoComplete' | 'inputMode' | 'min' | 'max' | 'list' | 'spellCheck' | 'required'>;

export interface TextFieldProps extends InputExtras {
  id: string;
  lang: UiLanguage;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  /** A group's error that also concerns this input (a span whose times are in the wrong order). */
  groupErrorId?: string | undefined;
  type?: 'text' | 'email' | 'url' | 'tel' | 'time' | 'number' | 'date';
  multiline?: boolean;
}

export function TextField({ id, lang, label, value, onChange, error, hint, groupErrorId, type = 'text', multiline = false, ...extras }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    value,
    'aria-invalid': error || groupErrorId ? true : undefined,
    'aria-describedby': describedBy(hintId, errorId, groupErrorId),
  };
  return (
    <div className="sv-options__field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="sv-options__hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} {...extras} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
      {error && errorId && <FieldError id={errorId} lang={lang} message={error} />}
    </div>
  );
}

export interface CheckboxProps {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string | undefined;
}

export function Checkbox({ id, label, checked, onChange, hint }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="sv-options__check">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="sv-options__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
