import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { LABELS } from '../../classifiers/types';
import type { SekretessvaktDB } from '../../storage/db';
import { StorageError } from '../../storage/errors';
import { useTraineeSummaries } from '../../storage/hooks';
import { deleteTraineeSummary, importTraineeSummary } from '../../storage/training';
import type { StoredTraineeSummary } from '../../storage/training-records';
import { LABEL_TEXT } from '../../utils/label-text';
import { parseSummary, SummaryFileError } from '../../utils/training/summary';
import type { UiLanguage } from '../../utils/ui-text';
import { InlineConfirm } from '../options/InlineConfirm';
import { dashboardText, formatDate, formatPercent } from './dashboard-text';

/** A summary is a few kilobytes; anything much larger is the wrong file, and is not read at all. */
const MAX_FILE_BYTES = 1_000_000;
const NONE = '–';

interface TraineeSummariesProps {
  db: SekretessvaktDB;
  lang: UiLanguage;
  /** Injected in tests; the page's clock otherwise. */
  clock?: () => number;
}

type Message = { kind: 'ok' | 'error'; text: string };

/** The training summaries trainees exported and the supervisor imported: one row per file. */
export function TraineeSummaries({ db, lang, clock = Date.now }: TraineeSummariesProps) {
  const text = dashboardText(lang).training;
  const summaries = useTraineeSummaries(db);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const fileId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Where focus goes once the confirmation has closed: back to the row's button, or to the heading after a delete. */
  const focusAfter = useRef<{ to: 'heading' } | { to: 'row'; id: string } | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    if (confirming !== null || target === null) return;
    focusAfter.current = null;
    if (target.to === 'heading') headingRef.current?.focus();
    else document.querySelector<HTMLElement>(`[data-summary-id="${CSS.escape(target.id)}"] button`)?.focus();
  }, [confirming]);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    setMessage(null);
    if (!file) return;
    try {
      if (file.size > MAX_FILE_BYTES) {
        setMessage({ kind: 'error', text: text.tooBig });
        return;
      }
      const summary = parseSummary(await file.text());
      const { stored, replaced } = await importTraineeSummary(db, summary, clock());
      setMessage({ kind: 'ok', text: replaced ? text.replaced(stored.trainee) : text.imported(stored.trainee) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error, lang, text.failed) });
    } finally {
      // The same file can be chosen again (after a fix, or to replace it).
      try {
        input.value = '';
      } catch {
        // Some environments refuse to clear a file input; choosing again still works there.
      }
    }
  };

  const remove = async (summary: StoredTraineeSummary) => {
    focusAfter.current = { to: 'heading' };
    setConfirming(null);
    try {
      await deleteTraineeSummary(db, summary.id);
      setMessage({ kind: 'ok', text: text.deleted(summary.trainee) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error, lang, text.failed) });
    }
  };

  const cancel = (id: string) => {
    focusAfter.current = { to: 'row', id };
    setConfirming(null);
  };

  return (
    <section aria-labelledby="sv-training-heading" className="sv-dash__training">
      <h2 id="sv-training-heading" ref={headingRef} tabIndex={-1}>
        {text.heading}
      </h2>
      <p>{text.lead}</p>
      <div className="sv-dash__field sv-dash__file">
        <label htmlFor={fileId}>{text.chooseFile}</label>
        <input id={fileId} type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} />
      </div>
      <div className={message?.kind === 'error' ? 'sv-dash__error' : 'sv-dash__status'} role="status" aria-live="polite">
        {message ? <p>{message.text}</p> : null}
      </div>
      {!summaries ? (
        <p>{dashboardText(lang).loading}</p>
      ) : summaries.length === 0 ? (
        <p className="sv-dash__empty">{text.none}</p>
      ) : (
        <div className="sv-dash__scroll" role="region" aria-labelledby={`${fileId}-caption`} tabIndex={0}>
          <table className="sv-dash__table sv-dash__table--training">
            <caption id={`${fileId}-caption`}>{text.caption(summaries.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.trainee}</th>
                <th scope="col">{text.columns.period}</th>
                <th scope="col">{text.columns.attempts}</th>
                <th scope="col">{text.columns.sessions}</th>
                <th scope="col">{text.columns.averageScore}</th>
                <th scope="col">{text.columns.passed}</th>
                <th scope="col">{text.columns.urgencyRight}</th>
                <th scope="col">{text.columns.critical}</th>
                <th scope="col">{text.columns.labels}</th>
                <th scope="col">{text.columns.weakAreas}</th>
                <th scope="col">{text.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map((summary) => (
                <tr key={summary.id} data-summary-id={summary.id}>
                  <th scope="row">{summary.trainee}</th>
                  <td className="sv-dash__nowrap">{period(summary, lang)}</td>
                  <td>{summary.attempts}</td>
                  <td>{summary.sessions}</td>
                  <td>{summary.averageScore ?? NONE}</td>
                  <td>{share(summary.passedShare, lang)}</td>
                  <td>{share(summary.urgencyRight, lang)}</td>
                  <td>{summary.criticalMisses}</td>
                  <td>
                    <ul className="sv-dash__label-scores">
                      {LABELS.map((label) => (
                        <li key={label}>
                          {LABEL_TEXT[lang][label]}: {share(summary.labels[label]?.score ?? null, lang)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{summary.weakAreas.length === 0 ? text.noWeakAreas : summary.weakAreas.map((label) => LABEL_TEXT[lang][label]).join(', ')}</td>
                  <td>
                    {confirming === summary.id ? (
                      <InlineConfirm
                        id={`${fileId}-confirm`}
                        question={text.confirmDelete(summary.trainee)}
                        confirmLabel={text.confirm}
                        cancelLabel={text.cancel}
                        onConfirm={() => void remove(summary)}
                        onCancel={() => cancel(summary.id)}
                      />
                    ) : (
                      <button
                        type="button"
                        className="sv-button"
                        aria-label={text.delete(summary.trainee)}
                        onClick={() => setConfirming(summary.id)}
                      >
                        {text.deleteLabel}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function share(value: number | null, lang: UiLanguage): string {
  return value === null ? NONE : formatPercent(value, lang);
}

function period(summary: StoredTraineeSummary, lang: UiLanguage): string {
  if (summary.from === null || summary.to === null) return NONE;
  const from = formatDate(summary.from, lang);
  const to = formatDate(summary.to, lang);
  return from === to ? from : `${from} – ${to}`;
}

/** What went wrong, in the page's language: the file check's own words, a storage failure the supervisor can act on, or a plain "try again". */
function errorText(error: unknown, lang: UiLanguage, fallback: string): string {
  if (error instanceof SummaryFileError) return error.userMessage[lang];
  if (error instanceof StorageError && error.code !== 'unknown') return error.userMessage[lang];
  return fallback;
}
