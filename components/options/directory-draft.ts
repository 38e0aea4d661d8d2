/**
 * The directory as the options page edits it: a draft that may be invalid while the communicator
 * types, each channel with a stable key so React keeps its open/closed state when channels are
 * added or removed. Only a draft that passes the directory schema is ever saved.
 */
import { directorySchema, PURPOSES, VARBERG_DIRECTORY, WEEKDAYS } from '../../responses/directory';
import type { Bilingual, Channel, Directory, Hours, OfficeHours, Purpose } from '../../responses/directory';

export interface DraftChannel {
  key: number;
  channel: Channel;
}

export interface DraftDirectory {
  municipality: Bilingual;
  channels: DraftChannel[];
}

let lastKey = 0;
const keyed = (channel: Channel): DraftChannel => ({ key: ++lastKey, channel });

/** A deep copy to edit: the built-in directory shares one opening-hours object between channels. */
export function draftOf(directory: Directory): DraftDirectory {
  const copy = JSON.parse(JSON.stringify(directory)) as Directory;
  return { municipality: copy.municipality, channels: copy.channels.map(keyed) };
}

/** The draft as the validator and the composer read it. */
export function directoryOf(draft: DraftDirectory): Directory {
  return { municipality: draft.municipality, channels: draft.channels.map((c) => c.channel) };
}

/**
 * The draft after a save: the validated directory (defaults filled in) under the same keys, so the
 * channels that were open stay open.
 */
export function withDirectory(draft: DraftDirectory, directory: Directory): DraftDirectory {
  return { municipality: directory.municipality, channels: directory.channels.map((channel, i) => ({ key: draft.channels[i]?.key ?? ++lastKey, channel })) };
}

/** The directory the extension uses: the saved one when it is valid, otherwise the built-in one. */
export function effectiveDirectory(override: unknown): Directory {
  if (override === undefined || override === null) return VARBERG_DIRECTORY;
  const result = directorySchema.safeParse(override);
  return result.success ? result.data : VARBERG_DIRECTORY;
}

/** What the reply preview shows: the directory in use, and whether the saved one has errors. */
export function previewOf(override: unknown): { directory: Directory; draftInvalid: boolean } {
  const invalid = override !== undefined && override !== null && !directorySchema.safeParse(override).success;
  return { directory: effectiveDirectory(override), draftInvalid: invalid };
}

/** The saved directory as the validator returns it, as text: equal texts are equal directories. */
export function canonicalDirectory(value: unknown): string {
  const result = directorySchema.safeParse(value);
  return JSON.stringify(result.success ? result.data : (value ?? null));
}

/**
 * The saved directory as a draft, or null when the built-in one is used. A saved directory that no
 * longer passes the validator is still shown, with what can be read of it, so its errors can be fixed.
 */
export function draftFromOverride(override: unknown): DraftDirectory | null {
  if (override === undefined || override === null) return null;
  const result = directorySchema.safeParse(override);
  if (result.success) return draftOf(result.data);
  const raw = record(override);
  const channels = Array.isArray(raw.channels) ? raw.channels.map(looseChannel) : [];
  return { municipality: bilingual(raw.municipality), channels: channels.map(keyed) };
}

/** Office hours to start from: Monday to Friday, closed on public holidays. */
export function officeHoursTemplate(): OfficeHours {
  const day = () => ({ open: '08:00', close: '16:30' });
  return { kind: 'office', week: { mon: day(), tue: day(), wed: day(), thu: day(), fri: { open: '08:00', close: '15:00' } }, holidays: 'closed' };
}

/** An id no other channel has: `kanal`, `kanal-2`, `kanal-3` … */
export function uniqueId(base: string, draft: DraftDirectory): string {
  const taken = new Set(draft.channels.map((c) => c.channel.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A new public channel, valid from the start so the page shows no errors before anyone types. */
export function newChannel(draft: DraftDirectory, name: Bilingual): DraftChannel {
  return keyed({ id: uniqueId('kanal', draft), name, phone: null, hours: { kind: 'unknown' }, purposes: ['individual_matters'], internal: false });
}

/**
 * A manager for a service area: internal (never named in a reply) and found by the area a
 * criticism is about (responses/comment-context.ts).
 */
export function newManager(draft: DraftDirectory, name: Bilingual): DraftChannel {
  return keyed({ id: uniqueId('chef', draft), name, phone: null, hours: { kind: 'unknown' }, purposes: ['manager'], internal: true });
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const optionalText = (value: unknown) => (typeof value === 'string' ? value : undefined);

function bilingual(value: unknown): Bilingual {
  const raw = record(value);
  return { sv: text(raw.sv), en: text(raw.en) };
}

/** Whatever can be read of a stored channel, in the shape the editor renders; the validator says the rest. */
function looseChannel(value: unknown): Channel {
  const raw = record(value);
  const hours = record(raw.hours);
  const kind = hours.kind;
  let looseHours: Hours = { kind: 'unknown' };
  if (kind === 'always') looseHours = { kind };
  else if (kind === 'outside') looseHours = { kind, of: text(hours.of) };
  else if (kind === 'office') {
    const week = record(hours.week);
    const span = (v: unknown) => (typeof v === 'object' && v !== null ? { open: text(record(v).open), close: text(record(v).close) } : undefined);
    looseHours = {
      kind,
      week: Object.fromEntries(WEEKDAYS.flatMap((day) => (span(week[day]) ? [[day, span(week[day])]] : []))),
      lunch: span(hours.lunch),
      dayBeforeHoliday: span(hours.dayBeforeHoliday),
      holidays: hours.holidays === 'open' ? 'open' : 'closed',
    };
  }
  const inSentence = raw.inSentence === undefined ? undefined : bilingual(raw.inSentence);
  return {
    id: text(raw.id),
    name: bilingual(raw.name),
    ...(inSentence ? { inSentence } : {}),
    phone: raw.phone === null ? null : text(raw.phone),
    via: optionalText(raw.via),
    email: optionalText(raw.email),
    url: optionalText(raw.url),
    hours: looseHours,
    purposes: Array.isArray(raw.purposes) ? raw.purposes.filter((p): p is Purpose => PURPOSES.includes(p as Purpose)) : [],
    internal: raw.internal === true,
    serviceArea: optionalText(raw.serviceArea),
    source: optionalText(raw.source),
  };
}
