/**
 * The post and comment as the trainee would meet them on Facebook or Instagram: the
 * municipality's post on top, the comment under it, and when it came in.
 */
import type { Scenario } from '../../utils/training/scenario';
import type { UiLanguage } from '../../utils/ui-text';
import { formatWhen, trainingText } from './training-text';

export function PostMock({ scenario, lang }: { scenario: Scenario; lang: UiLanguage }) {
  const text = trainingText(lang).practice;
  return (
    <section className={`sv-post sv-post--${scenario.platform}`} aria-label={text.postRegion}>
      <p className="sv-post__platform">{text.platform[scenario.platform]}</p>
      <article className="sv-post__post">
        <p className="sv-post__author">
          <span className="sv-post__avatar" aria-hidden="true">
            {initial(scenario.post.author)}
          </span>
          {scenario.post.author}
        </p>
        <p className="sv-post__text" lang={scenario.lang}>
          {scenario.post.text}
        </p>
      </article>
      <article className="sv-post__comment">
        <p className="sv-post__author">
          <span className="sv-post__avatar sv-post__avatar--person" aria-hidden="true">
            {initial(scenario.comment.author)}
          </span>
          {scenario.comment.author}
        </p>
        <p className="sv-post__text" lang={scenario.lang}>
          {scenario.comment.text}
        </p>
      </article>
      <p className="sv-post__when">{text.posted(formatWhen(scenario.when, lang))}</p>
    </section>
  );
}

function initial(name: string): string {
  return name.trim().charAt(0).toUpperCase() || '?';
}
