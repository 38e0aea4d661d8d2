/**
 * What a reply would say with the directory being edited: a sample comment is classified and the
 * composer suggests a reply at the chosen Stockholm date and hour, with a fixed seed and no history
 * so the same choice always shows the same reply. The channel and number the referral picked are
 * listed above the reply, so a wrong hour or number is easy to spot.
 */
import { useMemo, useState } from 'react';
import { classify } from '../../classifiers';
import { calendarCovers, dayInfo, stockholmInstant, stockholmTime } from '../../responses/calendar';
import { suggestReplies } from '../../responses/compose';
import { WEEKDAYS, type Directory } from '../../responses/directory';
import { referralFor, type ChannelChoice } from '../../responses/referral';
import { LABEL_TEXT } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { Note } from './Field';
import { optionsText } from './options-text';
import { SAMPLE_COMMENTS } from './sample-comments';

export interface ReplyPreviewProps {
  lang: UiLanguage;
  /** The draft directory when it is valid, otherwise the last valid version. */
  directory: Directory;
  draftInvalid: boolean;
  /** Where the date and hour start; now by default. */
  initialNow?: Date;
}

/** Any fixed number: the preview must not change its wording unless the directory or time changes. */
const PREVIEW_SEED = 20_260_101;
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

const pad = (n: number) => String(n).padStart(2, '0');

export function ReplyPreview({ lang, directory, draftInvalid, initialNow }: ReplyPreviewProps) {
  const text = optionsText(lang);
  const t = text.preview;
  const [start] = useState(() => stockholmTime(initialNow ?? new Date()));
  const [sampleId, setSampleId] = useState(SAMPLE_COMMENTS[0]!.id);
  const [dateKey, setDateKey] = useState(start.dateKey);
  const [hour, setHour] = useState(Math.floor(start.minutes / 60));
  const sample = SAMPLE_COMMENTS.find((s) => s.id === sampleId) ?? SAMPLE_COMMENTS[0]!;

  const assessment = useMemo(() => classify(sample.text), [sample]);
  const moment = useMemo(() => {
    try {
      return stockholmInstant(dateKey, hour * 60);
    } catch {
      return null;
    }
  }, [dateKey, hour]);
  const result = useMemo(() => {
    if (!moment) return null;
    return {
      referral: referralFor(assessment, directory, moment, sample.text),
      reply: suggestReplies(assessment, sample.text, { directory, now: moment, history: [], seed: PREVIEW_SEED, count: 2 })[0],
    };
  }, [assessment, directory, moment, sample]);

  const describe = (choice: ChannelChoice) => {
    const state = choice.reopens ? t.reopens(choice.reopens) : t.state[choice.state];
    return `${choice.channel.name[lang]}: ${choice.phone ?? t.noPhone} (${state})`;
  };

  return (
    <div className="sv-preview">
      <p>{t.intro}</p>
      {draftInvalid && <Note lang={lang}>{t.invalidDraft}</Note>}
      <div className="sv-preview__controls">
        <div className="sv-options__field">
          <label htmlFor="sv-preview-sample">{t.sample}</label>
          <select id="sv-preview-sample" value={sampleId} onChange={(event) => setSampleId(event.target.value)}>
            {SAMPLE_COMMENTS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="sv-options__field">
          <label htmlFor="sv-preview-date">{t.date}</label>
          <input id="sv-preview-date" type="date" value={dateKey} aria-describedby="sv-preview-day" onChange={(event) => setDateKey(event.target.value)} />
        </div>
        <div className="sv-options__field">
          <label htmlFor="sv-preview-hour">{t.hour}</label>
          <select id="sv-preview-hour" value={hour} onChange={(event) => setHour(Number(event.target.value))}>
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {pad(h)}:00
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="sv-preview-day" className="sv-options__hint">
        {moment ? <DayKind lang={lang} dateKey={dateKey} /> : t.badDate}
      </p>

      <h3>{t.comment}</h3>
      <blockquote className="sv-preview__comment" lang={assessment.lang === 'en' ? 'en' : 'sv'}>
        {sample.text}
      </blockquote>
      <p>{t.seen(assessment.labels.map((label) => LABEL_TEXT[lang][label]).join(', '))}</p>

      {result && (
        <>
          <h3>{t.referral}</h3>
          {result.referral.acute && <p>{t.acute}</p>}
          {/* Read out when the channel or number changes with the hour or the directory. */}
          <ul className="sv-preview__channels" aria-live="polite">
            {result.referral.channels.map((choice) => (
              <li key={choice.channel.id}>{describe(choice)}</li>
            ))}
          </ul>
          {result.referral.internal.length > 0 && (
            <>
              <h3>{t.internal}</h3>
              <ul>
                {result.referral.internal.map((choice) => (
                  <li key={choice.channel.id}>{describe(choice)}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{t.reply}</h3>
          {result.reply ? (
            <blockquote className="sv-preview__reply" lang={result.reply.lang}>
              {result.reply.text}
            </blockquote>
          ) : (
            <p>{t.noReply}</p>
          )}
        </>
      )}
    </div>
  );
}

function DayKind({ lang, dateKey }: { lang: UiLanguage; dateKey: string }) {
  const t = optionsText(lang);
  const day = dayInfo(dateKey);
  const weekday = t.weekdays[WEEKDAYS[stockholmTime(stockholmInstant(dateKey, 12 * 60)).weekday - 1]!];
  const name = day.name?.[lang] ?? '';
  const kind =
    day.kind === 'holiday' ? t.preview.day.holiday(name) : day.kind === 'dayBeforeHoliday' ? t.preview.day.dayBeforeHoliday(name) : t.preview.day[day.kind];
  return (
    <>
      {weekday}, {kind}.{!calendarCovers(dateKey) && ` ${t.preview.uncovered}`}
    </>
  );
}
