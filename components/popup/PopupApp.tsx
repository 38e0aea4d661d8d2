/**
 * The toolbar popup: a glance at this tab's flagged comments and the open follow-ups, and the way
 * to the side panel and the extension's pages. Everything it reads or opens goes through one
 * source (the real one in entrypoints/popup/main.tsx), so tests need no browser.
 *
 * Urgency is never told by colour alone: each count has an icon and a word. Overdue is said in
 * words. A source call that fails says so in a sentence; the popup is never blank.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Urgency } from '../../classifiers/types';
import type { TaskCounts } from '../../storage/repository';
import { URGENCY_LOOK } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { formatNumber } from '../sidepanel/triage-text';
import { popupText } from './popup-text';
import './popup.css';

export interface TabCounts {
  /** The tab is Facebook, Instagram or Meta Business Suite. */
  supported: boolean;
  /** Comments read on the tab so far. */
  scanned: number;
  /** Flagged comments not marked "Inte relevant", per urgency. */
  byUrgency: Record<Urgency, number>;
}

/** Where the popup gets its figures and how it opens things: the browser, behind one seam for tests. */
export interface PopupSource {
  /** The active tab's counts; null when it is a supported site the extension has not read yet. */
  tabCounts(): Promise<TabCounts | null>;
  taskCounts(): Promise<TaskCounts>;
  /** Must start opening within the click (browsers demand a user gesture); false when it cannot. */
  openSidePanel(): Promise<boolean>;
  openPage(page: 'dashboard' | 'training' | 'options'): Promise<void>;
}

/** The urgencies that ask for action, most urgent first; "Ingen åtgärd" is not counted. */
const SHOWN: readonly Urgency[] = ['acute', 'high', 'normal'];

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let alive = true;
    const done = (next: Loaded<T>) => alive && setLoaded(next);
    try {
      load().then(
        (value) => done({ state: 'ready', value }),
        () => done({ state: 'failed' }),
      );
    } catch {
      done({ state: 'failed' });
    }
    return () => {
      alive = false;
    };
  }, [load]);
  return loaded;
}

function TabSection({ lang, loaded }: { lang: UiLanguage; loaded: Loaded<TabCounts | null> }) {
  const text = popupText(lang);
  let body;
  if (loaded.state === 'loading') body = <p>{text.loading}</p>;
  else if (loaded.state === 'failed') body = <p className="sv-popup-app__problem">{text.tabFailed}</p>;
  else if (loaded.value === null) body = <p>{text.notRead}</p>;
  else if (!loaded.value.supported) body = <p>{text.unsupported}</p>;
  else {
    const counts = loaded.value.byUrgency;
    const total = SHOWN.reduce((sum, urgency) => sum + counts[urgency], 0);
    body = (
      <>
        {total === 0 ? (
          <p className="sv-popup-app__summary">{text.noComments}</p>
        ) : (
          <>
            <p className="sv-popup-app__summary">{text.toHandle(total)}</p>
            <ul className="sv-popup-app__counts" aria-label={text.countsName}>
              {SHOWN.map((urgency) => {
                const look = URGENCY_LOOK[lang][urgency];
                return (
                  <li key={urgency} className={`sv-popup-app__count sv-popup-app__count--${urgency}`}>
                    <span className="sv-popup-app__badge" style={{ backgroundColor: look.background, color: look.foreground }}>
                      <span aria-hidden="true">{look.icon}</span> {look.word}
                    </span>{' '}
                    <span className="sv-popup-app__number">{formatNumber(lang, counts[urgency])}</span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <p className="sv-popup-app__muted">{text.scanned(loaded.value.scanned)}</p>
      </>
    );
  }
  return (
    <section aria-labelledby="sv-popup-tab">
      <h2 id="sv-popup-tab">{text.tabHeading}</h2>
      {body}
    </section>
  );
}

function TasksSection({ lang, loaded }: { lang: UiLanguage; loaded: Loaded<TaskCounts> }) {
  const text = popupText(lang);
  return (
    <section aria-labelledby="sv-popup-tasks">
      <h2 id="sv-popup-tasks">{text.tasksHeading}</h2>
      {loaded.state === 'loading' ? (
        <p>{text.loading}</p>
      ) : loaded.state === 'failed' ? (
        <p className="sv-popup-app__problem">{text.tasksFailed}</p>
      ) : (
        <p>
          {text.open(loaded.value.open)}
          {loaded.value.open > 0 &&
            (loaded.value.overdue > 0 ? (
              <>
                {' '}
                <strong className="sv-popup-app__overdue">
                  <span aria-hidden="true">⚠ </span>
                  {text.overdue(loaded.value.overdue)}
                </strong>
              </>
            ) : (
              ` ${text.overdue(0)}`
            ))}
        </p>
      )}
    </section>
  );
}

export function PopupApp({ lang, source }: { lang: UiLanguage; source: PopupSource }) {
  const text = popupText(lang);
  const [problem, setProblem] = useState<string | null>(null);
  // Stable loaders, so the figures are read once per source rather than on every render.
  const loadTab = useCallback(() => source.tabCounts(), [source]);
  const loadTasks = useCallback(() => source.taskCounts(), [source]);
  const tab = useLoaded(loadTab);
  const tasks = useLoaded(loadTasks);

  const openSidePanel = () => {
    setProblem(null);
    // Called straight from the click: anything awaited first would lose the user gesture.
    let opening: Promise<boolean>;
    try {
      opening = source.openSidePanel();
    } catch {
      opening = Promise.resolve(false);
    }
    opening.then(
      (opened) => setProblem(opened ? null : text.sidePanelFailed),
      () => setProblem(text.sidePanelFailed),
    );
  };

  const openPage = (page: 'dashboard' | 'training' | 'options') => {
    setProblem(null);
    let opening: Promise<void>;
    try {
      opening = source.openPage(page);
    } catch (error) {
      opening = Promise.reject(error);
    }
    opening.catch(() => setProblem(text.pageFailed));
  };

  return (
    <div className="sv-page sv-popup-app" lang={lang}>
      <header className="sv-page__header">
        <img className="sv-page__logo" src="/icon/48.png" alt="" width={24} height={24} />
        <h1 className="sv-popup-app__title">{text.productName}</h1>
      </header>
      <main>
        <TabSection lang={lang} loaded={tab} />
        <TasksSection lang={lang} loaded={tasks} />
        <nav aria-label={text.actionsName} className="sv-popup-app__actions">
          <button type="button" className="sv-popup-app__primary" onClick={openSidePanel}>
            {text.openSidePanel}
          </button>
          <button type="button" onClick={() => openPage('dashboard')}>
            {text.openDashboard}
          </button>
          <button type="button" onClick={() => openPage('training')}>
            {text.openTraining}
          </button>
          <button type="button" onClick={() => openPage('options')}>
            {text.openOptions}
          </button>
        </nav>
        {problem && (
          <p role="alert" className="sv-popup-app__problem">
            {problem}
          </p>
        )}
      </main>
    </div>
  );
}
