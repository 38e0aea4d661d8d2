import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { redactPersonalData } from '../../classifiers/personal-data';
import type { Assessment } from '../../classifiers/types';
import { suggestReplies } from '../../responses/compose';
import type { Directory } from '../../responses/directory';
import { lintReply } from '../../responses/lint';
import { checklistFor } from '../../storage/checklist';
import type { PageComment } from '../../utils/adapters/types';
import { LABEL_TEXT, URGENCY_LOOK } from '../../utils/label-text';
import type { TaskStatus } from '../../utils/messages';
import type { UiLanguage } from '../../utils/ui-text';
import { overlayText } from './overlay-text';

export type CardStatus =
  | { kind: 'none' }
  | { kind: 'tracked'; status: TaskStatus }
  | { kind: 'dismissed' }
  | { kind: 'failed' };

export interface CommentCardProps {
  lang: UiLanguage;
  comment: PageComment;
  assessment: Assessment;
  directory: Directory;
  now: () => Date;
  /** Recent posted replies, newest last: suggestions and the draft check stay clear of them. */
  history: readonly string[];
  status: CardStatus;
  busy?: boolean;
  /** Resolves true when the text is on the clipboard. */
  onCopy(text: string): Promise<boolean>;
  onFollowUp(): void;
  onDismiss(): void;
  onClose(): void;
}

/**
 * The card a badge opens: why the comment is flagged (evidence with personal data masked), what
 * the guideline asks for, replies to copy and a check of the moderator's own draft.
 */
export function CommentCard(props: CommentCardProps) {
  const { lang, comment, assessment, directory, history, status } = props;
  const text = overlayText(lang);
  const look = URGENCY_LOOK[lang][assessment.urgency];
  const titleId = useId();
  const draftId = useId();
  const [seed, setSeed] = useState<number | undefined>(undefined);
  const [copied, setCopied] = useState<{ index: number; ok: boolean } | null>(null);
  const [draft, setDraft] = useState('');
  const [now] = useState(() => props.now());
  const title = useRef<HTMLHeadingElement>(null);
  // Focus moves into the card when it opens, so keyboard and screen-reader users land on it.
  useEffect(() => title.current?.focus(), []);

  const suggestions = useMemo(
    () => suggestReplies(assessment, comment.text, { now, directory, history, ...(seed === undefined ? {} : { seed }) }),
    [assessment, comment.text, now, directory, history, seed],
  );
  const findings = useMemo(
    () => (draft.trim() === '' ? [] : lintReply(draft, { comment: comment.text, assessment, history, directory })),
    [draft, comment.text, assessment, history, directory],
  );
  const steps = checklistFor(assessment.actions);
  const labelNames = assessment.labels.map((label) => LABEL_TEXT[lang][label]).join(' · ');

  const copy = async (index: number, reply: string) => {
    setCopied({ index, ok: await props.onCopy(reply) });
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
    }
  };

  return (
    <section className="card" role="dialog" aria-modal="false" aria-labelledby={titleId} onKeyDown={closeOnEscape}>
      <header className="card__header">
        <h2 id={titleId} className="card__title" tabIndex={-1} ref={title}>
          <span className="urgency" style={{ background: look.background, color: look.foreground }}>
            <span aria-hidden="true">{look.icon}</span> {look.word}
          </span>{' '}
          {labelNames}
        </h2>
        <button type="button" className="card__close" onClick={props.onClose}>
          {text.close}
        </button>
      </header>
      {assessment.urgency === 'acute' && (
        <p className="card__acute" role="alert">
          {text.acuteNow}
        </p>
      )}
      <p className="card__meta">
        {comment.author ? text.writtenBy(comment.author) : null}
        {comment.author && comment.depth === 'reply' ? ' · ' : null}
        {comment.depth === 'reply' ? text.inThread : null}
      </p>
      <p className="card__reminder">{text.secrecyReminder}</p>

      <h3>{text.why}</h3>
      {assessment.evidence.length === 0 ? (
        <p>{text.noEvidence}</p>
      ) : (
        <ul className="card__evidence">
          {assessment.evidence.slice(0, 5).map((evidence, i) => (
            <li key={`${evidence.ruleId}-${i}`}>
              <strong>{LABEL_TEXT[lang][evidence.label]}:</strong> ”{redactPersonalData(evidence.excerpt)}”
            </li>
          ))}
        </ul>
      )}

      <h3>{text.steps}</h3>
      <ol className="card__steps">
        {steps.map((step) => (
          <li key={step}>{text.step[step]}</li>
        ))}
      </ol>

      <h3>{text.suggestions}</h3>
      {suggestions.length === 0 ? (
        <p>{text.noSuggestions}</p>
      ) : (
        <ol className="card__suggestions">
          {suggestions.map((suggestion, i) => (
            <li key={suggestion.text} lang={suggestion.lang}>
              <p className="card__reply">{suggestion.text}</p>
              <button type="button" aria-label={`${text.copy}: ${text.suggestionLabel(i + 1)}`} onClick={() => void copy(i, suggestion.text)}>
                {copied?.index === i && copied.ok ? `✓ ${text.copied}` : text.copy}
              </button>
              {copied?.index === i && !copied.ok && (
                <span className="card__error" role="status">
                  {text.copyFailed}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="card__secondary" onClick={() => setSeed(Math.floor(Math.random() * 2 ** 32))}>
        {text.moreSuggestions}
      </button>

      <label className="card__label" htmlFor={draftId}>
        {text.draft}
      </label>
      <p className="card__hint">{text.draftHint}</p>
      <textarea id={draftId} rows={4} value={draft} onChange={(event) => setDraft(event.target.value)} />
      {draft.trim() !== '' && (
        <div className="card__findings" role="status">
          {findings.length === 0 ? (
            <p>{text.draftOk}</p>
          ) : (
            <>
              <p>{text.draftFindings(findings.length)}</p>
              <ul>
                {findings.map((finding, i) => (
                  <li key={`${finding.id}-${i}`} className={finding.severity === 'error' ? 'finding finding--error' : 'finding'}>
                    {finding.severity === 'error' ? '✖ ' : '⚠ '}
                    {finding.message[lang]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      <div className="card__actions">
        <button type="button" className="card__primary" disabled={props.busy || status.kind === 'tracked'} onClick={props.onFollowUp}>
          {text.followUp}
        </button>
        <button type="button" disabled={props.busy || status.kind === 'dismissed'} onClick={props.onDismiss}>
          {text.notRelevant}
        </button>
      </div>
      <p className="card__status" role="status">
        {status.kind === 'tracked'
          ? status.status.progress === 'closed'
            ? text.closedTask
            : text.followedUp(status.status.done, status.status.total)
          : status.kind === 'dismissed'
            ? text.dismissed
            : status.kind === 'failed'
              ? text.failed
              : ''}
      </p>
    </section>
  );
}
