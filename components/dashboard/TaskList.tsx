import type { FlaggedComment, FollowUpTask } from '../../storage/records';
import { viewOf } from '../../storage/due';
import { LABEL_TEXT } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { UrgencyTag } from '../UrgencyTag';
import { dashboardText, formatTime } from './dashboard-text';

interface TaskListProps {
  lang: UiLanguage;
  /** The page of tasks to show. */
  tasks: readonly FollowUpTask[];
  /** How many tasks the filter let through in all. */
  total: number;
  comments: ReadonlyMap<string, FlaggedComment> | undefined;
  now: number;
  /** The position of the first row in the filtered list, from 0. */
  offset: number;
  page: number;
  pages: number;
  onPage: (page: number) => void;
  onOpen: (taskId: string) => void;
}

/** A status in words; overdue is a word and an icon too, the row's colour only repeats it. */
export function taskStatusText(task: FollowUpTask, now: number, lang: UiLanguage): string {
  const text = dashboardText(lang).list;
  if (task.status === 'closed') return task.signedOffAt ? `${text.statusClosed}, ${text.signedOff.toLowerCase()}` : `${text.statusClosed}, ${text.toSignOff.toLowerCase()}`;
  const view = viewOf(task, now);
  return view.done === 0 ? text.statusNew : text.statusInProgress(view.done, view.total);
}

/** One page of follow-ups as a table; each row opens its detail with a real button. */
export function TaskList({ lang, tasks, total, comments, now, offset, page, pages, onPage, onOpen }: TaskListProps) {
  const text = dashboardText(lang).list;
  if (total === 0) return <p className="sv-dash__empty">{text.none}</p>;
  const first = offset + 1;
  const shown = tasks.length === total ? String(total) : `${first}–${first + tasks.length - 1}`;
  return (
    <>
      <table className="sv-dash__table">
        <caption>{text.caption(shown, total)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.urgency}</th>
            <th scope="col">{text.columns.comment}</th>
            <th scope="col">{text.columns.labels}</th>
            <th scope="col">{text.columns.status}</th>
            <th scope="col">{text.columns.due}</th>
            <th scope="col">{text.columns.by}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const overdue = task.status === 'open' && now > task.dueAt;
            const excerpt = comments?.get(task.commentKey)?.excerpt;
            const shortExcerpt = excerpt ? (excerpt.length > 120 ? `${excerpt.slice(0, 119)}…` : excerpt) : text.missingComment;
            return (
              <tr key={task.id} className={overdue ? 'sv-dash__row sv-dash__row--overdue' : 'sv-dash__row'} data-task-id={task.id}>
                <td>
                  <UrgencyTag lang={lang} urgency={task.urgency} />
                </td>
                <td>
                  <button type="button" className="sv-dash__open" onClick={() => onOpen(task.id)} aria-label={text.open(shortExcerpt)}>
                    {comments === undefined ? '…' : shortExcerpt}
                  </button>
                </td>
                <td>{task.labels.map((label) => LABEL_TEXT[lang][label]).join(', ')}</td>
                <td>{taskStatusText(task, now, lang)}</td>
                <td>
                  {formatTime(task.dueAt, lang)}
                  {overdue ? (
                    <strong className="sv-dash__overdue">
                      {' '}
                      {text.overdue}
                    </strong>
                  ) : null}
                </td>
                <td>{task.createdBy}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav className="sv-dash__paging" aria-label={text.paging}>
          <button type="button" className="sv-button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            {text.previous}
          </button>
          <span aria-live="polite">{text.page(page + 1, pages)}</span>
          <button type="button" className="sv-button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
            {text.next}
          </button>
        </nav>
      ) : null}
    </>
  );
}
