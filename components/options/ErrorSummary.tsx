/**
 * The list of every problem, shown when someone tries to save while there are errors (the GOV.UK
 * error summary pattern): it takes focus, says how many, and each link moves focus to its field.
 */
import type { UiLanguage } from '../../utils/ui-text';
import { fieldId } from './directory-errors';

export interface SummaryItem {
  /** The field's path; its input has the id fieldId(path). */
  path: string;
  /** Where the field is: "Socialjouren – Telefonnummer". */
  place: string;
  message: string;
}

export interface ErrorSummaryProps {
  id: string;
  lang: UiLanguage;
  heading: string;
  items: readonly SummaryItem[];
  onJump(path: string): void;
}

export function ErrorSummary({ id, lang, heading, items, onJump }: ErrorSummaryProps) {
  return (
    <div id={id} className="sv-options__summary" role="alert" tabIndex={-1} aria-labelledby={`${id}-heading`} lang={lang}>
      <h3 id={`${id}-heading`}>
        <span aria-hidden="true">⚠ </span>
        {heading}
      </h3>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <a
              href={`#${fieldId(item.path)}`}
              onClick={(event) => {
                event.preventDefault();
                onJump(item.path);
              }}
            >
              {item.place}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
