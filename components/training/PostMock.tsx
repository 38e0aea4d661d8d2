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
      <Entry kind="post" author={scenario.post.author} text={scenario.post.text} lang={scenario.lang} />
      <Entry kind="comment" author={scenario.comment.author} text={scenario.comment.text} lang={scenario.lang} />
      <p className="sv-post__when">{text.posted(formatWhen(scenario.when, lang))}</p>
    </section>
  );
}

/** One message with its author's initial as the avatar (no pictures: nothing to load, nothing to mistake for a real person). */
function Entry({ kind, author, text, lang }: { kind: 'post' | 'comment'; author: string; text: string; lang: string }) {
  return (
    <article className={`sv-post__${kind}`}>
      <p className="sv-post__author">
        <span className={`sv-post__avatar${kind === 'comment' ? ' sv-post__avatar--person' : ''}`} aria-hidden="true">
          {author.trim().charAt(0).toUpperCase() || '?'}
        </span>
        {author}
      </p>
      <p className="sv-post__text" lang={lang}>
        {text}
      </p>
    </article>
  );
}
