/**
 * The scenarios this browser has stored, newest first, to remove one by one (after a question, as
 * it cannot be undone) or export all as a file a colleague can import.
 */
import { useState } from 'react';
import type { SekretessvaktDB } from '../../storage/db';
import { useCustomScenarios } from '../../storage/hooks';
import { deleteCustomScenario, type CustomScenario } from '../../storage/training';
import { LABEL_TEXT } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { InlineConfirm } from '../options/InlineConfirm';
import { UrgencyTag } from '../UrgencyTag';
import { EDITOR_ID } from './scenario-editor-ids';
import { scenarioEditorText } from './scenario-editor-text';
import { Status, storageMessage, type StatusMessage } from './ScenarioEditorStatus';
import { excerpt } from './text-excerpt';
import { useFocusAfterRender } from './use-focus-after-render';

const LIST_HEADING_ID = `${EDITOR_ID}-list-heading`;

function deleteId(scenarioId: string): string {
  return `${EDITOR_ID}-delete-${scenarioId}`;
}

/** The file is named by the date in Sweden, not in UTC, so an export made just after midnight says today. */
function stockholmDate(now: number): string {
  return new Date(now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

/** The scenarios as a file another browser can import: without where and when this one stored them. */
function exportText(scenarios: readonly CustomScenario[]): string {
  const plain = scenarios.map(({ source: _source, updatedAt: _updatedAt, ...scenario }) => scenario);
  return `${JSON.stringify(plain, null, 2)}\n`;
}

export interface CustomScenarioListProps {
  db: SekretessvaktDB;
  lang: UiLanguage;
  clock: () => number;
  download: (name: string, text: string) => void;
}

export function CustomScenarioList({ db, lang, clock, download }: CustomScenarioListProps) {
  const t = scenarioEditorText(lang);
  const scenarios = useCustomScenarios(db);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  /** The scenario whose removal is being asked about. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const labelNames = LABEL_TEXT[lang];

  const remove = async (id: string) => {
    setConfirming(null);
    try {
      await deleteCustomScenario(db, id);
      setMessage({ kind: 'ok', text: t.list.removed });
      // Its button is gone with it: the list's heading is the nearest place that stays.
      focusAfterRender(() => document.getElementById(LIST_HEADING_ID)?.focus());
    } catch (error) {
      setMessage({ kind: 'error', text: storageMessage(error, lang) });
    }
  };

  const cancelRemove = (id: string) => {
    setConfirming(null);
    focusAfterRender(() => document.getElementById(deleteId(id))?.focus());
  };

  const exportAll = () => {
    if (!scenarios || scenarios.length === 0) return;
    download(t.list.fileName(stockholmDate(clock())), exportText(scenarios));
    setMessage({ kind: 'ok', text: t.list.exported(scenarios.length) });
  };

  return (
    <section className={`${EDITOR_ID}__list`} aria-labelledby={LIST_HEADING_ID}>
      <h3 id={LIST_HEADING_ID} tabIndex={-1}>
        {t.list.heading}
      </h3>
      {scenarios === undefined ? (
        <p>{t.list.loading}</p>
      ) : scenarios.length === 0 ? (
        <p>{t.list.none}</p>
      ) : (
        <>
          <ul className={`${EDITOR_ID}__items`}>
            {scenarios.map((scenario) => {
              const excerptId = `${EDITOR_ID}-excerpt-${scenario.id}`;
              return (
                <li key={scenario.id} className={`${EDITOR_ID}__item`}>
                  <p id={excerptId} className={`${EDITOR_ID}__excerpt`} lang={scenario.lang}>
                    ”{excerpt(scenario.comment.text, 120)}”
                  </p>
                  <p className={`${EDITOR_ID}__meta`}>
                    <UrgencyTag lang={lang} urgency={scenario.expected.urgency} className={`${EDITOR_ID}__urgency`} />
                    <span>{t.list.level(scenario.level)}</span>
                    <span>{t.form.platforms[scenario.platform]}</span>
                    <span>{scenario.expected.labels.length > 0 ? scenario.expected.labels.map((label) => labelNames[label]).join(', ') : t.list.noLabels}</span>
                  </p>
                  {confirming === scenario.id ? (
                    <InlineConfirm
                      id={`${EDITOR_ID}-confirm-${scenario.id}`}
                      question={t.list.question(excerpt(scenario.comment.text, 50))}
                      confirmLabel={t.list.confirm}
                      cancelLabel={t.list.cancel}
                      onConfirm={() => void remove(scenario.id)}
                      onCancel={() => cancelRemove(scenario.id)}
                    />
                  ) : (
                    <button id={deleteId(scenario.id)} type="button" aria-describedby={excerptId} onClick={() => setConfirming(scenario.id)}>
                      {t.list.remove}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <div className={`${EDITOR_ID}__actions`}>
            <button type="button" aria-describedby={`${EDITOR_ID}-export-hint`} onClick={exportAll}>
              {t.list.exportButton}
            </button>
            <p id={`${EDITOR_ID}-export-hint`} className={`${EDITOR_ID}__hint`}>
              {t.list.exportHint}
            </p>
          </div>
        </>
      )}
      <Status message={message} />
    </section>
  );
}
