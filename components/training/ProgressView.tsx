/**
 * The trainee's own results: an overview, share right per label, week by week, weak areas, and
 * the summary file for their supervisor.
 */
import { useId, useMemo, useState } from 'react';
import { LABELS } from '../../classifiers/types';
import type { TrainingAttempt } from '../../storage/training-records';
import { LABEL_TEXT } from '../../utils/label-text';
import { labelProgress, overview, weakAreas, weeklyProgress } from '../../utils/training/progress';
import { buildSummary, summaryFileName } from '../../utils/training/summary';
import type { UiLanguage } from '../../utils/ui-text';
import { trainingText } from './training-text';

export type Download = (fileName: string, text: string, type: string) => void;

interface ProgressViewProps {
  lang: UiLanguage;
  attempts: readonly TrainingAttempt[];
  trainee: string;
  now: number;
  download: Download;
}

export function ProgressView({ lang, attempts, trainee, now, download }: ProgressViewProps) {
  const all = trainingText(lang);
  const text = all.progress;
  const id = useId();
  // Follows the saved name until the trainee edits the field.
  const [edited, setName] = useState<string | null>(null);
  const name = edited ?? trainee;
  const [status, setStatus] = useState('');
  const stats = useMemo(() => ({ overview: overview(attempts), labels: labelProgress(attempts), weeks: weeklyProgress(attempts, now), weak: weakAreas(attempts) }), [attempts, now]);
  const average = stats.overview.averageScore;

  const exportSummary = () => {
    if (!name.trim()) {
      setStatus(text.needName);
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    try {
      const summary = buildSummary(attempts, name, now);
      const fileName = summaryFileName(summary);
      download(fileName, `${JSON.stringify(summary, null, 2)}\n`, 'application/json');
      setStatus(text.exported(fileName));
    } catch {
      setStatus(text.exportFailed);
    }
  };

  return (
    <section className="sv-progress" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.heading}</h2>
      {attempts.length === 0 ? <p>{text.empty}</p> : null}
      <h3>{text.overviewHeading}</h3>
      <dl className="sv-progress__overview">
        <div>
          <dt>{text.attempts}</dt>
          <dd>{stats.overview.attempts}</dd>
        </div>
        <div>
          <dt>{text.sessions}</dt>
          <dd>{stats.overview.sessions}</dd>
        </div>
        <div>
          <dt>{text.averageScore}</dt>
          <dd>{average === null ? '–' : average}</dd>
        </div>
        <div>
          <dt>{text.passedShare}</dt>
          <dd>{all.percent(stats.overview.passedShare)}</dd>
        </div>
        <div>
          <dt>{text.urgencyRight}</dt>
          <dd>{all.percent(stats.overview.urgencyRight)}</dd>
        </div>
        <div>
          <dt>{text.criticalMisses}</dt>
          <dd>{stats.overview.criticalMisses}</dd>
        </div>
      </dl>

      <h3>{text.weakHeading}</h3>
      <p>{stats.weak.length === 0 ? text.noWeak : stats.weak.map((label) => LABEL_TEXT[lang][label]).join(', ')}</p>

      <h3>{text.labelsHeading}</h3>
      <table className="sv-feedback__table">
        <caption>{text.labelsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.labelColumns.label}</th>
            <th scope="col">{text.labelColumns.attempts}</th>
            <th scope="col">{text.labelColumns.score}</th>
          </tr>
        </thead>
        <tbody>
          {LABELS.map((label) => (
            <tr key={label}>
              <th scope="row">{LABEL_TEXT[lang][label]}</th>
              <td>{stats.labels[label].attempts}</td>
              <td>{all.percent(stats.labels[label].score)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{text.weeksHeading}</h3>
      <div className="sv-progress__scroll" tabIndex={0} role="region" aria-label={text.weeksHeading}>
        <table className="sv-feedback__table">
          <caption>{text.weeksCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.weekColumns.week}</th>
              <th scope="col">{text.weekColumns.attempts}</th>
              <th scope="col">{text.weekColumns.average}</th>
              {LABELS.map((label) => (
                <th scope="col" key={label}>
                  {LABEL_TEXT[lang][label]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stats.weeks.map((week) => (
              <tr key={week.monday}>
                <th scope="row">{text.week(week.week, week.monday)}</th>
                <td>{week.attempts}</td>
                <td>{week.averageScore ?? '–'}</td>
                {LABELS.map((label) => (
                  <td key={label}>{all.percent(week.labels[label].score)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{text.exportHeading}</h3>
      <p className="sv-answer__hint">{text.exportHint}</p>
      <div className="sv-progress__export">
        <label htmlFor={`${id}-name`}>{text.nameLabel}</label>
        <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
        <button type="button" onClick={exportSummary} disabled={attempts.length === 0}>
          {text.exportButton}
        </button>
      </div>
      <p role="status" className="sv-training__status">
        {status}
      </p>
    </section>
  );
}
