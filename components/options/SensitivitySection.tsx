/**
 * How sure the classifier must be before it flags a comment, per label, in three plain steps
 * (sensitivity.ts maps them to thresholds). Fewer flags for a child at risk, a crisis or a crime
 * gets a warning: a missed comment there can hurt someone.
 */
import { useState, type FormEvent } from 'react';
import { LABELS, type Label } from '../../classifiers/types';
import type { Settings } from '../../storage/records';
import { LABEL_TEXT } from '../../utils/label-text';
import { Note } from './Field';
import { optionsText, type SensitivityStep } from './options-text';
import { HIGH_RISK_LABELS, SENSITIVITY_STEPS, stepOf, thresholdsFor } from './sensitivity';
import { SaveStatus, useSettingsSave, type SaveContext } from './use-settings-save';

export function SensitivitySection({ settings, save: context }: { settings: Settings; save: SaveContext }) {
  const { lang } = context;
  const t = optionsText(lang).sensitivity;
  const { state, save } = useSettingsSave(context);
  const [steps, setSteps] = useState(() => Object.fromEntries(LABELS.map((label) => [label, stepOf(label, settings.thresholds[label])])) as Record<Label, SensitivityStep>);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save({ thresholds: thresholdsFor(steps) }, '');
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <p>{t.intro}</p>
      <dl className="sv-options__steps">
        {SENSITIVITY_STEPS.map((step) => (
          <div key={step}>
            <dt>{t.steps[step].name}</dt>
            <dd>{t.steps[step].hint}</dd>
          </div>
        ))}
      </dl>
      {LABELS.map((label) => {
        const id = `sv-sensitivity-${label}`;
        return (
          <fieldset key={label} className="sv-options__group" aria-describedby={`${id}-help`}>
            <legend>{LABEL_TEXT[lang][label]}</legend>
            <p id={`${id}-help`} className="sv-options__hint">
              {t.labelHelp[label]}
            </p>
            <div className="sv-options__radios">
              {SENSITIVITY_STEPS.map((step) => (
                <div key={step} className="sv-options__check">
                  <input id={`${id}-${step}`} type="radio" name={id} checked={steps[label] === step} onChange={() => setSteps((s) => ({ ...s, [label]: step }))} />
                  <label htmlFor={`${id}-${step}`}>{t.steps[step].name}</label>
                </div>
              ))}
            </div>
            {steps[label] === 'fewer' && HIGH_RISK_LABELS.has(label) && <Note lang={lang}>{t.risk(LABEL_TEXT[lang][label])}</Note>}
          </fieldset>
        );
      })}
      <div className="sv-options__actions">
        <button type="submit" className="sv-options__primary">
          {t.save}
        </button>
      </div>
      <SaveStatus state={state} lang={lang} />
    </form>
  );
}
