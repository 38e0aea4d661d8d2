import type { Urgency } from '../classifiers/types';
import { URGENCY_LOOK } from '../utils/label-text';
import type { UiLanguage } from '../utils/ui-text';

interface UrgencyTagProps {
  lang: UiLanguage;
  urgency: Urgency;
  /** The page's own block class; the tag also gets `${className}--${urgency}`. */
  className?: string;
}

/**
 * An urgency as an icon and a word on its colour, so it never rests on colour alone. The space
 * between them is the class's `gap`, so the accessible name is the word alone.
 */
export function UrgencyTag({ lang, urgency, className = 'sv-urgency' }: UrgencyTagProps) {
  const look = URGENCY_LOOK[lang][urgency];
  return (
    <span className={`${className} ${className}--${urgency}`} style={{ backgroundColor: look.background, color: look.foreground }}>
      <span aria-hidden="true">{look.icon}</span>
      {look.word}
    </span>
  );
}
