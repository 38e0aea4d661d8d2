/**
 * The scenario form's inputs. Every input has a visible label; a problem is said in words beside
 * the field ("⚠ Fel: …") and tied to the input with aria-invalid and aria-describedby, following
 * the options page's pattern (components/options/Field.tsx).
 */
import type { ReactNode } from 'react';
import { EDITOR_ID, fieldId } from './scenario-editor-ids';
import type { ScenarioField } from './scenario-editor-text';

/**
 * Joins the ids an element is described by, leaving out the missing ones.
 * @example describedBy('a-hint', undefined, 'a-error') // 'a-hint a-error'
 */
export function describedBy(...ids: Array<string | false | undefined | null>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** A problem in words, with an icon and the word "Fel", never by colour alone. */
export function FieldError({ id, word, message }: { id: string; word: string; message: string }) {
  return (
    <p id={id} className={`${EDITOR_ID}__error`}>
      <span aria-hidden="true">⚠ </span>
      <strong>{word}:</strong> {message}
    </p>
  );
}

interface TextInputProps {
  path: ScenarioField;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  errorWord: string;
  multiline?: boolean;
  /** The language the text is written in, when it is fixed (the explanations). */
  textLang?: 'sv' | 'en';
}

export function TextInput({ path, label, hint, value, onChange, error, errorWord, multiline = false, textLang }: TextInputProps) {
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = { id, value, lang: textLang, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(hintId, errorId) };
  return (
    <div className={`${EDITOR_ID}__field`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className={`${EDITOR_ID}__hint`}>
          {hint}
        </p>
      )}
      {error && errorId && <FieldError id={errorId} word={errorWord} message={error} />}
      {multiline ? <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} /> : <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />}
    </div>
  );
}

interface ChoicesProps<T extends string | number> {
  path: ScenarioField;
  type: 'radio' | 'checkbox';
  legend: string;
  hint?: string;
  error: string | undefined;
  errorWord: string;
  options: ReadonlyArray<{ value: T; label: ReactNode; hint?: string }>;
  picked: readonly T[];
  onToggle(value: T, on: boolean): void;
}

/**
 * A group of radios or checkboxes under a legend. A radio group is a radiogroup so it can be
 * marked invalid; in a checkbox group each box is.
 */
export function Choices<T extends string | number>({ path, type, legend, hint, error, errorWord, options, picked, onToggle }: ChoicesProps<T>) {
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const radio = type === 'radio';
  return (
    <fieldset
      id={id}
      className={`${EDITOR_ID}__group`}
      role={radio ? 'radiogroup' : undefined}
      aria-labelledby={radio ? `${id}-legend` : undefined}
      aria-invalid={radio && error ? true : undefined}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend id={`${id}-legend`}>{legend}</legend>
      {hint && (
        <p id={hintId} className={`${EDITOR_ID}__hint`}>
          {hint}
        </p>
      )}
      {error && errorId && <FieldError id={errorId} word={errorWord} message={error} />}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const optionHintId = option.hint ? `${optionId}-hint` : undefined;
        return (
          <div key={String(option.value)} className={`${EDITOR_ID}__choice`}>
            <input
              id={optionId}
              type={type}
              name={id}
              value={String(option.value)}
              checked={picked.includes(option.value)}
              aria-invalid={!radio && error ? true : undefined}
              aria-describedby={optionHintId}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint && (
              <p id={optionHintId} className={`${EDITOR_ID}__hint`}>
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
