/**
 * The ids the editor's parts share. The error summary moves focus to a field by the same id the
 * field is drawn with, so both are made here; the prefix is also the class prefix that
 * scenario-editor.css styles.
 */

/** The editor section's id, and the prefix of every id and class inside it. */
export const EDITOR_ID = 'sv-scenario-editor';
export const FORM_HEADING_ID = `${EDITOR_ID}-form-heading`;
export const SUMMARY_ID = `${EDITOR_ID}-summary`;

/**
 * The id of a form field (or group) by its scenario path.
 * @example fieldId('expected.labels') // 'sv-scenario-editor-expected-labels'
 */
export function fieldId(path: string): string {
  return `${EDITOR_ID}-${path.replace(/\./g, '-')}`;
}
