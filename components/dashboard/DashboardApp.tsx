import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SekretessvaktDB } from '../../storage/db';
import { useAllComments, useAllTasks, useComments, useSettings } from '../../storage/hooks';
import { commentsByKey, listTasks } from '../../storage/repository';
import type { FollowUpTask, Settings } from '../../storage/records';
import type { UiLanguage } from '../../utils/ui-text';
import { PageHeader, ViewNav } from '../PageHeader';
import { useHashRoute } from '../use-hash-route';
import { dashboardText, type DashboardView } from './dashboard-text';
import type { Download } from './DataTransfer';
import { DismissedList } from './DismissedList';
import { DEFAULT_TASK_FILTER, filterTasks, moderatorsOf, pageOf, type TaskFilter } from './task-filter';
import { TaskDetail } from './TaskDetail';
import { TaskFilters } from './TaskFilters';
import { TaskList } from './TaskList';
import { WeeklySummary } from './WeeklySummary';
import './dashboard.css';

// The charts library is most of the page's script: it loads when the charts are opened.
const DashboardCharts = lazy(async () => ({ default: (await import('./DashboardCharts')).DashboardCharts }));
// Export and import bring the file validator (zod); only that view needs it.
const DataTransfer = lazy(async () => ({ default: (await import('./DataTransfer')).DataTransfer }));
// Training results check imported files with the same validator: loaded when that view opens.
const TraineeSummaries = lazy(async () => ({ default: (await import('./TraineeSummaries')).TraineeSummaries }));

export const ROWS_PER_PAGE = 50;
const VIEWS: readonly DashboardView[] = ['tasks', 'charts', 'dismissed', 'weekly', 'transfer', 'training'];
/** Overdue follows the clock: the page re-evaluates it every minute. */
const CLOCK_TICK_MS = 60_000;
/** Set once the first rows are on screen, for `npm run bench`. */
export const FIRST_ROWS_MARK = 'sekretessvakt:dashboard-rows';

interface DashboardAppProps {
  db: SekretessvaktDB;
  settings: Settings;
  lang: UiLanguage;
  download: Download;
  /** Injected in tests; the page's clock otherwise. */
  clock?: () => number;
}

/** Where the address says to go: `#tasks`, `#task=<id>`, `#charts` … so Back and bookmarks work. */
export function routeOf(hash: string): { view: DashboardView; taskId?: string } {
  let value: string;
  try {
    value = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    // A hand-edited address with a broken escape opens the list rather than a blank page.
    return { view: 'tasks' };
  }
  if (value.startsWith('task=')) return { view: 'tasks', taskId: value.slice(5) };
  return { view: (VIEWS as readonly string[]).includes(value) ? (value as DashboardView) : 'tasks' };
}

function useNow(clock: () => number): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}

