import type { Urgency } from '../classifiers/types';
import { URGENCY_LOOK } from '../utils/label-text';
import type { UiLanguage } from '../utils/ui-text';

/** An urgency as an icon and a word on its colour, so it never rests on colour alone. */
export function UrgencyTag({ lang, urgency }: { lang: UiLanguage; urgency: Urgency }) {
  const look = URGENCY_LOOK[lang][urgency];
  return (
    <span className={`sv-urgency sv-urgency--${urgency}`} style={{ backgroundColor: look.background, color: look.foreground }}>
      <span aria-hidden="true">{look.icon}</span> {look.word}
    </span>
  );
}
