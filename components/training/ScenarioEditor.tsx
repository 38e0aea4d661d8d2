/**
 * "Egna övningar": a supervisor writes practice scenarios of their own, imports a colleague's file
 * and exports their own, so each municipality trains on its own realities. Every scenario goes
 * through the same validation as the built-in ones. The steps are never typed: they follow from
 * the labels and the urgency (stepsFor), so a scenario always agrees with the guideline.
 *
 * Errors follow the options page's pattern: each is said in words by its field, tied to the input
 * with aria-invalid and aria-describedby, and saving with errors shows a summary that takes focus
 * and links to every field.
 */
import { downloadFile } from '../download-file';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { LABELS, URGENCIES, type Label, type Urgency } from '../../classifiers/types';
import { PURPOSES, type Purpose } from '../../responses/directory-types';
import type { SekretessvaktDB } from '../../storage/db';
import { StorageError, toStorageError } from '../../storage/errors';
import { useCustomScenarios } from '../../storage/hooks';
import { deleteCustomScenario, saveCustomScenarios, type CustomScenario } from '../../storage/training';
import { LABEL_TEXT } from '../../utils/label-text';
import { GUIDELINE, GUIDELINE_KEYS, type GuidelineKey } from '../../utils/training/guideline';
import { describeProblem, LEVELS, stepsFor, validateScenarios, type Level, type Scenario } from '../../utils/training/scenario';
import type { UiLanguage } from '../../utils/ui-text';
import { InlineConfirm } from '../options/InlineConfirm';
import { UrgencyTag } from '../UrgencyTag';
import { SCENARIO_FIELDS, scenarioEditorText, type ScenarioEditorText, type ScenarioField } from './scenario-editor-text';
import './scenario-editor.css';

export interface ScenarioEditorProps {
  db: SekretessvaktDB;
  lang: UiLanguage;
  clock?: () => number;
  /** How the page hands the export to the user: a seam, so tests read what would have been saved. */
  download?: (name: string, text: string) => void;
}

type Platform = Scenario['platform'];
type CommentLang = Scenario['lang'];

interface Draft {
  level: Level;
  platform: Platform;
  lang: CommentLang;
  date: string;
  time: string;
  postAuthor: string;
  postText: string;
  commentAuthor: string;
  commentText: string;
  labels: Label[];
  urgency: Urgency;
  referTo: Purpose[];
  lookalikeOf: Label[];
  explanationSv: string;
  explanationEn: string;
  guideline: GuidelineKey[];
}

const EMPTY: Draft = {
  level: 1,
  platform: 'facebook',
  lang: 'sv',
  date: '',
  time: '',
  postAuthor: '',
  postText: '',
  commentAuthor: '',
  commentText: '',
  labels: [],
  urgency: 'none',
  referTo: [],
  lookalikeOf: [],
  explanationSv: '',
  explanationEn: '',
  guideline: [],
};

const ID = 'sv-scenario-editor';
const SUMMARY_ID = `${ID}-summary`;
const FORM_HEADING_ID = `${ID}-form-heading`;
const LIST_HEADING_ID = `${ID}-list-heading`;
/** Where a problem the form has no field for links to. */
const OTHER = 'other';
/** The id the live check uses; the real one is made when saving. Both pass the id rule. */
const CHECK_ID = 'egen-kontroll';

function fieldId(path: string): string {
  return `${ID}-${path.replace(/\./g, '-')}`;
}

function deleteId(scenarioId: string): string {
  return `${ID}-delete-${scenarioId}`;
}

/** "Grannens barn är ensamma…" at 1767225600000 → "egen-grannens-barn-ar-ensamma-mjv0k1s0". */
function scenarioId(commentText: string, now: number): string {
  const slug = commentText
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 24)
    .replace(/-+$/, '');
  return ['egen', slug, Math.max(0, Math.floor(now)).toString(36)].filter(Boolean).join('-');
}

/** Keeps a picked set in the order of the list it comes from, so the stored scenario is tidy. */
function inOrder<T>(all: readonly T[], picked: readonly T[]): T[] {
  return all.filter((item) => picked.includes(item));
}

function toggled<T>(all: readonly T[], picked: readonly T[], item: T, on: boolean): T[] {
  return inOrder(all, on ? [...picked, item] : picked.filter((p) => p !== item));
}

