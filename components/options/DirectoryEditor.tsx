/**
 * The municipality's channel directory: the built-in one to look at and copy, or the municipality's
 * own to edit. The draft is validated with the directory schema on every change and each problem
 * is shown beside its field; saving while there are errors shows a summary with links to them and
 * saves nothing. Every change is also handed up, so the reply preview follows the draft.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { VARBERG_DIRECTORY, type Channel, type Directory } from '../../responses/directory';
import type { Settings } from '../../storage/records';
import type { UiLanguage } from '../../utils/ui-text';
import { ChannelEditor } from './ChannelEditor';
import {
  canonicalDirectory,
  directoryOf,
  draftFromOverride,
  draftOf,
  effectiveDirectory,
  newChannel,
  newManager,
  previewOf,
  withDirectory,
  type DraftDirectory,
} from './directory-draft';
import { checkDirectory, fieldId, fieldPlace } from './directory-errors';
import { DirectoryOverview } from './DirectoryOverview';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { FieldError, TextField } from './Field';
import { InlineConfirm } from './InlineConfirm';
import { optionsText } from './options-text';
import { SaveStatus, useSettingsSave, type SaveContext } from './use-settings-save';

export interface DirectoryPreview {
  /** The directory the preview should use: the draft when it is valid, else the last valid version. */
  directory: Directory;
  draftInvalid: boolean;
}

export interface DirectoryEditorProps {
  lang: UiLanguage;
  /** The settings the editor starts from; after that it keeps track of what it saved itself. */
  settings: Settings;
  save: SaveContext;
  onPreview?(preview: DirectoryPreview): void;
}

const SUMMARY_ID = 'sv-dir-summary';
const BLOCKED_ID = 'sv-dir-blocked';
const RESET_ID = 'sv-dir-reset';
const EDIT_ID = 'sv-dir-edit';

/** Moves focus to the field of a path, or the nearest group around it that is on the page. */
function focusPath(path: string): void {
  const parts = path.split('.');
  while (parts.length > 0) {
    const element = document.getElementById(fieldId(parts.join('.')));
    if (element) {
      element.focus();
      return;
    }
    parts.pop();
  }
  document.getElementById(fieldId('channels'))?.focus();
}

