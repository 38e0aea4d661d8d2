/**
 * The extension's own diagnostics log (storage/diagnostics.ts): what the site adapters read and
 * what went wrong, so a site change that breaks an adapter is seen here. The log holds no comment
 * text, so "Kopiera diagnostik" can be pasted into a support ticket as it is.
 */
import { useEffect, useState } from 'react';
import { stockholmTime } from '../../responses/calendar';
import type { SekretessvaktDB } from '../../storage/db';
import { listDiagnostics } from '../../storage/diagnostics';
import type { DiagnosticEntry } from '../../storage/records';
import type { UiLanguage } from '../../utils/ui-text';
import type { OptionsPlatform } from './options-platform';
import { formatNumber, optionsText } from './options-text';

/** How many of the newest entries the page shows and copies. */
export const DIAGNOSTICS_SHOWN = 50;

/** Stockholm local time, whatever the computer's zone: "2026-11-24 10:00". */
export function stockholmClock(ms: number): string {
  const t = stockholmTime(new Date(ms));
  return `${t.dateKey} ${String(Math.floor(t.minutes / 60)).padStart(2, '0')}:${String(t.minutes % 60).padStart(2, '0')}`;
}

const MB = 1_000_000;

export interface DiagnosticsSectionProps {
  db: SekretessvaktDB;
  lang: UiLanguage;
  platform: OptionsPlatform;
  /** Changes when the data may have changed elsewhere on the page (everything erased). */
  refreshKey: number;
}

export function DiagnosticsSection({ db, lang, platform, refreshKey }: DiagnosticsSectionProps) {
  const t = optionsText(lang).diagnostics;
  const [entries, setEntries] = useState<DiagnosticEntry[] | null>(null);
  const [estimate, setEstimate] = useState<{ usage?: number; quota?: number } | null>(null);
  const [reloads, setReloads] = useState(0);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let alive = true;
    listDiagnostics(db, DIAGNOSTICS_SHOWN).then(
      (found) => {
        if (alive) setEntries(found);
      },
      () => {
        if (alive) setEntries([]);
      },
    );
    platform.storageEstimate().then(
      (found) => {
        if (alive) setEstimate(found);
      },
      () => {
        if (alive) setEstimate({});
      },
    );
    return () => {
      alive = false;
    };
  }, [db, platform, refreshKey, reloads]);

  const errors = entries?.filter((e) => e.kind === 'error').length ?? 0;
  const storage =
    estimate?.usage === undefined
      ? t.storageUnknown
      : t.storage(formatNumber(lang, estimate.usage / MB, 1), estimate.quota === undefined ? null : formatNumber(lang, estimate.quota / MB, 0));
  const counts = entries && entries.length > 0 ? t.counts(errors, entries.length) : t.empty;

  const copy = async () => {
    const lines = (entries ?? []).map((e) => [stockholmClock(e.at), t.sources[e.source], t.kinds[e.kind], e.where ?? '', e.message].join('\t'));
    try {
      await navigator.clipboard.writeText([storage, counts, ...lines].join('\n'));
      setMessage(t.copied);
    } catch {
      setMessage(t.copyFailed);
    }
  };

  return (
    <div>
      <p>{t.intro}</p>
      <p>{storage}</p>
      <p>{counts}</p>
      <div className="sv-options__actions">
        <button type="button" onClick={() => void copy()}>
          {t.copy}
        </button>
        <button type="button" onClick={() => setReloads((n) => n + 1)}>
          {t.refresh}
        </button>
      </div>
      <div className="sv-options__status" role="status" aria-live="polite">
        {message && <p>{message}</p>}
      </div>
      {entries && entries.length > 0 && (
        <div className="sv-options__table-wrap">
          <table className="sv-options__table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.time}</th>
                <th scope="col">{t.columns.source}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.where}</th>
                <th scope="col">{t.columns.message}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id ?? `${entry.at}-${entry.message}`} className={entry.kind === 'error' ? 'sv-options__row--error' : undefined}>
                  <td>
                    <time dateTime={new Date(entry.at).toISOString()}>{stockholmClock(entry.at)}</time>
                  </td>
                  <td>{t.sources[entry.source]}</td>
                  <td>
                    {entry.kind === 'error' && <span aria-hidden="true">⚠ </span>}
                    {t.kinds[entry.kind]}
                  </td>
                  <td className="sv-options__where">{entry.where ?? ''}</td>
                  <td>{entry.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