/** What the form says as a scenario; referral channels count only when referral is a step. */
function scenarioOf(draft: Draft, id: string): unknown {
  const labels = inOrder(LABELS, draft.labels);
  const steps = stepsFor(labels, draft.urgency);
  return {
    id,
    level: draft.level,
    platform: draft.platform,
    lang: draft.lang,
    when: `${draft.date}T${draft.time.slice(0, 5)}`,
    post: { author: draft.postAuthor, text: draft.postText },
    comment: { author: draft.commentAuthor, text: draft.commentText },
    expected: { labels, urgency: draft.urgency, steps, referTo: steps.includes('refer') ? inOrder(PURPOSES, draft.referTo) : [] },
    ...(draft.lookalikeOf.length > 0 ? { lookalikeOf: inOrder(LABELS, draft.lookalikeOf) } : {}),
    explanation: { sv: draft.explanationSv, ...(draft.explanationEn.trim() ? { en: draft.explanationEn } : {}) },
    guideline: inOrder(GUIDELINE_KEYS, draft.guideline),
  };
}

/** The form's field for a problem's path: "expected.labels.0" → "expected.labels". */
function fieldOf(path: string): ScenarioField | null {
  let found: ScenarioField | null = null;
  for (const field of SCENARIO_FIELDS) {
    if ((path === field || path.startsWith(`${field}.`)) && (!found || field.length > found.length)) found = field;
  }
  return found;
}

interface DraftCheck {
  scenario: Scenario | null;
  /** One message per field (the first problem), in the form's order; OTHER last. */
  errors: Map<string, string>;
}

function checkDraft(draft: Draft, id: string, t: ScenarioEditorText): DraftCheck {
  const { scenarios, problems } = validateScenarios([scenarioOf(draft, id)]);
  const found = new Map<string, string>();
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    const key = field ?? OTHER;
    if (found.has(key)) continue;
    const tooLong = /^Högst (\d+) tecken/u.exec(problem.message);
    found.set(key, tooLong ? t.form.tooLong(Number(tooLong[1])) : field ? t.form.errors[field] : problem.message);
  }
  const errors = new Map<string, string>();
  for (const key of [...SCENARIO_FIELDS, OTHER]) {
    const message = found.get(key);
    if (message) errors.set(key, message);
  }
  return { scenario: problems.length === 0 ? (scenarios[0] ?? null) : null, errors };
}

/** Moves focus to a field; for a group, to its chosen or first input. */
function focusField(path: string): void {
  const element = document.getElementById(path === OTHER ? FORM_HEADING_ID : fieldId(path));
  if (!element) return;
  const target = element instanceof HTMLFieldSetElement ? (element.querySelector<HTMLInputElement>('input:checked') ?? element.querySelector<HTMLInputElement>('input')) : element;
  (target ?? element).focus();
}

