/** The end of a round: each scenario's score and the average. */
import { useEffect, useRef } from 'react';
import type { UiLanguage } from '../../utils/ui-text';
import { trainingText } from './training-text';

export interface SessionItem {
  scenarioId: string;
  excerpt: string;
  score: number;
  passed: boolean;
}

export function SessionSummary({ lang, items, onAgain, onProgress }: { lang: UiLanguage; items: readonly SessionItem[]; onAgain(): void; onProgress(): void }) {
  const all = trainingText(lang);
  const text = all.summary;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const average = items.length === 0 ? 0 : Math.round(items.reduce((sum, item) => sum + item.score, 0) / items.length);
  const passed = items.filter((item) => item.passed).length;
  return (
    <section className="sv-summary" aria-labelledby="sv-summary-heading">
      <h2 id="sv-summary-heading" ref={headingRef} tabIndex={-1}>
        {text.heading}
      </h2>
      <p>
        {text.average(average)} {text.passed(passed, items.length)}
      </p>
      <table className="sv-feedback__table">
        <caption>{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.item}</th>
            <th scope="col">{text.columns.score}</th>
            <th scope="col">{text.columns.passed}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.scenarioId}>
              <td>{item.excerpt}</td>
              <td>{item.score}</td>
              <td>
                <span aria-hidden="true">{item.passed ? '✓ ' : '✗ '}</span>
                {item.passed ? all.feedback.yes : all.feedback.no}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sv-training__actions">
        <button type="button" className="sv-training__primary" onClick={onAgain}>
          {text.again}
        </button>
        <button type="button" onClick={onProgress}>
          {text.toProgress}
        </button>
      </div>
    </section>
  );
}
