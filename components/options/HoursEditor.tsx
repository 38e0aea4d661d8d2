/**
 * A channel's opening hours: around the clock, when another channel is closed, not known, or office
 * hours per weekday with a lunch closure, shorter hours the day before a public holiday and whether
 * public holidays are closed. All in Swedish local time, as responses/referral.ts reads them.
 */
import { WEEKDAYS, type Hours, type OfficeHours, type Span, type Weekday } from '../../responses/directory';
import type { UiLanguage } from '../../utils/ui-text';
import { officeHoursTemplate } from './directory-draft';
import { errorId, fieldId } from './directory-errors';
import { describedBy, FieldError, TextField } from './Field';
import { optionsText, type HoursKind } from './options-text';

const KINDS: readonly HoursKind[] = ['office', 'always', 'outside', 'unknown'];

export interface HoursEditorProps {
  lang: UiLanguage;
  /** The field path of the hours, e.g. `channels.0.hours`. */
  path: string;
  hours: Hours;
  /** The other channels, for "answers when this one is closed". */
  others: ReadonlyArray<{ id: string; name: string }>;
  errors: ReadonlyMap<string, string>;
  onChange(hours: Hours): void;
}

export function HoursEditor({ lang, path, hours, others, errors, onChange }: HoursEditorProps) {
  const t = optionsText(lang).hours;
  const kindPath = `${path}.kind`;
  const choose = (kind: HoursKind) => {
    if (kind === hours.kind) return;
    if (kind === 'office') onChange(officeHoursTemplate());
    else if (kind === 'outside') onChange({ kind, of: others[0]?.id ?? '' });
    else onChange({ kind });
  };
  const kindError = errors.get(kindPath);
  return (
    <div className="sv-hours">
      <fieldset id={fieldId(kindPath)} tabIndex={-1} aria-describedby={kindError ? errorId(kindPath) : undefined}>
        <legend>{t.kind}</legend>
        {KINDS.map((kind) => {
          const id = `${fieldId(kindPath)}-${kind}`;
          return (
            <div key={kind} className="sv-options__check">
              <input id={id} type="radio" name={fieldId(kindPath)} checked={hours.kind === kind} aria-describedby={`${id}-hint`} onChange={() => choose(kind)} />
              <label htmlFor={id}>{t.kinds[kind].name}</label>
              <p id={`${id}-hint`} className="sv-options__hint">
                {t.kinds[kind].hint}
              </p>
            </div>
          );
        })}
        {kindError && <FieldError id={errorId(kindPath)} lang={lang} message={kindError} />}
      </fieldset>
      {hours.kind === 'outside' && <OutsideOf lang={lang} path={`${path}.of`} of={hours.of} others={others} error={errors.get(`${path}.of`)} onChange={(of) => onChange({ kind: 'outside', of })} />}
      {hours.kind === 'office' && <OfficeHoursEditor lang={lang} path={path} hours={hours} errors={errors} onChange={onChange} />}
    </div>
  );
}

interface OutsideOfProps {
  lang: UiLanguage;
  path: string;
  of: string;
  others: HoursEditorProps['others'];
  error: string | undefined;
  onChange(of: string): void;
}

function OutsideOf({ lang, path, of, others, error, onChange }: OutsideOfProps) {
  const t = optionsText(lang).hours;
  const id = fieldId(path);
  return (
    <div className="sv-options__field">
      <label htmlFor={id}>{t.of}</label>
      <select id={id} value={of} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId(path) : undefined} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t.chooseChannel}</option>
        {/* A channel removed from the directory stays selectable, so the error beside it makes sense. */}
        {of !== '' && !others.some((o) => o.id === of) && <option value={of}>{of}</option>}
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.name}
          </option>
        ))}
      </select>
      {error && <FieldError id={errorId(path)} lang={lang} message={error} />}
    </div>
  );
}

interface OfficeHoursEditorProps {
  lang: UiLanguage;
  path: string;
  hours: OfficeHours;
  errors: ReadonlyMap<string, string>;
  onChange(hours: OfficeHours): void;
}

