/**
 * Imports a colleague's file of scenarios. The file goes through the same validation as the
 * built-in scenarios and is saved whole or not at all, so one bad scenario never leaves half a
 * file behind; every problem is listed by where it is.
 */
import { useState } from 'react';
import type { SekretessvaktDB } from '../../storage/db';
import { saveCustomScenarios } from '../../storage/training';
import type { Directory } from '../../responses/directory-types';
import { validateOwnScenarios } from '../../utils/training/reachability';
import { describeProblem } from '../../utils/training/scenario';
import type { UiLanguage } from '../../utils/ui-text';
import { EDITOR_ID } from './scenario-editor-ids';
import { scenarioEditorText } from './scenario-editor-text';
import { Status, storageMessage, type StatusMessage } from './ScenarioEditorStatus';

/** Hundreds of scenarios fit in a few hundred kilobytes; a larger file is the wrong file and is not read. */
const MAX_FILE_BYTES = 2_000_000;

export interface ScenarioImportProps {
  db: SekretessvaktDB;
  directory: Directory;
  lang: UiLanguage;
  clock: () => number;
}

export function ScenarioImport({ db, directory, lang, clock }: ScenarioImportProps) {
  const t = scenarioEditorText(lang);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setMessage(null);
    if (!file) return;
    const chosen = t.importing.chosen(file.name);
    let content: unknown;
    try {
      if (file.size > MAX_FILE_BYTES) {
        setMessage({ kind: 'error', text: t.importing.tooBig, details: [chosen] });
        return;
      }
      content = JSON.parse(await file.text());
    } catch {
      setMessage({ kind: 'error', text: t.importing.notJson, details: [chosen] });
      return;
    } finally {
      // The same file can be chosen again once it is fixed.
      input.value = '';
    }
    const { scenarios, problems } = validateOwnScenarios(content, directory);
    if (problems.length > 0) {
      setMessage({ kind: 'error', text: t.importing.problems(problems.length), details: [chosen, ...problems.map(describeProblem)] });
      return;
    }
    if (scenarios.length === 0) {
      setMessage({ kind: 'error', text: t.importing.empty, details: [chosen] });
      return;
    }
    try {
      const { added, replaced } = await saveCustomScenarios(db, scenarios, clock());
      setMessage({ kind: 'ok', text: t.importing.imported(added, replaced), details: [chosen] });
    } catch (error) {
      setMessage({ kind: 'error', text: storageMessage(error, lang), details: [chosen] });
    }
  };

  return (
    <section className={`${EDITOR_ID}__import`} aria-labelledby={`${EDITOR_ID}-import-heading`}>
      <h3 id={`${EDITOR_ID}-import-heading`}>{t.importing.heading}</h3>
      <p>{t.importing.intro}</p>
      <div className={`${EDITOR_ID}__field`}>
        <label htmlFor={`${EDITOR_ID}-import-file`}>{t.importing.file}</label>
        <input id={`${EDITOR_ID}-import-file`} type="file" accept="application/json,.json" onChange={(event) => void importFile(event.currentTarget)} />
      </div>
      <Status message={message} />
    </section>
  );
}
