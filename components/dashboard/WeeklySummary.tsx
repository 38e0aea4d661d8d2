/**
 * The supervisor's weekly summary on the dashboard: pick a week, read it, print it. Printing shows
 * this section only (weekly-summary.css), black on white, without the buttons. The figures come
 * from weeklySummary() (weekly-summary.ts); this file only lays them out as headings, sentences
 * and tables with captions and header cells, so a screen reader and a printout read the same.
 */
import { useMemo, useState } from 'react';
import { LABELS } from '../../classifiers/types';
import type { FlaggedComment, FollowUpTask } from '../../storage/records';
import { LABEL_TEXT, URGENCY_LOOK } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { formatNumber } from '../sidepanel/triage-text';
import { stockholmWeekOf } from '../../responses/calendar';
import { weeklySummary, type UrgentTaskLine, type WeekSummary } from './weekly-summary';
import { formatDue, weeklySummaryText } from './weekly-summary-text';
import './weekly-summary.css';

export interface WeeklySummaryProps {
  tasks: readonly FollowUpTask[];
  comments: readonly FlaggedComment[];
  now: number;
  lang: UiLanguage;
}

function FlagsSection({ lang, summary }: { lang: UiLanguage; summary: WeekSummary }) {
  const text = weeklySummaryText(lang);
  return (
    <section aria-labelledby="sv-weekly-flags">
      <h3 id="sv-weekly-flags">{text.flagsHeading}</h3>
      <p>
        {text.flagged(summary.flags.total)} {text.change(summary.change.difference)}
      </p>
      <p>{text.falsePositives(summary.falsePositives.total)}</p>
      <table className="sv-weekly__table">
        <caption>{text.flagsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.labelColumn}</th>
            <th scope="col">{text.flaggedColumn}</th>
            <th scope="col">{text.falsePositiveColumn}</th>
          </tr>
        </thead>
        <tbody>
          {LABELS.map((label) => (
            <tr key={label}>
              <th scope="row">{LABEL_TEXT[lang][label]}</th>
              <td>{formatNumber(lang, summary.flags.byLabel[label])}</td>
              <td>{formatNumber(lang, summary.falsePositives.byLabel[label])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{text.totalRow}</th>
            <td>{formatNumber(lang, summary.flags.total)}</td>
            <td>{formatNumber(lang, summary.falsePositives.total)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function TasksSection({ lang, summary }: { lang: UiLanguage; summary: WeekSummary }) {
  const text = weeklySummaryText(lang);
  const rows: [string, number][] = [
    [text.created, summary.tasks.created],
    [text.closed, summary.tasks.closed],
    [text.signedOff, summary.tasks.signedOff],
    [text.open(summary.current), summary.tasks.open],
    [text.overdue(summary.current), summary.tasks.overdue],
  ];
  return (
    <section aria-labelledby="sv-weekly-tasks">
      <h3 id="sv-weekly-tasks">{text.tasksHeading}</h3>
      <p>{text.overdueSentence(summary.tasks.overdue, summary.current)}</p>
      <table className="sv-weekly__table">
        <caption>{text.tasksCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.figureColumn}</th>
            <th scope="col">{text.countColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, count]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{formatNumber(lang, count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ReplySection({ lang, summary }: { lang: UiLanguage; summary: WeekSummary }) {
  const text = weeklySummaryText(lang);
  const { answered, unanswered, medianMinutes, p90Minutes } = summary.reply;
  return (
    <section aria-labelledby="sv-weekly-reply">
      <h3 id="sv-weekly-reply">{text.replyHeading}</h3>
      {answered === 0 && unanswered === 0 ? (
        <p>{text.noFollowUps}</p>
      ) : medianMinutes === undefined || p90Minutes === undefined ? (
        <p>{text.noReplies}</p>
      ) : (
        <p>
          {text.replyMedian(text.duration(medianMinutes))} {text.replyP90(text.duration(p90Minutes))} {text.unanswered(unanswered)}
        </p>
      )}
    </section>
  );
}

function UrgentRow({ lang, line }: { lang: UiLanguage; line: UrgentTaskLine }) {
  const text = weeklySummaryText(lang);
  const look = URGENCY_LOOK[lang][line.urgency];
  return (
    <tr>
      <td>
        <span aria-hidden="true">{look.icon} </span>
        {look.word}
      </td>
      <td>{line.labels.map((label) => LABEL_TEXT[lang][label]).join(', ')}</td>
      <td>
        <time dateTime={new Date(line.dueAt).toISOString()}>{formatDue(lang, line.dueAt)}</time>
      </td>
      <td>
        {line.overdue ? (
          <strong className="sv-weekly__overdue">
            <span aria-hidden="true">⚠ </span>
            {text.overdueStatus}
          </strong>
        ) : (
          text.onTimeStatus
        )}
      </td>
      <td>{text.steps(line.done, line.total)}</td>
      <td className="sv-weekly__excerpt">{line.excerpt ?? <em>{text.noExcerpt}</em>}</td>
    </tr>
  );
}

function UrgentSection({ lang, summary }: { lang: UiLanguage; summary: WeekSummary }) {
  const text = weeklySummaryText(lang);
  return (
    <section aria-labelledby="sv-weekly-urgent">
      <h3 id="sv-weekly-urgent">{text.urgentHeading}</h3>
      {summary.urgentOpen.length === 0 ? (
        <p>{text.noUrgent}</p>
      ) : (
        <table className="sv-weekly__table">
          <caption>{text.urgentCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.urgencyColumn}</th>
              <th scope="col">{text.typeColumn}</th>
              <th scope="col">{text.dueColumn}</th>
              <th scope="col">{text.statusColumn}</th>
              <th scope="col">{text.stepsColumn}</th>
              <th scope="col">{text.excerptColumn}</th>
            </tr>
          </thead>
          <tbody>
            {summary.urgentOpen.map((line) => (
              <UrgentRow key={line.id} lang={lang} line={line} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The week picker, the summary of the chosen week and a print button; starts on the current week. */
export function WeeklySummary({ tasks, comments, now, lang }: WeeklySummaryProps) {
  const text = weeklySummaryText(lang);
  const [weekStart, setWeekStart] = useState(() => stockholmWeekOf(now).start);
  const summary = useMemo(() => weeklySummary(tasks, comments, weekStart, now), [tasks, comments, weekStart, now]);
  const isLatest = summary.week.end > now;

  return (
    <section className="sv-weekly" lang={lang} aria-labelledby="sv-weekly-heading">
      <h2 id="sv-weekly-heading">{text.heading}</h2>
      <div className="sv-weekly__controls">
        <div role="group" aria-label={text.pickWeek} className="sv-weekly__picker">
          <button type="button" onClick={() => setWeekStart(stockholmWeekOf(summary.week.start - 1).start)}>
            <span aria-hidden="true">← </span>
            {text.previousWeek}
          </button>
          <button type="button" disabled={isLatest} onClick={() => setWeekStart(summary.week.end)}>
            {text.nextWeek}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <button type="button" className="sv-weekly__print" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>
      <p className="sv-weekly__week" role="status">
        {text.weekLabel(summary.week)}
      </p>
      <p>{summary.current ? text.asOfNow : text.asOfWeekEnd}</p>
      <FlagsSection lang={lang} summary={summary} />
      <TasksSection lang={lang} summary={summary} />
      <ReplySection lang={lang} summary={summary} />
      <UrgentSection lang={lang} summary={summary} />
    </section>
  );
}
