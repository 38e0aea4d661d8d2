/**
 * A question that must be answered before something that cannot be undone: it takes focus when it
 * appears so a screen reader reads it, and Escape answers no. The caller returns focus to the
 * button that asked.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface InlineConfirmProps {
  id: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  children?: ReactNode;
}

export function InlineConfirm({ id, question, confirmLabel, cancelLabel, onConfirm, onCancel, children }: InlineConfirmProps) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div
      className="sv-options__confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p id={`${id}-question`} ref={questionRef} tabIndex={-1} className="sv-options__question">
        {question}
      </p>
      {children}
      <div className="sv-options__actions">
        <button type="button" className="sv-options__danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
