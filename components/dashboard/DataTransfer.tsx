import { useId, useState } from 'react';
import type { SekretessvaktDB } from '../../storage/db';
import { StorageError, toStorageError } from '../../storage/errors';
import type { FlaggedComment, FollowUpTask } from '../../storage/records';
import { exportData, importData, previewImport, tasksCsv, type ImportPreview } from '../../storage/transfer';
import { LABEL_TEXT } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { UrgencyTag } from '../UrgencyTag';
import { dashboardText, formatTime } from './dashboard-text';

/** How the page hands a file to the user: a seam, so tests read what would have been saved. */
export type Download = (fileName: string, text: string, type: string) => void;

interface DataTransferProps {
  db: SekretessvaktDB;
  lang: UiLanguage;
  actor: string;
  /** The tasks the list's filter shows, for the CSV. */
  filtered: readonly FollowUpTask[];
  comments: (keys: readonly string[]) => Promise<Map<string, FlaggedComment>>;
  download: Download;
}

const PREVIEW_ROWS = 20;

/** Export (JSON, CSV) and the import of a moderator's export, with a preview before anything merges. */
export function DataTransfer({ db, lang, actor, filtered, comments, download }: DataTransferProps) {
  const text = dashboardText(lang).transfer;
  const [unredacted, setUnredacted] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; details?: string[] } | null>(null);
  const [pending, setPending] = useState<{ preview: ImportPreview; fileText: string } | null>(null);
  const fileId = useId();

  const fail = (error: unknown) => {
    const problem = error instanceof StorageError ? error : toStorageError(error);
    setMessage({ kind: 'error', text: problem.userMessage[lang], details: problem.code === 'invalid-import' ? problem.details : [] });
  };
  const stamp = new Date().toISOString().slice(0, 10);

  const exportJson = async () => {
    try {
      const file = await exportData(db, actor, Date.now(), { unredacted });
      download(`sekretessvakt-uppfoljning-${stamp}.json`, JSON.stringify(file, null, 2), 'application/json');
      setMessage({ kind: 'ok', text: text.exported(file.tasks.length) });
    } catch (error) {
      fail(error);
    }
  };

  const exportCsv = async () => {
    try {
      const byKey = await comments(filtered.map((t) => t.commentKey));
      download(`sekretessvakt-uppfoljning-${stamp}.csv`, tasksCsv(filtered.map((task) => ({ task, comment: byKey.get(task.commentKey) })), Date.now()), 'text/csv;charset=utf-8');
      setMessage({ kind: 'ok', text: text.exported(filtered.length) });
    } catch (error) {
      fail(error);
    }
  };

  const choose = async (file: File | undefined) => {
    setPending(null);
    setMessage(null);
    if (!file) return;
    try {
      const fileText = await file.text();
      setPending({ preview: await previewImport(db, fileText), fileText });
    } catch (error) {
      fail(error);
    }
  };

  const merge = async () => {
    if (!pending) return;
    try {
      const result = await importData(db, pending.fileText, actor, Date.now());
      setPending(null);
      setMessage({ kind: 'ok', text: text.merged(result.tasks.added, result.tasks.updated, result.audit) });
    } catch (error) {
      fail(error);
    }
  };

  const preview = pending?.preview;
  const nothingNew = preview && preview.changes.length === 0 && preview.comments.added + preview.comments.updated + preview.audit === 0;

  return (
    <section aria-labelledby="sv-transfer-heading">
      <h2 id="sv-transfer-heading">{text.exportHeading}</h2>
      <p>{text.exportLead}</p>
      <label className="sv-dash__check">
        <input type="checkbox" checked={unredacted} onChange={(e) => setUnredacted(e.target.checked)} aria-describedby={unredacted ? 'sv-unredacted-warning' : undefined} />
        {text.unredacted}
      </label>
      {unredacted ? (
        <p id="sv-unredacted-warning" className="sv-dash__warning">
          <span aria-hidden="true">⚠</span> {text.unredactedWarning}
        </p>
      ) : null}
      <div className="sv-dash__actions">
        <button type="button" className="sv-button" onClick={() => void exportJson()}>
          {text.exportJson}
        </button>
        <button type="button" className="sv-button" onClick={() => void exportCsv()}>
          {text.exportCsv(filtered.length)}
        </button>
      </div>

      <h2>{text.importHeading}</h2>
      <p>{text.importLead}</p>
      <label htmlFor={fileId}>{text.chooseFile}</label>{' '}
      <input
        id={fileId}
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          void choose(e.target.files?.[0]);
        }}
      />
      {preview ? (
        <div className="sv-dash__preview" role="region" aria-label={text.importHeading}>
          <p>
            {text.preview(preview.exportedBy, formatTime(Date.parse(preview.exportedAt) || 0, lang))} {preview.redacted ? text.previewRedacted : ''}
          </p>
          <table className="sv-dash__table sv-dash__table--compact">
            <thead>
              <tr>
                <td />
                <th scope="col">{text.previewCounts.added}</th>
                <th scope="col">{text.previewCounts.updated}</th>
                <th scope="col">{text.previewCounts.kept}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{text.previewCounts.tasks}</th>
                <td>{preview.tasks.added}</td>
                <td>{preview.tasks.updated}</td>
                <td>{preview.tasks.kept}</td>
              </tr>
              <tr>
                <th scope="row">{text.previewCounts.comments}</th>
                <td>{preview.comments.added}</td>
                <td>{preview.comments.updated}</td>
                <td>{preview.comments.kept}</td>
              </tr>
            </tbody>
          </table>
          <p>
            {text.previewCounts.audit}: {preview.audit}
          </p>
          {preview.changes.length > 0 ? (
            <table className="sv-dash__table sv-dash__table--compact">
              <caption>
                {text.changesCaption} ({Math.min(PREVIEW_ROWS, preview.changes.length)} / {preview.changes.length})
              </caption>
              <tbody>
                {preview.changes.slice(0, PREVIEW_ROWS).map(({ task, change }) => (
                  <tr key={task.id}>
                    <td>{change === 'added' ? text.changeAdded : text.changeUpdated}</td>
                    <td>
                      <UrgencyTag lang={lang} urgency={task.urgency} />
                    </td>
                    <td>{task.labels.map((label) => LABEL_TEXT[lang][label]).join(', ')}</td>
                    <td>{formatTime(task.createdAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {nothingNew ? <p>{text.nothingNew}</p> : null}
          <div className="sv-dash__actions">
            <button type="button" className="sv-button sv-button--primary" disabled={nothingNew} onClick={() => void merge()}>
              {text.merge}
            </button>
            <button type="button" className="sv-button sv-button--quiet" onClick={() => setPending(null)}>
              {text.cancel}
            </button>
          </div>
        </div>
      ) : null}
      <div className={message?.kind === 'error' ? 'sv-dash__error' : 'sv-dash__status'} role={message?.kind === 'error' ? 'alert' : 'status'}>
        {message ? <p>{message.text}</p> : null}
        {message?.details && message.details.length > 0 ? (
          <ul>
            {message.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
