/**
 * Settings to and from a file (storage/settings-transfer.ts): a municipality exports its setup and
 * every moderator imports it. Import shows what would change, field by field, and saves only on
 * confirmation; a refused file says why and changes nothing.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import type { Settings } from '../../storage/records';
import { exportSettings, parseSettingsFile, settingsChanges, settingsFileName, type SettingsChange, type SettingsPatch } from '../../storage/settings-transfer';
import { StorageError } from '../../storage/errors';
import { LABEL_TEXT } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { InlineConfirm } from './InlineConfirm';
import type { OptionsPlatform } from './options-platform';
import { formatNumber, optionsText } from './options-text';
import { stepOf, thresholdFor } from './sensitivity';
import { SaveStatus, useSettingsSave, type SaveContext } from './use-settings-save';

export interface TransferSectionProps {
  settings: Settings;
  save: SaveContext;
  platform: OptionsPlatform;
  onImported(settings: Settings): void;
}

interface Pending {
  patch: SettingsPatch;
  changes: SettingsChange[];
}

/** A change as one sentence: "Gallringstid: 90 dagar blir 30 dagar." */
export function describeChange(change: SettingsChange, lang: UiLanguage): string {
  const t = optionsText(lang);
  switch (change.field) {
    case 'directory':
      return change.to ? t.transfer.directoryTo(change.to.municipality[lang], change.to.channels.length) : t.transfer.directoryBuiltIn;
    case 'threshold': {
      const said = (value: number | undefined) => {
        const step = stepOf(change.label, value);
        return thresholdFor(change.label, step) === value || value === undefined ? t.sensitivity.steps[step].name : formatNumber(lang, value, 2);
      };
      return t.transfer.threshold(LABEL_TEXT[lang][change.label], said(change.from), said(change.to));
    }
    case 'retentionDays':
      return t.transfer.retention(change.from, change.to);
    case 'notifyAcute':
      return t.transfer.notify(change.from, change.to);
  }
}

export function TransferSection({ settings, save: context, platform, onImported }: TransferSectionProps) {
  const { lang } = context;
  const text = optionsText(lang);
  const t = text.transfer;
  const { state, save, clear } = useSettingsSave(context);
  const [pending, setPending] = useState<Pending | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; details: string[] } | null>(null);
  const [exported, setExported] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const now = Date.now();
    const fileName = settingsFileName(now);
    platform.download(fileName, `${JSON.stringify(exportSettings(settings, now), null, 2)}\n`);
    setExported(t.exported(fileName));
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    setPending(null);
    setRefusal(null);
    clear();
    if (!file) return;
    try {
      const patch = parseSettingsFile(await file.text());
      setPending({ patch, changes: settingsChanges(settings, patch) });
    } catch (error) {
      setRefusal(error instanceof StorageError ? { message: error.userMessage[lang], details: error.details } : { message: t.readFailed, details: [] });
    } finally {
      // The same file can be chosen again after it was fixed.
      input.value = '';
    }
  };

  const apply = async () => {
    if (!pending) return;
    const { notifyAcute, ...rest } = pending.patch;
    // Asked for on the click itself: the browser only shows a permission request for a user gesture.
    const notified = notifyAcute !== settings.notifyAcute ? platform.setNotifyAcute(notifyAcute) : null;
    const next = await save(rest, t.applied);
    setPending(null);
    if (!next) return;
    const notify = notified ? await notified.catch(() => settings.notifyAcute) : next.notifyAcute;
    onImported({ ...next, notifyAcute: notify });
    fileInput.current?.focus();
  };

  const cancel = () => {
    setPending(null);
    fileInput.current?.focus();
  };

  return (
    <div>
      <p>{t.intro}</p>
      <div className="sv-options__actions">
        <button type="button" className="sv-options__primary" onClick={exportFile}>
          {t.export}
        </button>
      </div>
      <div className="sv-options__status" role="status" aria-live="polite">
        {exported && <p>{exported}</p>}
      </div>

      <div className="sv-options__field">
        <label htmlFor="sv-import-file">{t.importLabel}</label>
        <p id="sv-import-file-hint" className="sv-options__hint">
          {t.importHint}
        </p>
        <input
          id="sv-import-file"
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-describedby={refusal ? 'sv-import-file-hint sv-import-refusal' : 'sv-import-file-hint'}
          onChange={(event) => void readFile(event)}
        />
      </div>
      {refusal && (
        <div id="sv-import-refusal" role="alert" className="sv-options__error">
          <p>
            <span aria-hidden="true">⚠ </span>
            <strong>{text.errorWord}:</strong> {refusal.message}
          </p>
          {refusal.details.length > 0 && (
            <ul>
              {refusal.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {pending && pending.changes.length === 0 && (
        <p role="status" aria-live="polite">
          {t.same}
        </p>
      )}
      {pending && pending.changes.length > 0 && (
        <InlineConfirm id="sv-import-confirm" question={t.previewHeading} confirmLabel={t.apply} cancelLabel={text.cancel} onConfirm={() => void apply()} onCancel={cancel}>
          <ul>
            {pending.changes.map((change) => (
              <li key={change.field === 'threshold' ? change.label : change.field}>{describeChange(change, lang)}</li>
            ))}
          </ul>
          {pending.changes.some((c) => c.field === 'directory') && <p>{t.directoryWarning}</p>}
        </InlineConfirm>
      )}
      <SaveStatus state={state} lang={lang} />
    </div>
  );
}
