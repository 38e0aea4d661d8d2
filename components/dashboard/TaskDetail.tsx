import { useState } from 'react';
import { STEP_TEXT } from '../../storage/checklist';
import type { SekretessvaktDB } from '../../storage/db';
import { viewOf } from '../../storage/due';
import { StorageError, toStorageError } from '../../storage/errors';
import { useAudit, useComments } from '../../storage/hooks';
import { STEP_IDS, type FollowUpTask, type StepId } from '../../storage/records';
import { closeTask, reopenTask, setStep, signOffTask } from '../../storage/repository';
import { LABEL_TEXT } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { UrgencyTag } from '../UrgencyTag';
import { dashboardText, formatTime } from './dashboard-text';

interface TaskDetailProps {
  db: SekretessvaktDB;
  lang: UiLanguage;
  task: FollowUpTask | undefined;
  actor: string;
  now: number;
  onBack: () => void;
}

/**
 * One follow-up: the masked comment, the guideline's checklist (each step ticked with who and when,
 * a detail and a note), closing, a supervisor's sign-off and the audit log.
 */
export function TaskDetail({ db, lang, task, actor, now, onBack }: TaskDetailProps) {
  const text = dashboardText(lang);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const comments = useComments(db, task ? [task.commentKey] : []);
  const audit = useAudit(db, task?.id ?? '');

  const run = async (operation: () => Promise<unknown>, done?: string) => {
    try {
      await operation();
      setMessage(done ? { kind: 'ok', text: done } : null);
    } catch (error) {
      const problem = error instanceof StorageError ? error : toStorageError(error);
      setMessage({ kind: 'error', text: problem.userMessage[lang] });
    }
  };

  const back = (
    <button type="button" className="sv-button sv-button--quiet" onClick={onBack}>
      <span aria-hidden="true">←</span> {text.detail.back}
    </button>
  );
  if (!task) {
    return (
      <section aria-labelledby="sv-task-heading">
        {back}
        <h2 id="sv-task-heading">{text.detail.heading}</h2>
        <p role="alert">{text.detail.notFound}</p>
      </section>
    );
  }

  const comment = comments?.get(task.commentKey);
  const view = viewOf(task, now);
  const steps = [...task.checklist, ...STEP_IDS.filter((step) => !task.checklist.includes(step))];
  const open = task.status === 'open';

  return (
    <section className="sv-dash__detail" aria-labelledby="sv-task-heading">
      {back}
      <h2 id="sv-task-heading" tabIndex={-1}>
        {text.detail.heading}: {task.labels.map((label) => LABEL_TEXT[lang][label]).join(', ')}
      </h2>
      <p>
        <UrgencyTag lang={lang} urgency={task.urgency} /> {text.platforms[task.platform] ?? task.platform}
      </p>
      <h3>{text.detail.comment}</h3>
      <blockquote className="sv-dash__excerpt">{comment ? comment.excerpt : text.list.missingComment}</blockquote>
      {comment?.permalink?.startsWith('https://') ? (
        <p>
          <a href={comment.permalink} target="_blank" rel="noreferrer">
            {text.detail.openOnSite}
          </a>
        </p>
      ) : null}
      <p>
        {text.detail.created(formatTime(task.createdAt, lang), task.createdBy)}{' '}
        {view.overdue ? (
          <strong className="sv-dash__overdue">
            {text.detail.overdueSince(formatTime(task.dueAt, lang))}
          </strong>
        ) : open ? (
          text.detail.due(formatTime(task.dueAt, lang))
        ) : null}
      </p>

      <h3>{text.detail.checklist}</h3>
      <ol className="sv-dash__steps">
        {steps.map((step) => (
          <StepRow key={step} db={db} lang={lang} task={task} step={step} optional={!task.checklist.includes(step)} actor={actor} run={run} />
        ))}
      </ol>

      <div className="sv-dash__actions">
        {open ? (
          <>
            {view.remaining.length > 0 ? <p>{text.detail.closeWithOpenSteps(view.remaining.length)}</p> : null}
            <button type="button" className="sv-button" onClick={() => void run(() => closeTask(db, task.id, actor, Date.now()))}>
              {text.detail.close}
            </button>
          </>
        ) : (
          <>
            <p>{text.detail.closedBy(task.closedBy ?? '', formatTime(task.closedAt ?? task.updatedAt, lang))}</p>
            {task.signedOffAt ? (
              <p className="sv-dash__signed">
                <span aria-hidden="true">✔</span> {text.detail.signedOffBy(task.signedOffBy ?? '', formatTime(task.signedOffAt, lang))}
              </p>
            ) : (
              <>
                <p id="sv-signoff-help">{actor ? text.detail.signOffHelp : text.detail.needsName}</p>
                <button
                  type="button"
                  className="sv-button sv-button--primary"
                  aria-describedby="sv-signoff-help"
                  disabled={!actor}
                  onClick={() => void run(() => signOffTask(db, task.id, actor, Date.now()))}
                >
                  {text.detail.signOff}
                </button>
              </>
            )}
            <button type="button" className="sv-button sv-button--quiet" onClick={() => void run(() => reopenTask(db, task.id, actor, Date.now()))}>
              {text.detail.reopen}
            </button>
          </>
        )}
      </div>
      <p className={message?.kind === 'error' ? 'sv-dash__error' : 'sv-dash__status'} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>

      <h3>{text.detail.audit}</h3>
      {audit && audit.length > 0 ? (
        <table className="sv-dash__table sv-dash__table--compact">
          <thead>
            <tr>
              <th scope="col">{text.detail.auditColumns.when}</th>
              <th scope="col">{text.detail.auditColumns.who}</th>
              <th scope="col">{text.detail.auditColumns.what}</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((entry) => (
              <tr key={entry.id}>
                <td>{formatTime(entry.at, lang)}</td>
                <td>{entry.actor}</td>
                <td>
                  {text.audit[entry.action] ?? entry.action}
                  {entry.step ? `: ${STEP_TEXT[entry.step][lang]}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{text.detail.auditNone}</p>
      )}
    </section>
  );
}

interface StepRowProps {
  db: SekretessvaktDB;
  lang: UiLanguage;
  task: FollowUpTask;
  step: StepId;
  /** Not on the derived checklist; ticking it adds it (a police report filed anyway). */
  optional: boolean;
  actor: string;
  run: (operation: () => Promise<unknown>, done?: string) => Promise<void>;
}

function StepRow({ db, lang, task, step, optional, actor, run }: StepRowProps) {
  const text = dashboardText(lang).detail;
  const state = task.steps[step];
  const [detail, setDetail] = useState(state?.detail ?? '');
  const [note, setNote] = useState(state?.note ?? '');
  const id = `sv-step-${step}`;
  const meta = STEP_TEXT[step];
  const save = (done: boolean) => run(() => setStep(db, task.id, step, { done, detail, note }, actor, Date.now()), text.saved);
  return (
    <li className={optional ? 'sv-dash__step sv-dash__step--optional' : 'sv-dash__step'}>
      <label className="sv-dash__step-name">
        <input type="checkbox" checked={state?.done === true} onChange={(e) => void save(e.target.checked)} aria-describedby={state ? `${id}-who` : undefined} />
        {meta[lang]}
      </label>
      {state ? (
        <p id={`${id}-who`} className="sv-dash__step-who">
          {state.done ? text.doneBy(state.by, formatTime(state.at, lang)) : text.undoneBy(state.by, formatTime(state.at, lang))}
        </p>
      ) : null}
      {optional && !state ? null : (
        <div className="sv-dash__step-fields">
          {meta.detail ? (
            <label>
              {meta.detail[lang]}
              <input type="text" value={detail} maxLength={200} onChange={(e) => setDetail(e.target.value)} />
            </label>
          ) : null}
          <label>
            {text.note}
            <textarea value={note} rows={2} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="button" className="sv-button sv-button--quiet" onClick={() => void save(state?.done === true)}>
            {text.save}
          </button>
        </div>
      )}
    </li>
  );
}
