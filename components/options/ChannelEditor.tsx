/**
 * One channel of the directory: its names, how to reach it, when it answers, what it is for, and
 * for a manager the service area they answer for. Controlled: every change goes up as a whole new
 * channel, and the directory editor validates the draft and hands the errors back down by path.
 */
import { PURPOSES, type Channel, type Purpose } from '../../responses/directory';
import type { ServiceArea } from '../../responses/comment-context';
import type { UiLanguage } from '../../utils/ui-text';
import { errorId, fieldId } from './directory-errors';
import { Checkbox, FieldError, Note, TextField } from './Field';
import { HoursEditor } from './HoursEditor';
import { optionsText } from './options-text';

/** The areas responses/comment-context.ts recognises in a criticism, offered as suggestions. */
const SERVICE_AREAS: readonly ServiceArea[] = ['skola', 'omsorg', 'socialtjänst'];

export interface ChannelEditorProps {
  lang: UiLanguage;
  index: number;
  channel: Channel;
  /** The directory's other channels, for "answers when this one is closed". */
  others: ReadonlyArray<{ id: string; name: string }>;
  errors: ReadonlyMap<string, string>;
  onChange(channel: Channel): void;
}

/** An optional text: an empty field means "not given", never an empty string in the directory. */
const optional = (value: string) => (value.trim() === '' ? undefined : value);

export function ChannelEditor({ lang, index, channel, others, errors, onChange }: ChannelEditorProps) {
  const t = optionsText(lang).channel;
  const path = (rest: string) => `channels.${index}.${rest}`;
  const field = (rest: string) => ({ id: fieldId(path(rest)), lang, error: errors.get(path(rest)) });
  const set = (patch: Partial<Channel>) => onChange({ ...channel, ...patch });
  const setInSentence = (language: 'sv' | 'en', value: string) => {
    const next = { sv: channel.inSentence?.sv ?? '', en: channel.inSentence?.en ?? '', [language]: value };
    set({ inSentence: next.sv === '' && next.en === '' ? undefined : next });
  };
  const togglePurpose = (purpose: Purpose, on: boolean) =>
    set({ purposes: PURPOSES.filter((p) => (p === purpose ? on : channel.purposes.includes(p))) });
  const isManager = channel.purposes.includes('manager');
  const purposesPath = path('purposes');
  const purposesError = errors.get(purposesPath);
  const areaList = `${fieldId(path('serviceArea'))}-list`;

  return (
    <div className="sv-channel">
      <div className="sv-options__pair">
        <TextField {...field('name.sv')} label={t.nameSv} value={channel.name.sv} onChange={(sv) => set({ name: { ...channel.name, sv } })} />
        <TextField {...field('name.en')} label={t.nameEn} value={channel.name.en} onChange={(en) => set({ name: { ...channel.name, en } })} />
      </div>
      <div className="sv-options__pair">
        <TextField {...field('inSentence.sv')} label={t.inSentenceSv} hint={t.inSentenceHint} value={channel.inSentence?.sv ?? ''} onChange={(v) => setInSentence('sv', v)} />
        <TextField {...field('inSentence.en')} label={t.inSentenceEn} value={channel.inSentence?.en ?? ''} onChange={(v) => setInSentence('en', v)} />
      </div>

      <Checkbox id={`${fieldId(path('phone'))}-unknown`} label={t.phoneUnknown} hint={t.phoneUnknownHint} checked={channel.phone === null} onChange={(unknown) => set({ phone: unknown ? null : '' })} />
      {channel.phone !== null && (
        <TextField {...field('phone')} type="tel" label={t.phone} hint={t.phoneHint} value={channel.phone} onChange={(phone) => set({ phone })} />
      )}
      <TextField {...field('via')} label={t.via} hint={t.viaHint} value={channel.via ?? ''} onChange={(via) => set({ via: optional(via) })} />
      <div className="sv-options__pair">
        <TextField {...field('email')} type="email" label={t.email} value={channel.email ?? ''} onChange={(email) => set({ email: optional(email) })} />
        <TextField {...field('url')} type="url" label={t.url} hint={t.urlHint} value={channel.url ?? ''} onChange={(url) => set({ url: optional(url) })} />
      </div>

      <HoursEditor lang={lang} path={path('hours')} hours={channel.hours} others={others} errors={errors} onChange={(hours) => set({ hours })} />

      <fieldset id={fieldId(purposesPath)} tabIndex={-1} className="sv-channel__purposes" aria-describedby={purposesError ? errorId(purposesPath) : undefined}>
        <legend>{t.purposesLegend}</legend>
        {PURPOSES.map((purpose) => {
          const id = `${fieldId(purposesPath)}-${purpose}`;
          const text = optionsText(lang).purposes[purpose];
          return (
            <div key={purpose} className="sv-options__check">
              <input id={id} type="checkbox" checked={channel.purposes.includes(purpose)} aria-describedby={`${id}-hint`} onChange={(event) => togglePurpose(purpose, event.target.checked)} />
              <label htmlFor={id}>{text.name}</label>
              <p id={`${id}-hint`} className="sv-options__hint">
                {text.hint}
              </p>
            </div>
          );
        })}
        {purposesError && <FieldError id={errorId(purposesPath)} lang={lang} message={purposesError} />}
      </fieldset>

      <Checkbox id={fieldId(path('internal'))} label={t.internal} hint={t.internalHint} checked={channel.internal} onChange={(internal) => set({ internal })} />
      {isManager && !channel.internal && <Note lang={lang}>{t.managerNotInternal}</Note>}
      {(isManager || channel.internal || channel.serviceArea) && (
        <>
          <TextField {...field('serviceArea')} label={t.serviceArea} hint={t.serviceAreaHint} list={areaList} value={channel.serviceArea ?? ''} onChange={(area) => set({ serviceArea: optional(area) })} />
          <datalist id={areaList}>
            {SERVICE_AREAS.map((area) => (
              <option key={area} value={area} />
            ))}
          </datalist>
        </>
      )}
      <TextField {...field('id')} label={t.id} hint={t.idHint} spellCheck={false} value={channel.id} onChange={(id) => set({ id })} />
      <TextField {...field('source')} label={t.source} hint={t.sourceHint} multiline value={channel.source ?? ''} onChange={(source) => set({ source: optional(source) })} />
    </div>
  );
}
