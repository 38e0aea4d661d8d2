/**
 * Feedback on one answer: the score, the critical misses first, then labels, urgency, steps and
 * referral with the reason for each miss, the draft check's findings on the reply, two model
 * replies, and the guideline passages the scenario rests on.
 */
import { useEffect, useRef } from 'react';
import { LABELS } from '../../classifiers/types';
import type { ReplySuggestion } from '../../responses/compose';
import type { Directory } from '../../responses/directory-types';
import { LABEL_TEXT, URGENCY_LOOK } from '../../utils/label-text';
import { GUIDELINE, GUIDELINE_TITLE } from '../../utils/training/guideline';
import type { Scenario } from '../../utils/training/scenario';
import { MAX_POINTS, type Scoring, type TrainingAnswer } from '../../utils/training/scoring';
import type { UiLanguage } from '../../utils/ui-text';
import { trainingText } from './training-text';

interface FeedbackViewProps {
  scenario: Scenario;
  answer: TrainingAnswer;
  scoring: Scoring;
  models: readonly ReplySuggestion[];
  directory: Directory;
  lang: UiLanguage;
  isLast: boolean;
  onNext(): void;
}

export function FeedbackView({ scenario, answer, scoring, models, directory, lang, isLast, onNext }: FeedbackViewProps) {
  const all = trainingText(lang);
  const text = all.feedback;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const yesNo = (value: boolean) => (value ? text.yes : text.no);
  const urgencyWord = (value: keyof (typeof URGENCY_LOOK)['sv']) => URGENCY_LOOK[lang][value].word.toLowerCase();
  const relevantSteps = scoring.steps.filter((s) => s.expected || s.ticked);
  const channelName = (id: string) => directory.channels.find((c) => c.id === id)?.name[lang] ?? id;
  const explanation = lang === 'en' && scenario.explanation.en ? scenario.explanation.en : scenario.explanation.sv;

  return (
    <section className="sv-feedback" aria-labelledby="sv-feedback-heading">
      <h2 id="sv-feedback-heading" ref={headingRef} tabIndex={-1}>
        {text.heading}
      </h2>
      <p className={`sv-feedback__score ${scoring.passed ? 'sv-feedback__score--passed' : 'sv-feedback__score--failed'}`}>
        <span aria-hidden="true">{scoring.passed ? '✓' : '✗'}</span> <strong>{text.score(scoring.score)}</strong> · {scoring.passed ? text.passed : text.notPassed}
      </p>
      {scoring.critical.length > 0 ? (
        <ul className="sv-feedback__critical">
          {scoring.critical.map((miss) => (
            <li key={miss}>
              <span aria-hidden="true">⚠</span> {text.critical[miss]}
            </li>
          ))}
        </ul>
      ) : null}

      <h3>{text.labelsHeading}</h3>
      <table className="sv-feedback__table">
        <caption className="sv-visually-hidden">{text.labelsHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{text.labelColumns.label}</th>
            <th scope="col">{text.labelColumns.yours}</th>
            <th scope="col">{text.labelColumns.right}</th>
            <th scope="col">{text.labelColumns.verdict}</th>
          </tr>
        </thead>
        <tbody>
          {LABELS.map((label) => {
            const outcome = scoring.labels[label];
            const wrong = outcome === 'miss' || outcome === 'false';
            return (
              <tr key={label} className={wrong ? 'sv-feedback__wrong' : undefined}>
                <th scope="row">{LABEL_TEXT[lang][label]}</th>
                <td>{yesNo(answer.labels.includes(label))}</td>
                <td>{yesNo(scenario.expected.labels.includes(label))}</td>
                <td>
                  <span aria-hidden="true">{wrong ? '✗ ' : '✓ '}</span>
                  {text.outcome[outcome]}
                  {wrong ? <span className="sv-feedback__reason">{text.labelMeaning[label]}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>{text.urgencyHeading}</h3>
      <p>{scoring.urgency.distance === 0 ? text.urgencyRight : text.urgency(urgencyWord(scoring.urgency.given), urgencyWord(scoring.urgency.expected))}</p>

      <h3>{text.stepsHeading}</h3>
      {relevantSteps.length === 0 ? (
        <p>{text.stepVerdict.right}</p>
      ) : (
        <table className="sv-feedback__table">
          <caption className="sv-visually-hidden">{text.stepsHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{text.stepColumns.step}</th>
              <th scope="col">{text.stepColumns.yours}</th>
              <th scope="col">{text.stepColumns.right}</th>
              <th scope="col">{text.stepColumns.verdict}</th>
            </tr>
          </thead>
          <tbody>
            {relevantSteps.map(({ step, expected, ticked }) => {
              const channelProblem = step === 'refer' && expected && ticked && !scoring.referral.right;
              const verdict = expected && ticked ? (channelProblem ? text.stepVerdict.rightButChannel : text.stepVerdict.right) : expected ? text.stepVerdict.missed : text.stepVerdict.extra;
              const wrong = expected !== ticked || channelProblem;
              return (
                <tr key={step} className={wrong ? 'sv-feedback__wrong' : undefined}>
                  <th scope="row">{all.practice.steps[step]}</th>
                  <td>{yesNo(ticked)}</td>
                  <td>{yesNo(expected)}</td>
                  <td>
                    <span aria-hidden="true">{wrong ? '✗ ' : '✓ '}</span>
                    {verdict}
                    {expected !== ticked ? <span className="sv-feedback__reason">{text.stepWhen[step]}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {scoring.referral.needed ? (
        <>
          <h3>{text.referralHeading}</h3>
          {scoring.referral.channels.length === 0 ? <p>{text.noChannel}</p> : null}
          <ul>
            {scoring.referral.channels.map((channel) => (
              <li key={channel.channelId}>
                <span aria-hidden="true">{channel.verdict === 'right' ? '✓ ' : '✗ '}</span>
                {channelName(channel.channelId)}: {text.channelVerdict[channel.verdict]}
                {channel.reopens ? <span className="sv-feedback__reason">{text.reopens(channel.reopens)}</span> : null}
              </li>
            ))}
          </ul>
          <p>{text.rightPurposes(scenario.expected.referTo.map((p) => all.purposes[p]).join(', '))}</p>
        </>
      ) : null}

      <h3>{text.replyHeading}</h3>
      {answer.reply.trim() ? <blockquote className="sv-feedback__reply">{answer.reply}</blockquote> : null}
      {scoring.replyMissing ? <p>{text.replyMissing}</p> : scenario.expected.labels.length === 0 && !answer.reply.trim() ? <p>{text.noReplyNeeded}</p> : null}
      {answer.reply.trim() && scoring.findings.length === 0 ? <p>{text.noFindings}</p> : null}
      {scoring.findings.length > 0 ? (
        <ul className="sv-feedback__findings">
          {scoring.findings.map((finding, index) => (
            <li key={`${finding.id}-${index}`}>
              <span aria-hidden="true">{finding.severity === 'error' ? '✗ ' : '! '}</span>
              {finding.message[lang]}
              <q lang="sv" className="sv-feedback__quote">
                {finding.guideline}
              </q>
            </li>
          ))}
        </ul>
      ) : null}
      {scenario.expected.labels.length > 0 ? <p>{text.replyPoints(Math.round(scoring.points.reply), MAX_POINTS.reply)}</p> : null}

      {models.length > 0 ? (
        <>
          <h3>{text.modelsHeading}</h3>
          <p className="sv-answer__hint">{text.modelsNote}</p>
          {models.map((model, index) => (
            <figure key={model.text} className="sv-feedback__model">
              <figcaption>{text.model(index + 1)}</figcaption>
              <blockquote lang={model.lang}>{model.text}</blockquote>
            </figure>
          ))}
        </>
      ) : null}

      <h3>{text.whyHeading}</h3>
      <p lang={lang === 'en' && scenario.explanation.en ? 'en' : 'sv'}>{explanation}</p>
      <h3>{text.guidelineHeading}</h3>
      {scenario.guideline.map((key) => (
        <figure key={key} className="sv-feedback__guideline">
          <blockquote lang="sv">{GUIDELINE[key].quote}</blockquote>
          <figcaption lang="sv">
            {GUIDELINE[key].heading}, {GUIDELINE_TITLE}
          </figcaption>
        </figure>
      ))}

      <button type="button" className="sv-training__primary" onClick={onNext}>
        {isLast ? text.finish : text.next}
      </button>
    </section>
  );
}
