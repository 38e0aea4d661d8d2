/**
 * The form where a supervisor writes one scenario. Errors follow the options page's pattern: none
 * show before the first save; after it each is said by its field and updates as the supervisor
 * types, and every failed save redraws an error summary that takes focus and links to the fields.
 * The steps are shown, never typed (see scenario-draft.ts).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { LABELS, URGENCIES } from '../../classifiers/types';
import { PURPOSES, type Directory } from '../../responses/directory-types';
import type { SekretessvaktDB } from '../../storage/db';
import { saveCustomScenarios } from '../../storage/training';
import { LABEL_TEXT } from '../../utils/label-text';
import { GUIDELINE, GUIDELINE_KEYS } from '../../utils/training/guideline';
import { LEVELS } from '../../utils/training/scenario';
import type { UiLanguage } from '../../utils/ui-text';
import { UrgencyTag } from '../UrgencyTag';
import { toggled } from './picked';
import { CHECK_ID, checkDraft, draftSteps, EMPTY_DRAFT, scenarioId, type ScenarioDraft } from './scenario-draft';
import { EDITOR_ID, fieldId, FORM_HEADING_ID, SUMMARY_ID } from './scenario-editor-ids';
import { scenarioEditorText, type ScenarioField } from './scenario-editor-text';
import { Status, storageMessage, type StatusMessage } from './ScenarioEditorStatus';
import { ScenarioErrorSummary } from './ScenarioErrorSummary';
import { Choices, describedBy, FieldError, TextInput } from './ScenarioFields';
import { excerpt } from './text-excerpt';
import { useFocusAfterRender } from './use-focus-after-render';

export interface ScenarioFormProps {
  db: SekretessvaktDB;
  /** The municipality's contact list: a scenario must be answerable with it. */
  directory: Directory;
  lang: UiLanguage;
  clock: () => number;
}

export function ScenarioForm({ db, directory, lang, clock }: ScenarioFormProps) {
  const t = scenarioEditorText(lang);
  const [draft, setDraft] = useState<ScenarioDraft>(EMPTY_DRAFT);
  /** Failed saves so far: errors show after the first, and each new try redraws (and refocuses) the summary. */
  const [tries, setTries] = useState(0);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const focusAfterRender = useFocusAfterRender();

  const errors = useMemo(() => (tries > 0 ? checkDraft(draft, CHECK_ID, t, directory).errors : new Map<string, string>()), [draft, tries, t, directory]);
  const errorOf = (path: ScenarioField) => errors.get(path);
  const steps = draftSteps(draft);
  const labelNames = LABEL_TEXT[lang];

  const update = (change: Partial<ScenarioDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setMessage(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const now = clock();
    const check = checkDraft(draft, scenarioId(draft.commentText, now), t, directory);
    if (!check.scenario) {
      setMessage(null);
      setTries((n) => n + 1);
      focusAfterRender(() => document.getElementById(SUMMARY_ID)?.focus());
      return;
    }
    try {
      await saveCustomScenarios(db, [check.scenario], now);
      setDraft(EMPTY_DRAFT);
      setTries(0);
      setMessage({ kind: 'ok', text: t.form.saved });
    } catch (error) {
      setMessage({ kind: 'error', text: storageMessage(error, lang) });
    }
  };

  const whenId = fieldId('when');
  const stepsId = fieldId('expected.steps');

  return (
    <form className={`${EDITOR_ID}__form`} noValidate onSubmit={(event) => void save(event)} aria-labelledby={FORM_HEADING_ID}>
      <h3 id={FORM_HEADING_ID} tabIndex={-1}>
        {t.form.heading}
      </h3>
      <ScenarioErrorSummary errors={errors} t={t} />

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

      <fieldset id={whenId} className={`${EDITOR_ID}__group`} aria-describedby={describedBy(`${whenId}-hint`, errorOf('when') && `${whenId}-error`)}>
        <legend>{t.form.when}</legend>
        <p id={`${whenId}-hint`} className={`${EDITOR_ID}__hint`}>
          {t.form.whenHint}
        </p>
        {errorOf('when') && <FieldError id={`${whenId}-error`} word={t.errorWord} message={errorOf('when')!} />}
        <div className={`${EDITOR_ID}__when`}>
          <div className={`${EDITOR_ID}__field`}>
            <label htmlFor={`${whenId}-date`}>{t.form.date}</label>
            <input id={`${whenId}-date`} type="date" value={draft.date} aria-invalid={errorOf('when') ? true : undefined} onChange={(event) => update({ date: event.target.value })} />
          </div>
          <div className={`${EDITOR_ID}__field`}>
            <label htmlFor={`${whenId}-time`}>{t.form.time}</label>
            <input id={`${whenId}-time`} type="time" value={draft.time} aria-invalid={errorOf('when') ? true : undefined} onChange={(event) => update({ time: event.target.value })} />
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
        options={URGENCIES.map((urgency) => ({ value: urgency, label: <UrgencyTag lang={lang} urgency={urgency} className={`${EDITOR_ID}__urgency`} />, hint: t.form.urgencies[urgency] }))}
        picked={[draft.urgency]}
        onToggle={(urgency) => update({ urgency })}
      />

      {/* Focusable so the error summary's link to the steps lands here. */}
      <div id={stepsId} className={`${EDITOR_ID}__steps`} tabIndex={-1} aria-describedby={describedBy(errorOf('expected.steps') && `${stepsId}-error`)}>
        <p className={`${EDITOR_ID}__steps-heading`}>
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
        <p className={`${EDITOR_ID}__hint`}>{t.form.stepsHint}</p>
        {errorOf('expected.steps') && <FieldError id={`${stepsId}-error`} word={t.errorWord} message={errorOf('expected.steps')!} />}
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

      <div className={`${EDITOR_ID}__actions`}>
        <button type="submit" className={`${EDITOR_ID}__primary`}>
          {t.form.save}
        </button>
      </div>
      <Status message={message} />
    </form>
  );
}
