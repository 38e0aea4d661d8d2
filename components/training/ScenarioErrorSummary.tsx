/**
 * The list of every problem, shown when a save fails (the GOV.UK error summary pattern, as on the
 * options page): it takes focus, says how many, and each link moves focus to its field.
 */
import { OTHER_FIELD } from './scenario-draft';
import { EDITOR_ID, fieldId, FORM_HEADING_ID, SUMMARY_ID } from './scenario-editor-ids';
import type { ScenarioEditorText, ScenarioField } from './scenario-editor-text';

/** Where a problem's link leads: its field, or the form's heading when the form has no field for it. */
function targetId(path: string): string {
  return path === OTHER_FIELD ? FORM_HEADING_ID : fieldId(path);
}

/** Moves focus to a field; for a group, to its chosen or first input, since a fieldset cannot take it. */
function focusField(path: string): void {
  const element = document.getElementById(targetId(path));
  if (!element) return;
  const target = element instanceof HTMLFieldSetElement ? (element.querySelector<HTMLInputElement>('input:checked') ?? element.querySelector<HTMLInputElement>('input')) : element;
  (target ?? element).focus();
}

export interface ScenarioErrorSummaryProps {
  /** One message per field, in the form's order, as checkDraft gives them. */
  errors: ReadonlyMap<string, string>;
  t: ScenarioEditorText;
}

export function ScenarioErrorSummary({ errors, t }: ScenarioErrorSummaryProps) {
  const items = [...errors].map(([path, message]) => ({ path, message, place: path === OTHER_FIELD ? t.form.otherPlace : t.form.places[path as ScenarioField] }));
  if (items.length === 0) return null;
  return (
    <div id={SUMMARY_ID} className={`${EDITOR_ID}__summary`} role="alert" tabIndex={-1} aria-labelledby={`${SUMMARY_ID}-heading`}>
      <h4 id={`${SUMMARY_ID}-heading`}>
        <span aria-hidden="true">⚠ </span>
        {t.form.summaryHeading(items.length)}
      </h4>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <a
              href={`#${targetId(item.path)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(item.path);
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
