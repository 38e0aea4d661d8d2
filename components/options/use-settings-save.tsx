/**
 * Saving a part of the settings, the same way in every section: saveSettings with the moderator as
 * actor, "Sparat." in a polite live region beside the button, and a storage failure in the words
 * StorageError gives it. Nothing is saved half: saveSettings writes the patch in one transaction.
 */
import { useState } from 'react';
import type { SekretessvaktDB } from '../../storage/db';
import { StorageError } from '../../storage/errors';
import type { Settings } from '../../storage/records';
import { saveSettings } from '../../storage/repository';
import type { UiLanguage } from '../../utils/ui-text';
import { optionsText } from './options-text';

/** What a section needs to save: the database, who saves, the language, and where the result goes. */
export interface SaveContext {
  db: SekretessvaktDB;
  /** The moderator's name, or "okänd" as the background writes it when none is given. */
  actor: string;
  lang: UiLanguage;
  onSaved(settings: Settings): void;
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; text: string } | { kind: 'error'; text: string };

/** The words for a failed save: a StorageError's own message, otherwise the general one. */
export function failureText(error: unknown, lang: UiLanguage): string {
  return error instanceof StorageError ? error.userMessage[lang] : optionsText(lang).saveFailed;
}

export function useSettingsSave({ db, actor, lang, onSaved }: SaveContext) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const t = optionsText(lang);

  /** Saves the patch; `done` follows "Sparat." and the note that open pages need a reload. */
  const save = async (patch: Partial<Settings>, done: string, reloadNote = true): Promise<Settings | null> => {
    setState({ kind: 'saving' });
    try {
      const next = await saveSettings(db, patch, actor, Date.now());
      onSaved(next);
      setState({ kind: 'saved', text: [t.saved, done, reloadNote ? t.reloadNote : ''].filter(Boolean).join(' ') });
      return next;
    } catch (error) {
      setState({ kind: 'error', text: failureText(error, lang) });
      return null;
    }
  };

  return { state, save, clear: () => setState({ kind: 'idle' }) };
}

/** The result of the latest save: a live region that is always there, so every change is announced. */
export function SaveStatus({ state, lang }: { state: SaveState; lang: UiLanguage }) {
  return (
    <>
      <div className="sv-options__status" role="status" aria-live="polite">
        {state.kind === 'saved' && (
          <p className="sv-options__saved">
            <span aria-hidden="true">✓ </span>
            {state.text}
          </p>
        )}
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="sv-options__error">
          <span aria-hidden="true">⚠ </span>
          <strong>{optionsText(lang).errorWord}:</strong> {state.text}
        </p>
      )}
    </>
  );
}