function OfficeHoursEditor({ lang, path, hours, errors, onChange }: OfficeHoursEditorProps) {
  const text = optionsText(lang);
  const t = text.hours;
  const setDay = (day: Weekday, span: Span | undefined) => {
    const week = { ...hours.week };
    if (span) week[day] = span;
    else delete week[day];
    onChange({ ...hours, week });
  };
  // A day opened again starts with the hours of the first open day, as most offices keep one rhythm.
  const firstOpen = WEEKDAYS.map((day) => hours.week[day]).find(Boolean) ?? { open: '08:00', close: '16:30' };
  const holidaysId = fieldId(`${path}.holidays`);
  return (
    <>
      <fieldset className="sv-hours__week">
        <legend>{t.weekLegend}</legend>
        {WEEKDAYS.map((day) => (
          <SpanEditor
            key={day}
            lang={lang}
            path={`${path}.week.${day}`}
            legend={text.weekdays[day]}
            toggle={t.open}
            labels={[t.opens, t.closes]}
            span={hours.week[day]}
            fallback={firstOpen}
            errors={errors}
            onChange={(span) => setDay(day, span)}
          />
        ))}
      </fieldset>
      <SpanEditor
        lang={lang}
        path={`${path}.lunch`}
        legend={t.lunchLegend}
        toggle={t.lunchToggle}
        labels={[t.lunchStarts, t.lunchEnds]}
        span={hours.lunch}
        fallback={{ open: '12:00', close: '13:00' }}
        errors={errors}
        onChange={(lunch) => onChange({ ...hours, lunch })}
      />
      <SpanEditor
        lang={lang}
        path={`${path}.dayBeforeHoliday`}
        legend={t.dayBeforeHolidayLegend}
        toggle={t.dayBeforeHolidayToggle}
        labels={[t.opens, t.closes]}
        span={hours.dayBeforeHoliday}
        fallback={{ open: firstOpen.open, close: '14:00' }}
        errors={errors}
        onChange={(dayBeforeHoliday) => onChange({ ...hours, dayBeforeHoliday })}
      />
      <div className="sv-options__field">
        <label htmlFor={holidaysId}>{t.holidays}</label>
        <select id={holidaysId} value={hours.holidays} onChange={(event) => onChange({ ...hours, holidays: event.target.value === 'open' ? 'open' : 'closed' })}>
          <option value="closed">{t.holidaysClosed}</option>
          <option value="open">{t.holidaysOpen}</option>
        </select>
      </div>
    </>
  );
}

interface SpanEditorProps {
  lang: UiLanguage;
  path: string;
  legend: string;
  /** The checkbox that turns the span on: "Öppet", "Stängt för lunch". */
  toggle: string;
  labels: [open: string, close: string];
  span: Span | undefined;
  fallback: Span;
  errors: ReadonlyMap<string, string>;
  onChange(span: Span | undefined): void;
}

/** One open–close span with the checkbox that turns it on; its own error (open after close) under it. */
function SpanEditor({ lang, path, legend, toggle, labels, span, fallback, errors, onChange }: SpanEditorProps) {
  const id = fieldId(path);
  const error = errors.get(path);
  return (
    <fieldset id={id} tabIndex={-1} className="sv-hours__span" aria-describedby={describedBy(error && errorId(path))}>
      <legend>{legend}</legend>
      <div className="sv-options__check">
        <input id={`${id}-on`} type="checkbox" checked={span !== undefined} onChange={(event) => onChange(event.target.checked ? { ...fallback } : undefined)} />
        <label htmlFor={`${id}-on`}>{toggle}</label>
      </div>
      {span && (
        <div className="sv-hours__times">
          <TextField
            id={fieldId(`${path}.open`)}
            lang={lang}
            type="time"
            label={labels[0]}
            value={span.open}
            error={errors.get(`${path}.open`)}
            groupErrorId={error ? errorId(path) : undefined}
            onChange={(open) => onChange({ ...span, open })}
          />
          <TextField
            id={fieldId(`${path}.close`)}
            lang={lang}
            type="time"
            label={labels[1]}
            value={span.close}
            error={errors.get(`${path}.close`)}
            groupErrorId={error ? errorId(path) : undefined}
            onChange={(close) => onChange({ ...span, close })}
          />
        </div>
      )}
      {error && <FieldError id={errorId(path)} lang={lang} message={error} />}
    </fieldset>
  );
}