/** The supervisors' page: follow-ups with filters and detail, charts, false flags, weekly summary, export, training results. */
export function DashboardApp({ db, settings: initialSettings, lang, download, clock = Date.now }: DashboardAppProps) {
  const text = dashboardText(lang);
  const settings = useSettings(db, initialSettings);
  const actor = settings.moderator.trim();
  const now = useNow(clock);
  const [route, go] = useHashRoute(routeOf);
  const [filter, setFilter] = useState<TaskFilter>(DEFAULT_TASK_FILTER);
  const [page, setPage] = useState(0);
  const lastOpened = useRef<string | null>(null);


  // The default view's first page comes straight from the due-time index, so the supervisor sees
  // rows at once; every task (10 000 take a tenth of a second to read) is read only after that,
  // for the filters, so the two reads do not queue behind each other.
  const [readAll, setReadAll] = useState(false);
  const tasks = useAllTasks(db, readAll);
  const quick = useLiveQuery(async () => (tasks === undefined ? await listTasks(db, { status: 'open', limit: ROWS_PER_PAGE }, now) : null), [db, tasks === undefined]);
  const filtered = useMemo(() => (tasks ? filterTasks(tasks, filter, now) : []), [tasks, filter, now]);
  const moderators = useMemo(() => (tasks ? moderatorsOf(tasks) : []), [tasks]);
  const quickApplies = !tasks && quick && filter === DEFAULT_TASK_FILTER && page === 0;
  const shown = quickApplies ? { items: quick.rows.map((row) => row.task), page: 0, pages: Math.max(1, Math.ceil(quick.total / ROWS_PER_PAGE)) } : pageOf(filtered, page, ROWS_PER_PAGE);
  const total = quickApplies ? quick.total : filtered.length;
  const pageComments = useComments(db, route.view === 'tasks' && !route.taskId ? shown.items.map((t) => t.commentKey) : []);
  const needsAllComments = route.view === 'charts' || route.view === 'weekly';

  const hasRows = shown.items.length > 0 && pageComments !== undefined;
  const firstShown = hasRows || (quick !== undefined && quick !== null && quick.total === 0) || !(route.view === 'tasks' && !route.taskId) || filter !== DEFAULT_TASK_FILTER;
  // Once set it stays set (React's pattern for state derived from an earlier render).
  if (firstShown && !readAll) setReadAll(true);
  useEffect(() => {
    if (hasRows && performance.getEntriesByName(FIRST_ROWS_MARK).length === 0) performance.mark(FIRST_ROWS_MARK);
  }, [hasRows]);

  // Back from a task's detail puts focus where the supervisor left the list.
  useEffect(() => {
    if (route.taskId) {
      lastOpened.current = route.taskId;
      document.getElementById('sv-task-heading')?.focus();
    } else if (route.view === 'tasks' && lastOpened.current) {
      const row = document.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(lastOpened.current)}"] button`);
      row?.focus();
      lastOpened.current = null;
    }
  }, [route]);

  const changeFilter = (next: TaskFilter) => {
    setFilter(next);
    setPage(0);
  };

  return (
    <div className="sv-page sv-dash" lang={lang}>
      <PageHeader />
      <ViewNav label={text.viewsLabel} links={VIEWS.map((view) => ({ hash: view, label: text.views[view], current: route.view === view && !route.taskId }))} onGo={go} />
      <main className="sv-page__main">
        <h1>{text.title}</h1>
        {route.view === 'tasks' && !route.taskId ? <p>{text.lead}</p> : null}
        {actor ? null : (
          <p className="sv-dash__warning">
            <span aria-hidden="true">⚠</span> {text.noName}{' '}
            <a href="/options.html#namn" target="_blank" rel="noreferrer">
              {text.toOptions}
            </a>
          </p>
        )}
        {route.taskId ? (
          tasks ? (
            <TaskDetail db={db} lang={lang} task={tasks.find((t) => t.id === route.taskId)} actor={actor} now={now} onBack={() => go('tasks')} />
          ) : (
            <p role="status">{text.loading}</p>
          )
        ) : route.view === 'tasks' ? (
          <div data-all-tasks={tasks ? 'read' : 'reading'}>
            <TaskFilters lang={lang} filter={filter} moderators={moderators} onChange={changeFilter} />
            {tasks || quickApplies ? (
              <TaskList
                lang={lang}
                tasks={shown.items}
                total={total}
                comments={pageComments}
                now={now}
                offset={shown.page * ROWS_PER_PAGE}
                page={shown.page}
                pages={shown.pages}
                onPage={setPage}
                onOpen={(id) => go(`task=${encodeURIComponent(id)}`)}
              />
            ) : (
              <p role="status">{text.loading}</p>
            )}
          </div>
        ) : route.view === 'dismissed' ? (
          <DismissedList db={db} lang={lang} />
        ) : route.view === 'training' ? (
          <Suspense fallback={<p role="status">{text.loading}</p>}>
            <TraineeSummaries db={db} lang={lang} clock={clock} />
          </Suspense>
        ) : !tasks ? (
          <p role="status">{text.loading}</p>
        ) : route.view === 'transfer' ? (
          <Suspense fallback={<p role="status">{text.loading}</p>}>
            <DataTransfer db={db} lang={lang} actor={actor} filtered={filtered} comments={(keys) => commentsByKey(db, keys)} download={download} />
          </Suspense>
        ) : needsAllComments ? (
          <WithAllComments db={db} lang={lang} view={route.view} tasks={tasks} now={now} />
        ) : null}
      </main>
    </div>
  );
}

/** Charts and the weekly summary need every comment; only they read them all. */
function WithAllComments({ db, lang, view, tasks, now }: { db: SekretessvaktDB; lang: UiLanguage; view: DashboardView; tasks: readonly FollowUpTask[]; now: number }) {
  const comments = useAllComments(db);
  const loading = <p role="status">{dashboardText(lang).loading}</p>;
  if (!comments) return loading;
  if (view === 'weekly') return <WeeklySummary tasks={tasks} comments={comments} now={now} lang={lang} />;
  return (
    <Suspense fallback={loading}>
      <DashboardCharts tasks={tasks} comments={comments} now={now} lang={lang} />
    </Suspense>
  );
}
