import { LABELS } from '../../classifiers/types';
import type { SekretessvaktDB } from '../../storage/db';
import { useDismissed } from '../../storage/hooks';
import { LABEL_TEXT } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { UrgencyTag } from '../UrgencyTag';
import { dashboardText, formatTime } from './dashboard-text';

/** How many false positives the view reads: enough to see a pattern, bounded for a fast page. */
const SHOWN = 500;

/** The flags moderators marked "Inte relevant": what a supervisor tunes the sensitivity from. */
export function DismissedList({ db, lang }: { db: SekretessvaktDB; lang: UiLanguage }) {
  const text = dashboardText(lang);
  const dismissed = useDismissed(db, SHOWN);
  if (!dismissed) return <p>{text.loading}</p>;
  const perLabel = LABELS.map((label) => [label, dismissed.filter((c) => c.assessment.labels.includes(label)).length] as const).filter(([, n]) => n > 0);
  return (
    <section aria-labelledby="sv-dismissed-heading">
      <h2 id="sv-dismissed-heading">{text.dismissed.heading}</h2>
      <p>{text.dismissed.lead}</p>
      {dismissed.length === 0 ? (
        <p className="sv-dash__empty">{text.dismissed.none}</p>
      ) : (
        <>
          <h3>{text.dismissed.perLabel}</h3>
          <ul className="sv-dash__counts">
            {perLabel.map(([label, count]) => (
              <li key={label}>
                {LABEL_TEXT[lang][label]}: <strong>{count}</strong>
              </li>
            ))}
          </ul>
          <p>
            <a href="/options.html#kanslighet" target="_blank" rel="noreferrer">
              {text.dismissed.tune}
            </a>
          </p>
          <table className="sv-dash__table">
            <thead>
              <tr>
                <th scope="col">{text.dismissed.columns.when}</th>
                <th scope="col">{text.dismissed.columns.by}</th>
                <th scope="col">{text.dismissed.columns.labels}</th>
                <th scope="col">{text.dismissed.columns.urgency}</th>
                <th scope="col">{text.dismissed.columns.comment}</th>
              </tr>
            </thead>
            <tbody>
              {dismissed.map((comment) => (
                <tr key={comment.key}>
                  <td>{formatTime(comment.dismissedAt ?? comment.updatedAt, lang)}</td>
                  <td>{comment.dismissedBy}</td>
                  <td>{comment.assessment.labels.map((label) => LABEL_TEXT[lang][label]).join(', ')}</td>
                  <td>
                    <UrgencyTag lang={lang} urgency={comment.assessment.urgency} />
                  </td>
                  <td>{comment.excerpt}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
