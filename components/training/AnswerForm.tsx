/**
 * The trainee's answer to one scenario: labels, urgency, the steps they would take (and where
 * they would refer), and the reply they would post.
 */
import { useId, useState, type FormEvent } from 'react';
import { LABELS, URGENCIES, type Label, type Urgency } from '../../classifiers/types';
import type { Channel } from '../../responses/directory-types';
import { LABEL_TEXT, URGENCY_LOOK } from '../../utils/label-text';
import { TRAINING_STEPS, type TrainingStep } from '../../utils/training/scenario';
import type { TrainingAnswer } from '../../utils/training/scoring';
import type { UiLanguage } from '../../utils/ui-text';
import { toggled } from './picked';
import { trainingText } from './training-text';

interface AnswerFormProps {
  lang: UiLanguage;
  channels: readonly Channel[];
  onSubmit(answer: TrainingAnswer): void;
}

export function AnswerForm({ lang, channels, onSubmit }: AnswerFormProps) {
  const text = trainingText(lang).practice;
  const id = useId();
  const [labels, setLabels] = useState<Label[]>([]);
  const [urgency, setUrgency] = useState<Urgency | null>(null);
  const [steps, setSteps] = useState<TrainingStep[]>([]);
  const [referChannels, setReferChannels] = useState<string[]>([]);
  const [reply, setReply] = useState('');
  const [urgencyMissing, setUrgencyMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!urgency) {
      setUrgencyMissing(true);
      document.getElementById(`${id}-urgency-${URGENCIES[0]}`)?.focus();
      return;
    }
    onSubmit({ labels, urgency, steps, referChannels: steps.includes('refer') ? referChannels : [], reply });
  };

  return (
    <form className="sv-answer" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{text.answerHeading}</h3>
      <fieldset>
        <legend>{text.labelsLegend}</legend>
        <p className="sv-answer__hint">{text.labelsHint}</p>
        {LABELS.map((label) => (
          <label key={label} className="sv-answer__choice">
            <input type="checkbox" checked={labels.includes(label)} onChange={(e) => setLabels(toggled(LABELS, labels, label, e.target.checked))} />
            {LABEL_TEXT[lang][label]}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby={urgencyMissing ? `${id}-urgency-error` : undefined} aria-invalid={urgencyMissing || undefined}>
        <legend>{text.urgencyLegend}</legend>
        {urgencyMissing ? (
          <p id={`${id}-urgency-error`} className="sv-answer__error">
            {text.chooseUrgency}
          </p>
        ) : null}
        {URGENCIES.map((value) => (
          <label key={value} className="sv-answer__choice">
            <input
              id={`${id}-urgency-${value}`}
              type="radio"
              name={`${id}-urgency`}
              checked={urgency === value}
              onChange={() => {
                setUrgency(value);
                setUrgencyMissing(false);
              }}
            />
            {URGENCY_LOOK[lang][value].word} <span className="sv-answer__hint-inline">({text.urgencyHint[value]})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{text.stepsLegend}</legend>
        {TRAINING_STEPS.map((step) => (
          <div key={step}>
            <label className="sv-answer__choice">
              <input type="checkbox" checked={steps.includes(step)} onChange={(e) => setSteps(toggled(TRAINING_STEPS, steps, step, e.target.checked))} />
              {text.steps[step]}
            </label>
            {step === 'refer' && steps.includes('refer') ? (
              <fieldset className="sv-answer__channels">
                <legend>{text.referLegend}</legend>
                <p className="sv-answer__hint">{text.referHint}</p>
                {channels.map((channel) => (
                  <label key={channel.id} className="sv-answer__choice">
                    <input
                      type="checkbox"
                      checked={referChannels.includes(channel.id)}
                      onChange={(e) => setReferChannels(e.target.checked ? [...referChannels, channel.id] : referChannels.filter((c) => c !== channel.id))}
                    />
                    {channel.name[lang]}
                    {channel.phone ? <span className="sv-answer__hint-inline"> ({channel.phone})</span> : null}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </div>
        ))}
      </fieldset>
      <div className="sv-answer__reply">
        <label htmlFor={`${id}-reply`}>{text.replyLabel}</label>
        <p id={`${id}-reply-hint`} className="sv-answer__hint">
          {text.replyHint}
        </p>
        <textarea id={`${id}-reply`} aria-describedby={`${id}-reply-hint`} rows={5} value={reply} onChange={(e) => setReply(e.target.value)} />
      </div>
      <button type="submit" className="sv-training__primary">
        {text.submit}
      </button>
    </form>
  );
}
