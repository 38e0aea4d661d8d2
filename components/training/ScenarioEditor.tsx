/**
 * "Egna övningar": a supervisor writes practice scenarios of their own, imports a colleague's file
 * and exports their own, so each municipality trains on its own realities. Every scenario goes
 * through the same validation as the built-in ones, and its steps follow from the labels and the
 * urgency, so a scenario always agrees with the guideline.
 *
 * The parts, each in its own file:
 * - scenario-draft.ts: the form's draft and how it becomes a validated scenario (pure)
 * - ScenarioForm.tsx: writing one scenario, with errors by field and a focused error summary
 * - ScenarioImport.tsx: reading a colleague's file
 * - CustomScenarioList.tsx: the stored scenarios, to remove or export
 */
import type { SekretessvaktDB } from '../../storage/db';
import type { UiLanguage } from '../../utils/ui-text';
import { downloadFile } from '../download-file';
import { CustomScenarioList } from './CustomScenarioList';
import { EDITOR_ID } from './scenario-editor-ids';
import { scenarioEditorText } from './scenario-editor-text';
import { VARBERG_DIRECTORY } from '../../responses/varberg-directory';
import type { Directory } from '../../responses/directory-types';
import { ScenarioForm } from './ScenarioForm';
import { ScenarioImport } from './ScenarioImport';
import './scenario-editor.css';

export interface ScenarioEditorProps {
  db: SekretessvaktDB;
  lang: UiLanguage;
  /** The municipality's contact list in use; the built-in Varberg list when none is given. */
  directory?: Directory;
  clock?: () => number;
  /** How the page hands the export to the user: a seam, so tests read what would have been saved. */
  download?: (name: string, text: string) => void;
}

const downloadJson = (name: string, text: string) => downloadFile(name, text, 'application/json');

export function ScenarioEditor({ db, lang, directory = VARBERG_DIRECTORY, clock = Date.now, download = downloadJson }: ScenarioEditorProps) {
  const t = scenarioEditorText(lang);
  return (
    <section className={EDITOR_ID} lang={lang} aria-labelledby={`${EDITOR_ID}-heading`}>
      <h2 id={`${EDITOR_ID}-heading`}>{t.heading}</h2>
      <p>{t.intro}</p>
      <ScenarioForm db={db} directory={directory} lang={lang} clock={clock} />
      <ScenarioImport db={db} directory={directory} lang={lang} clock={clock} />
      <CustomScenarioList db={db} lang={lang} clock={clock} download={download} />
    </section>
  );
}
