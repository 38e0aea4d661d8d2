/**
 * What happened after saving, importing, removing or exporting, read out by a screen reader as it
 * changes. Each part of the editor keeps its own region, so the message is heard next to what the
 * user just did.
 */
import { toStorageError } from '../../storage/errors';
import type { UiLanguage } from '../../utils/ui-text';
import { EDITOR_ID } from './scenario-editor-ids';

export interface StatusMessage {
  kind: 'ok' | 'error';
  text: string;
  details?: string[];
}

/** A storage failure in the user's words ("the browser has no room to save more"), never a stack trace. */
export function storageMessage(error: unknown, lang: UiLanguage): string {
  return toStorageError(error).userMessage[lang];
}

/**
 * The region stays on the page even when empty, so the change is heard; a failure is also marked
 * in words by its icon and class, never by colour alone.
 */
export function Status({ message }: { message: StatusMessage | null }) {
  return (
    <div role="status" className={`${EDITOR_ID}__status`}>
      {message && (
        <>
          <p className={`${EDITOR_ID}__status-text ${EDITOR_ID}__status-text--${message.kind}`}>
            {message.kind === 'error' && <span aria-hidden="true">⚠ </span>}
            {message.text}
          </p>
          {message.details && message.details.length > 0 && (
            <ul className={`${EDITOR_ID}__details`}>
              {message.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
