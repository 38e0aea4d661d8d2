/** Choosing a round: how many scenarios and what to focus on. */
import { useId, useState } from 'react';
import type { Label } from '../../classifiers/types';
import { LABEL_TEXT } from '../../utils/label-text';
import { FOCUSES, matchesFocus, SESSION_LENGTHS, type Focus } from '../../utils/training/order';
import type { Level, Scenario } from '../../utils/training/scenario';
import type { UiLanguage } from '../../utils/ui-text';
import { trainingText } from './training-text';

interface StartViewProps {
  lang: UiLanguage;
  pool: readonly Scenario[];
  level: Level;
  weak: readonly Label[];
  onStart(plan: { length: number; focus: Focus }): void;
}

export function StartView({ lang, pool, level, weak, onStart }: StartViewProps) {
  const text = trainingText(lang).start;
  const id = useId();
  const [length, setLength] = useState<number>(SESSION_LENGTHS[1]);
  const [focus, setFocus] = useState<Focus>(weak[0] ?? 'all');
  const available = pool.filter((s) => matchesFocus(s, focus)).length;

  return (
    <section className="sv-start" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.heading}</h2>
      <p>{text.level(level)}</p>
      {weak.length > 0 ? <p>{text.weak(weak.map((label) => LABEL_TEXT[lang][label]).join(', '))}</p> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (available > 0) onStart({ length, focus });
        }}
      >
        <fieldset>
          <legend>{text.lengthLegend}</legend>
          {SESSION_LENGTHS.map((n) => (
            <label key={n} className="sv-answer__choice">
              <input type="radio" name={`${id}-length`} checked={length === n} onChange={() => setLength(n)} />
              {text.length(n)}
            </label>
          ))}
        </fieldset>
        <div className="sv-start__focus">
          <label htmlFor={`${id}-focus`}>{text.focusLabel}</label>
          <select id={`${id}-focus`} value={focus} onChange={(e) => setFocus(e.target.value as Focus)} aria-describedby={`${id}-available`}>
            {FOCUSES.map((value) => (
              <option key={value} value={value}>
                {text.focus[value]}
              </option>
            ))}
          </select>
          <p id={`${id}-available`} className="sv-answer__hint" aria-live="polite">
            {available < length ? text.tooFew(available) : text.available(available)}
          </p>
        </div>
        <button type="submit" className="sv-training__primary" disabled={available === 0}>
          {text.begin}
        </button>
      </form>
    </section>
  );
}