function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?–-]+$/u, '')}…`;
}

function storageMessage(error: unknown, lang: UiLanguage): string {
  const problem = error instanceof StorageError ? error : toStorageError(error);
  return problem.userMessage[lang];
}

function stockholmDate(now: number): string {
  return new Date(now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

const downloadJson = (name: string, text: string) => downloadFile(name, text, 'application/json');

/** The scenarios as a file another browser can import: without where and when this one stored them. */
function exportText(scenarios: readonly CustomScenario[]): string {
  const plain = scenarios.map(({ source: _source, updatedAt: _updatedAt, ...scenario }) => scenario);
  return `${JSON.stringify(plain, null, 2)}\n`;
}

interface Message {
  kind: 'ok' | 'error';
  text: string;
  details?: string[];
}

export function ScenarioEditor({ db, lang, clock = Date.now, download = downloadJson }: ScenarioEditorProps) {
  const t = scenarioEditorText(lang);
  const scenarios = useCustomScenarios(db);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  /** Failed saves so far: errors show after the first, and each new try redraws (and refocuses) the summary. */
  const [tries, setTries] = useState(0);
  const [formMessage, setFormMessage] = useState<Message | null>(null);
  const [importMessage, setImportMessage] = useState<Message | null>(null);
  const [listMessage, setListMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  /** Focus to move once React has drawn what it moves to (the summary, a list heading). */
  const pendingFocus = useRef<(() => void) | null>(null);

  useEffect(() => {
    const focus = pendingFocus.current;
    pendingFocus.current = null;
    focus?.();
  });

  const errors = useMemo(() => (tries > 0 ? checkDraft(draft, CHECK_ID, t).errors : new Map<string, string>()), [draft, tries, t]);
  const steps = stepsFor(inOrder(LABELS, draft.labels), draft.urgency);

  const update = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setFormMessage(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const now = clock();
    const check = checkDraft(draft, scenarioId(draft.commentText, now), t);
    if (!check.scenario) {
      setFormMessage(null);
      setTries((n) => n + 1);
      pendingFocus.current = () => document.getElementById(SUMMARY_ID)?.focus();
      return;
    }
    try {
      await saveCustomScenarios(db, [check.scenario], now);
      setDraft(EMPTY);
      setTries(0);
      setFormMessage({ kind: 'ok', text: t.form.saved });
    } catch (error) {
      setFormMessage({ kind: 'error', text: storageMessage(error, lang) });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setImportMessage(null);
    if (!file) return;
    const chosen = t.importing.chosen(file.name);
    let content: unknown;
    try {
      content = JSON.parse(await file.text());
    } catch {
      setImportMessage({ kind: 'error', text: t.importing.notJson, details: [chosen] });
      return;
    } finally {
      // The same file can be chosen again once it is fixed.
      input.value = '';
    }
    const { scenarios: valid, problems } = validateScenarios(content);
    if (problems.length > 0) {
      setImportMessage({ kind: 'error', text: t.importing.problems(problems.length), details: [chosen, ...problems.map(describeProblem)] });
      return;
    }
    if (valid.length === 0) {
      setImportMessage({ kind: 'error', text: t.importing.empty, details: [chosen] });
      return;
    }
    try {
      const { added, replaced } = await saveCustomScenarios(db, valid, clock());
      setImportMessage({ kind: 'ok', text: t.importing.imported(added, replaced), details: [chosen] });
    } catch (error) {
      setImportMessage({ kind: 'error', text: storageMessage(error, lang), details: [chosen] });
    }
  };

  const remove = async (id: string) => {
    setConfirming(null);
    try {
      await deleteCustomScenario(db, id);
      setListMessage({ kind: 'ok', text: t.list.removed });
      pendingFocus.current = () => document.getElementById(LIST_HEADING_ID)?.focus();
    } catch (error) {
      setListMessage({ kind: 'error', text: storageMessage(error, lang) });
    }
  };

  const cancelRemove = (id: string) => {
    setConfirming(null);
    pendingFocus.current = () => document.getElementById(deleteId(id))?.focus();
  };

  const exportAll = () => {
    if (!scenarios || scenarios.length === 0) return;
    download(t.list.fileName(stockholmDate(clock())), exportText(scenarios));
    setListMessage({ kind: 'ok', text: t.list.exported(scenarios.length) });
  };

  const summary = [...errors].map(([path, message]) => ({ path, message, place: path === OTHER ? t.form.otherPlace : t.form.places[path as ScenarioField] }));
  const labelNames = LABEL_TEXT[lang];
  const errorOf = (path: ScenarioField) => errors.get(path);

  return (
    <section className={ID} lang={lang} aria-labelledby={`${ID}-heading`}>
      <h2 id={`${ID}-heading`}>{t.heading}</h2>
      <p>{t.intro}</p>

      <form className={`${ID}__form`} noValidate onSubmit={(event) => void save(event)} aria-labelledby={FORM_HEADING_ID}>
        <h3 id={FORM_HEADING_ID} tabIndex={-1}>
          {t.form.heading}
        </h3>
        {summary.length > 0 && (
          <div id={SUMMARY_ID} className={`${ID}__summary`} role="alert" tabIndex={-1} aria-labelledby={`${SUMMARY_ID}-heading`}>
            <h4 id={`${SUMMARY_ID}-heading`}>
              <span aria-hidden="true">⚠ </span>
              {t.form.summaryHeading(summary.length)}
            </h4>
            <ul>
              {summary.map((item) => (
                <li key={item.path}>
                  <a
                    href={`#${item.path === OTHER ? FORM_HEADING_ID : fieldId(item.path)}`}
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
        )}

        <Choices
          path="level"
          type="radio"
          legend={t.form.level}
          errorWord={t.errorWord}
          error={errorOf('level')}
          options={LEVELS.map((level) => ({ value: level, label: t.form.levels[level].name, hint: t.form.levels[level].hint }))}
          picked={[draft.level]}
          onToggle={(level) => update({ level })}
        />
        <Choices
          path="platform"
          type="radio"
          legend={t.form.platform}
          errorWord={t.errorWord}
          error={errorOf('platform')}
          options={(['facebook', 'instagram'] as const).map((platform) => ({ value: platform, label: t.form.platforms[platform] }))}
          picked={[draft.platform]}
          onToggle={(platform) => update({ platform })}
        />
        <Choices
          path="lang"
          type="radio"
          legend={t.form.lang}
          errorWord={t.errorWord}
          error={errorOf('lang')}
          options={(['sv', 'en'] as const).map((code) => ({ value: code, label: t.form.langs[code] }))}
          picked={[draft.lang]}
          onToggle={(code) => update({ lang: code })}
        />

        <fieldset id={fieldId('when')} className={`${ID}__group`} aria-describedby={describedBy(`${fieldId('when')}-hint`, errorOf('when') && `${fieldId('when')}-error`)}>
          <legend>{t.form.when}</legend>
          <p id={`${fieldId('when')}-hint`} className={`${ID}__hint`}>
            {t.form.whenHint}
          </p>
          {errorOf('when') && <FieldError id={`${fieldId('when')}-error`} word={t.errorWord} message={errorOf('when')!} />}
          <div className={`${ID}__when`}>
            <div className={`${ID}__field`}>
              <label htmlFor={`${fieldId('when')}-date`}>{t.form.date}</label>
              <input
                id={`${fieldId('when')}-date`}
                type="date"
                value={draft.date}
                aria-invalid={errorOf('when') ? true : undefined}
                onChange={(event) => update({ date: event.target.value })}
              />
            </div>
            <div className={`${ID}__field`}>
              <label htmlFor={`${fieldId('when')}-time`}>{t.form.time}</label>
              <input
                id={`${fieldId('when')}-time`}
                type="time"
                value={draft.time}
                aria-invalid={errorOf('when') ? true : undefined}
                onChange={(event) => update({ time: event.target.value })}
              />
            </div>
          </div>
        </fieldset>

        <TextInput path="post.author" label={t.form.postAuthor} hint={t.form.postAuthorHint} value={draft.postAuthor} onChange={(postAuthor) => update({ postAuthor })} error={errorOf('post.author')} errorWord={t.errorWord} />
        <TextInput path="post.text" label={t.form.postText} multiline value={draft.postText} onChange={(postText) => update({ postText })} error={errorOf('post.text')} errorWord={t.errorWord} />
        <TextInput
          path="comment.author"
          label={t.form.commentAuthor}
          hint={t.form.commentAuthorHint}
          value={draft.commentAuthor}
          onChange={(commentAuthor) => update({ commentAuthor })}
          error={errorOf('comment.author')}
          errorWord={t.errorWord}
        />
        <TextInput path="comment.text" label={t.form.commentText} multiline value={draft.commentText} onChange={(commentText) => update({ commentText })} error={errorOf('comment.text')} errorWord={t.errorWord} />

        <Choices
          path="expected.labels"
          type="checkbox"
          legend={t.form.labels}
          hint={t.form.labelsHint}
          errorWord={t.errorWord}
          error={errorOf('expected.labels')}
          options={LABELS.map((label) => ({ value: label, label: labelNames[label] }))}
          picked={draft.labels}
          onToggle={(label, on) => update({ labels: toggled(LABELS, draft.labels, label, on) })}
        />
        <Choices
          path="expected.urgency"
          type="radio"
          legend={t.form.urgency}
          hint={t.form.urgencyHint}
          errorWord={t.errorWord}
          error={errorOf('expected.urgency')}
          options={URGENCIES.map((urgency) => ({ value: urgency, label: <UrgencyTag lang={lang} urgency={urgency} className={`${ID}__urgency`} />, hint: t.form.urgencies[urgency] }))}
          picked={[draft.urgency]}
          onToggle={(urgency) => update({ urgency })}
        />

        <div id={fieldId('expected.steps')} className={`${ID}__steps`} tabIndex={-1} aria-describedby={describedBy(errorOf('expected.steps') && `${fieldId('expected.steps')}-error`)}>
          <p className={`${ID}__steps-heading`}>
            <strong>{t.form.steps}</strong>
          </p>
          {steps.length > 0 ? (
            <ol>
              {steps.map((step) => (
                <li key={step}>{t.steps[step]}</li>
              ))}
            </ol>
          ) : (
            <p>{t.form.noSteps}</p>
          )}
          <p className={`${ID}__hint`}>{t.form.stepsHint}</p>
          {errorOf('expected.steps') && <FieldError id={`${fieldId('expected.steps')}-error`} word={t.errorWord} message={errorOf('expected.steps')!} />}
        </div>

        {steps.includes('refer') && (
          <Choices
            path="expected.referTo"
            type="checkbox"
            legend={t.form.referTo}
            hint={t.form.referToHint}
            errorWord={t.errorWord}
            error={errorOf('expected.referTo')}
            options={PURPOSES.map((purpose) => ({ value: purpose, label: t.purposes[purpose] }))}
            picked={draft.referTo}
            onToggle={(purpose, on) => update({ referTo: toggled(PURPOSES, draft.referTo, purpose, on) })}
          />
        )}
        <Choices
          path="lookalikeOf"
          type="checkbox"
          legend={t.form.lookalikeOf}
          hint={t.form.lookalikeOfHint}
          errorWord={t.errorWord}
          error={errorOf('lookalikeOf')}
          options={LABELS.map((label) => ({ value: label, label: labelNames[label] }))}
          picked={draft.lookalikeOf}
          onToggle={(label, on) => update({ lookalikeOf: toggled(LABELS, draft.lookalikeOf, label, on) })}
        />

        <TextInput
          path="explanation.sv"
          label={t.form.explanationSv}
          hint={t.form.explanationSvHint}
          multiline
          textLang="sv"
          value={draft.explanationSv}
          onChange={(explanationSv) => update({ explanationSv })}
          error={errorOf('explanation.sv')}
          errorWord={t.errorWord}
        />
        <TextInput
          path="explanation.en"
          label={t.form.explanationEn}
          multiline
          textLang="en"
          value={draft.explanationEn}
          onChange={(explanationEn) => update({ explanationEn })}
          error={errorOf('explanation.en')}
          errorWord={t.errorWord}
        />

        <Choices
          path="guideline"
          type="checkbox"
          legend={t.form.guideline}
          hint={t.form.guidelineHint}
          errorWord={t.errorWord}
          error={errorOf('guideline')}
          options={GUIDELINE_KEYS.map((key) => ({
            value: key,
            label: (
              <span lang="sv">
                <strong>{GUIDELINE[key].heading}</strong>: ”{excerpt(GUIDELINE[key].quote, 70)}”
              </span>
            ),
          }))}
          picked={draft.guideline}
          onToggle={(key, on) => update({ guideline: toggled(GUIDELINE_KEYS, draft.guideline, key, on) })}
        />

        <div className={`${ID}__actions`}>
          <button type="submit" className={`${ID}__primary`}>
            {t.form.save}
          </button>
        </div>
        <Status message={formMessage} />
      </form>

      <section className={`${ID}__import`} aria-labelledby={`${ID}-import-heading`}>
        <h3 id={`${ID}-import-heading`}>{t.importing.heading}</h3>
        <p>{t.importing.intro}</p>
        <div className={`${ID}__field`}>
          <label htmlFor={`${ID}-import-file`}>{t.importing.file}</label>
          <input id={`${ID}-import-file`} type="file" accept="application/json,.json" onChange={(event) => void importFile(event.currentTarget)} />
        </div>
        <Status message={importMessage} />
      </section>

      <section className={`${ID}__list`} aria-labelledby={LIST_HEADING_ID}>
        <h3 id={LIST_HEADING_ID} tabIndex={-1}>
          {t.list.heading}
        </h3>
        {scenarios === undefined ? (
          <p>{t.list.loading}</p>
        ) : scenarios.length === 0 ? (
          <p>{t.list.none}</p>
        ) : (
          <>
            <ul className={`${ID}__items`}>
              {scenarios.map((scenario) => {
                const excerptId = `${ID}-excerpt-${scenario.id}`;
                return (
                  <li key={scenario.id} className={`${ID}__item`}>
                    <p id={excerptId} className={`${ID}__excerpt`} lang={scenario.lang}>
                      ”{excerpt(scenario.comment.text, 120)}”
                    </p>
                    <p className={`${ID}__meta`}>
                      <UrgencyTag lang={lang} urgency={scenario.expected.urgency} className={`${ID}__urgency`} />
                      <span>{t.list.level(scenario.level)}</span>
                      <span>{t.form.platforms[scenario.platform]}</span>
                      <span>{scenario.expected.labels.length > 0 ? scenario.expected.labels.map((label) => labelNames[label]).join(', ') : t.list.noLabels}</span>
                    </p>
                    {confirming === scenario.id ? (
                      <InlineConfirm
                        id={`${ID}-confirm-${scenario.id}`}
                        question={t.list.question(excerpt(scenario.comment.text, 50))}
                        confirmLabel={t.list.confirm}
                        cancelLabel={t.list.cancel}
                        onConfirm={() => void remove(scenario.id)}
                        onCancel={() => cancelRemove(scenario.id)}
                      />
                    ) : (
                      <button id={deleteId(scenario.id)} type="button" aria-describedby={excerptId} onClick={() => setConfirming(scenario.id)}>
                        {t.list.remove}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
            <div className={`${ID}__actions`}>
              <button type="button" aria-describedby={`${ID}-export-hint`} onClick={exportAll}>
                {t.list.exportButton}
              </button>
              <p id={`${ID}-export-hint`} className={`${ID}__hint`}>
                {t.list.exportHint}
              </p>
            </div>
          </>
        )}
        <Status message={listMessage} />
      </section>
    </section>
  );
}

/** Joins the ids an element is described by, leaving out the missing ones. */
function describedBy(...ids: Array<string | false | undefined | null>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** A problem in words, with an icon and the word "Fel", never by colour alone. */
function FieldError({ id, word, message }: { id: string; word: string; message: string }) {
  return (
    <p id={id} className={`${ID}__error`}>
      <span aria-hidden="true">⚠ </span>
      <strong>{word}:</strong> {message}
    </p>
  );
}

/**
 * What happened, read out by a screen reader as it changes. The region stays on the page so the
 * change is heard; a failure is also marked in words by its icon and class.
 */
function Status({ message }: { message: Message | null }) {
  return (
    <div role="status" className={`${ID}__status`}>
      {message && (
        <>
          <p className={`${ID}__status-text ${ID}__status-text--${message.kind}`}>
            {message.kind === 'error' && <span aria-hidden="true">⚠ </span>}
            {message.text}
          </p>
          {message.details && message.details.length > 0 && (
            <ul className={`${ID}__details`}>
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

interface TextInputProps {
  path: ScenarioField;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  errorWord: string;
  multiline?: boolean;
  /** The language the text is written in, when it is fixed (the explanations). */
  textLang?: 'sv' | 'en';
}

function TextInput({ path, label, hint, value, onChange, error, errorWord, multiline = false, textLang }: TextInputProps) {
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = { id, value, lang: textLang, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(hintId, errorId) };
  return (
    <div className={`${ID}__field`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className={`${ID}__hint`}>
          {hint}
        </p>
      )}
      {error && errorId && <FieldError id={errorId} word={errorWord} message={error} />}
      {multiline ? <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} /> : <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />}
    </div>
  );
}

interface ChoicesProps<T extends string | number> {
  path: ScenarioField;
  type: 'radio' | 'checkbox';
  legend: string;
  hint?: string;
  error: string | undefined;
  errorWord: string;
  options: ReadonlyArray<{ value: T; label: ReactNode; hint?: string }>;
  picked: readonly T[];
  onToggle(value: T, on: boolean): void;
}

/**
 * A group of radios or checkboxes under a legend. A radio group is a radiogroup so it can be
 * marked invalid; in a checkbox group each box is.
 */
function Choices<T extends string | number>({ path, type, legend, hint, error, errorWord, options, picked, onToggle }: ChoicesProps<T>) {
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const radio = type === 'radio';
  return (
    <fieldset
      id={id}
      className={`${ID}__group`}
      role={radio ? 'radiogroup' : undefined}
      aria-labelledby={radio ? `${id}-legend` : undefined}
      aria-invalid={radio && error ? true : undefined}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend id={`${id}-legend`}>{legend}</legend>
      {hint && (
        <p id={hintId} className={`${ID}__hint`}>
          {hint}
        </p>
      )}
      {error && errorId && <FieldError id={errorId} word={errorWord} message={error} />}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const optionHintId = option.hint ? `${optionId}-hint` : undefined;
        return (
          <div key={String(option.value)} className={`${ID}__choice`}>
            <input
              id={optionId}
              type={type}
              name={id}
              value={String(option.value)}
              checked={picked.includes(option.value)}
              aria-invalid={!radio && error ? true : undefined}
              aria-describedby={optionHintId}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint && (
              <p id={optionHintId} className={`${ID}__hint`}>
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