/** The channel a path is in: `channels.3.phone` → 3. */
function channelIndexOf(path: string): number | null {
  const match = /^channels\.(\d+)(?:\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}

export function DirectoryEditor({ lang, settings, save: context, onPreview }: DirectoryEditorProps) {
  const text = optionsText(lang);
  const t = text.directory;
  const { state, save } = useSettingsSave(context);
  const [draft, setDraft] = useState(() => draftFromOverride(settings.directoryOverride));
  const [openKeys, setOpenKeys] = useState<ReadonlySet<number>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [notice, setNotice] = useState('');
  // What is saved now: the settings the page started with, then whatever this editor saved.
  const [savedOverride, setSavedOverride] = useState<unknown>(settings.directoryOverride);
  const lastValid = useRef(effectiveDirectory(settings.directoryOverride));
  /** Focus to move once React has drawn what it moves to (an opened channel, the summary). */
  const pendingFocus = useRef<(() => void) | null>(null);

  useEffect(() => {
    const focus = pendingFocus.current;
    pendingFocus.current = null;
    focus?.();
  });

  const check = useMemo(() => (draft ? checkDirectory(directoryOf(draft), lang) : null), [draft, lang]);
  const savedText = useMemo(() => canonicalDirectory(savedOverride), [savedOverride]);
  const hasSaved = savedOverride !== undefined && savedOverride !== null;
  const errorCount = check?.errors.size ?? 0;
  const dirty = draft !== null && (!check?.directory || JSON.stringify(check.directory) !== savedText);

  const change = (next: DraftDirectory | null) => {
    setDraft(next);
    setNotice('');
    if (next === null) {
      lastValid.current = VARBERG_DIRECTORY;
      onPreview?.({ directory: VARBERG_DIRECTORY, draftInvalid: false });
      return;
    }
    const valid = checkDirectory(directoryOf(next), lang).directory;
    if (valid) lastValid.current = valid;
    onPreview?.({ directory: lastValid.current, draftInvalid: valid === null });
  };

  const setChannel = (key: number, channel: Channel) => draft && change({ ...draft, channels: draft.channels.map((c) => (c.key === key ? { key, channel } : c)) });

  const toggleOpen = (key: number, open: boolean) =>
    setOpenKeys((keys) => {
      if (keys.has(key) === open) return keys;
      const next = new Set(keys);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });

  const jump = (path: string) => {
    const index = channelIndexOf(path);
    const key = index === null ? undefined : draft?.channels[index]?.key;
    // Always a new set: the render it causes runs the pending focus.
    setOpenKeys((keys) => new Set(key === undefined ? keys : [...keys, key]));
    pendingFocus.current = () => focusPath(path);
  };

  const add = (kind: 'channel' | 'manager') => {
    if (!draft) return;
    const added = kind === 'channel' ? newChannel(draft, t.newChannel) : newManager(draft, t.newManager);
    const index = draft.channels.length;
    change({ ...draft, channels: [...draft.channels, added] });
    setOpenKeys((keys) => new Set([...keys, added.key]));
    pendingFocus.current = () => focusPath(`channels.${index}.name.sv`);
  };

  const remove = (key: number, name: string) => {
    if (!draft) return;
    change({ ...draft, channels: draft.channels.filter((c) => c.key !== key) });
    setNotice(t.removed(name));
    pendingFocus.current = () => focusPath('channels');
  };

  const startEditing = () => {
    change(draftOf(VARBERG_DIRECTORY));
    pendingFocus.current = () => focusPath('municipality.sv');
  };

  const discard = () => {
    const saved = draftFromOverride(savedOverride);
    change(saved);
    setAttempted(false);
    pendingFocus.current = () => document.getElementById(saved ? fieldId('municipality.sv') : EDIT_ID)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !check) return;
    if (!check.directory) {
      setAttempted(true);
      const withErrors = new Set([...check.errors.keys()].map(channelIndexOf).flatMap((i) => (i === null ? [] : [draft.channels[i]?.key ?? -1])));
      setOpenKeys((keys) => new Set([...keys, ...withErrors]));
      pendingFocus.current = () => document.getElementById(SUMMARY_ID)?.focus();
      return;
    }
    const submitted = draft;
    const directory = check.directory;
    const next = await save({ directoryOverride: directory }, t.savedDone);
    if (!next) return;
    setSavedOverride(next.directoryOverride);
    setAttempted(false);
    // Keep typing that happened while saving; otherwise take the validated form with its defaults.
    setDraft((current) => (current === submitted ? withDirectory(current, directory) : current));
  };

  const reset = async () => {
    setConfirmReset(false);
    const next = await save({ directoryOverride: undefined }, t.resetDone);
    if (!next) return;
    setSavedOverride(undefined);
    change(null);
    setAttempted(false);
    pendingFocus.current = () => document.getElementById(EDIT_ID)?.focus();
  };

  const summary: SummaryItem[] =
    draft && check ? [...check.errors].map(([path, message]) => ({ path, place: fieldPlace(path, directoryOf(draft), lang), message })) : [];
  const errorsIn = (index: number) => summary.filter((item) => channelIndexOf(item.path) === index).length;

  return (
    <div className="sv-dir">
      <p>{t.intro}</p>
      {draft === null ? (
        <>
          <p>{t.builtIn(VARBERG_DIRECTORY.municipality[lang])}</p>
          <p>
            <button id={EDIT_ID} type="button" className="sv-options__primary" onClick={startEditing}>
              {t.editCopy}
            </button>
          </p>
          <DirectoryOverview lang={lang} directory={VARBERG_DIRECTORY} />
        </>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          {!hasSaved && <p>{t.editing}</p>}
          {previewOf(savedOverride).draftInvalid && <p>{t.invalidSaved}</p>}
          {attempted && summary.length > 0 && <ErrorSummary id={SUMMARY_ID} lang={lang} heading={t.summaryHeading(summary.length)} items={summary} onJump={jump} />}

          <fieldset className="sv-options__group">
            <legend>{t.municipalityLegend}</legend>
            <div className="sv-options__pair">
              {(['sv', 'en'] as const).map((language) => (
                <TextField
                  key={language}
                  id={fieldId(`municipality.${language}`)}
                  lang={lang}
                  label={language === 'sv' ? t.inSwedish : t.inEnglish}
                  value={draft.municipality[language]}
                  error={check?.errors.get(`municipality.${language}`)}
                  onChange={(value) => change({ ...draft, municipality: { ...draft.municipality, [language]: value } })}
                />
              ))}
            </div>
          </fieldset>

          <h3 id={fieldId('channels')} tabIndex={-1}>
            {t.channelsHeading}
          </h3>
          {check?.errors.get('channels') && <FieldError id={`${fieldId('channels')}-error`} lang={lang} message={check.errors.get('channels')!} />}
          <ul className="sv-dir__channels" aria-labelledby={fieldId('channels')}>
            {draft.channels.map(({ key, channel }, index) => {
              const name = channel.name[lang].trim() || channel.name.sv.trim() || t.channelNumber(index + 1);
              const count = errorsIn(index);
              return (
                <li key={key}>
                  <details open={openKeys.has(key)} onToggle={(event) => toggleOpen(key, event.currentTarget.open)}>
                    <summary id={fieldId(`channels.${index}`)}>
                      <span className="sv-dir__name">{name}</span>
                      <span className="sv-dir__phone">{channel.phone || t.unknownPhone}</span>
                      {channel.internal && <span className="sv-options__tag">({t.internalTag})</span>}
                      {count > 0 && (
                        <strong className="sv-options__error-inline">
                          <span aria-hidden="true">⚠ </span>
                          {t.errorCount(count)}
                        </strong>
                      )}
                    </summary>
                    <ChannelEditor
                      lang={lang}
                      index={index}
                      channel={channel}
                      others={draft.channels.filter((c) => c.key !== key).map((c) => ({ id: c.channel.id, name: c.channel.name[lang] || c.channel.id }))}
                      errors={check?.errors ?? new Map()}
                      onChange={(next) => setChannel(key, next)}
                    />
                    <button type="button" className="sv-options__secondary" onClick={() => remove(key, name)}>
                      {t.remove(name)}
                    </button>
                  </details>
                </li>
              );
            })}
          </ul>
          <div className="sv-options__actions">
            <button type="button" onClick={() => add('channel')}>
              {t.addChannel}
            </button>
            <button type="button" onClick={() => add('manager')}>
              {t.addManager}
            </button>
          </div>
          <div role="status" aria-live="polite" className="sv-options__status">
            {notice && <p>{notice}</p>}
          </div>

          {dirty && <p className="sv-options__unsaved">{t.unsaved}</p>}
          {errorCount > 0 && (
            <p id={BLOCKED_ID} className="sv-options__blocked">
              <span aria-hidden="true">⚠ </span>
              {t.blocked(errorCount)}
            </p>
          )}
          <div className="sv-options__actions">
            <button type="submit" className="sv-options__primary" aria-describedby={errorCount > 0 ? BLOCKED_ID : undefined}>
              {t.save}
            </button>
            {dirty && (
              <button type="button" onClick={discard}>
                {t.discard}
              </button>
            )}
            {hasSaved && !confirmReset && (
              <button id={RESET_ID} type="button" onClick={() => setConfirmReset(true)}>
                {t.reset}
              </button>
            )}
          </div>
          {confirmReset && (
            <InlineConfirm
              id="sv-dir-reset-confirm"
              question={t.resetQuestion}
              confirmLabel={t.resetConfirm}
              cancelLabel={text.cancel}
              onConfirm={() => void reset()}
              onCancel={() => {
                setConfirmReset(false);
                pendingFocus.current = () => document.getElementById(RESET_ID)?.focus();
              }}
            />
          )}
        </form>
      )}
      <SaveStatus state={state} lang={lang} />
    </div>
  );
}
