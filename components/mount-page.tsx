import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { getSettings } from '../storage/repository';
import { openDatabase } from '../storage/open';
import { toStorageError, type StorageError } from '../storage/errors';
import { DEFAULT_SETTINGS, type Settings } from '../storage/records';
import { pickUiLanguage, resolveUiLanguage, type UiLanguage } from '../utils/ui-text';
import type { SekretessvaktDB } from '../storage/db';
import './extension-page.css';

/** What every extension page gets: the database, the saved settings and the language to speak. */
export interface PageContext {
  db: SekretessvaktDB;
  settings: Settings;
  lang: UiLanguage;
}

/**
 * Opens the database, reads the settings (the UI language among them) and mounts the page's React
 * tree into #root. A database that cannot open is said in words on the page, never a blank page.
 */
export async function mountPage(render: (context: PageContext) => ReactNode): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('Sekretessvakt: the page has no #root element to mount into.');
  const root = createRoot(container);
  const browserLang = pickUiLanguage(navigator.languages);
  const show = (lang: UiLanguage, node: ReactNode) => {
    document.documentElement.lang = lang;
    root.render(<StrictMode>{node}</StrictMode>);
  };
  try {
    const db = await openDatabase(undefined, {
      onBlocked: (error) => showProblem(root, browserLang, error),
      onVersionChange: () => showProblem(root, browserLang, toStorageError(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }))),
    });
    const settings = await getSettings(db).catch(() => DEFAULT_SETTINGS);
    const lang = resolveUiLanguage(settings.uiLanguage, navigator.languages);
    show(lang, render({ db, settings, lang }));
  } catch (error) {
    showProblem(root, browserLang, toStorageError(error));
  }
}

function showProblem(root: Root, lang: UiLanguage, error: StorageError): void {
  document.documentElement.lang = lang;
  root.render(
    <StrictMode>
      <div className="sv-page">
        <main className="sv-page__main">
          <h1>Sekretessvakt</h1>
          <p role="alert">{error.userMessage[lang]}</p>
        </main>
      </div>
    </StrictMode>,
  );
}
