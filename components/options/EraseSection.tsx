/**
 * "Radera all data": every follow-up, flagged comment, saved reply, the audit log and diagnostics
 * (storage/retention.ts eraseAll). A real confirmation first: the moderator types RADERA. Focus
 * moves into the question and back to the button on Escape or Avbryt; afterwards the page says
 * what was erased.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SekretessvaktDB } from '../../storage/db';
import { StorageError } from '../../storage/errors';
import { countTasks } from '../../storage/repository';
import { eraseAll } from '../../storage/retention';
import type { UiLanguage } from '../../utils/ui-text';
import { TextField } from './Field';
import { optionsText } from './options-text';

export interface EraseSectionProps {
  db: SekretessvaktDB;
  lang: UiLanguage;
  actor: string;
  onErased(): void;
}

const PANEL_ID = 'sv-erase-confirm';
const TYPED_ID = 'sv-erase-typed';

export function EraseSection({ db, lang, actor, onErased }: EraseSectionProps) {
  const text = optionsText(lang);
  const t = text.erase;
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) document.getElementById(TYPED_ID)?.focus();
  }, [confirming]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const cancel = () => {
    setConfirming(false);
    setTyped('');
    setMismatch(false);
    startRef.current?.focus();
  };

  const erase = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim().toUpperCase() !== t.word) {
      setMismatch(true);
      document.getElementById(TYPED_ID)?.focus();
      return;
    }
    try {
      const now = Date.now();
      const counts = await countTasks(db, now);
      await eraseAll(db, actor, now);
      setResult({ ok: true, text: t.done(counts.open + counts.closed) });
      onErased();
    } catch (error) {
      // A specific storage problem (a full disk, a closed database) says what to do; anything else the general failure.
      setResult({ ok: false, text: error instanceof StorageError && error.code !== 'unknown' ? error.userMessage[lang] : t.failed });
    }
    setConfirming(false);
    setTyped('');
    setMismatch(false);
  };

  return (
    <div>
      <p>{t.intro}</p>
      <div className="sv-options__actions">
        <button
          ref={startRef}
          type="button"
          className="sv-options__danger"
          aria-expanded={confirming}
          aria-controls={confirming ? PANEL_ID : undefined}
          onClick={() => {
            setResult(null);
            setConfirming(true);
          }}
        >
          {t.start}
        </button>
      </div>
      {confirming && (
        <form
          id={PANEL_ID}
          noValidate
          className="sv-options__confirm"
          aria-labelledby={`${PANEL_ID}-question`}
          onSubmit={(event) => void erase(event)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancel();
            }
          }}
        >
          <h3 id={`${PANEL_ID}-question`}>{t.question}</h3>
          <p>{t.cannotUndo}</p>
          <TextField id={TYPED_ID} lang={lang} label={t.typeLabel} autoComplete="off" spellCheck={false} value={typed} error={mismatch ? t.mismatch : undefined} onChange={setTyped} />
          <div className="sv-options__actions">
            <button type="submit" className="sv-options__danger">
              {t.confirm}
            </button>
            <button type="button" onClick={cancel}>
              {text.cancel}
            </button>
          </div>
        </form>
      )}
      {result && (
        <p ref={resultRef} tabIndex={-1} role={result.ok ? 'status' : 'alert'} className={result.ok ? 'sv-options__saved' : 'sv-options__error'}>
          <span aria-hidden="true">{result.ok ? '✓ ' : '⚠ '}</span>
          {result.text}
        </p>
      )}
    </div>
  );
}
