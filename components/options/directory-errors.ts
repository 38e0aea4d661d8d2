/**
 * The directory schema's problems as plain Swedish (or English) next to the field they concern.
 * zod's own messages are English technical text ("Too small: expected string to have >=1
 * characters") and the schema's custom ones are fragments ("tid som HH:MM"): a communicator reads
 * a whole sentence that says what to write instead. Keyed by the field's path, e.g.
 * `channels.0.phone`, which also gives the input its id.
 */
import type { z } from 'zod';
import { directorySchema, WEEKDAYS, type Directory } from '../../responses/directory';
import type { UiLanguage } from '../../utils/ui-text';
import { optionsText } from './options-text';

export interface DirectoryCheck {
  /** The validated directory (defaults filled in), or null while there are errors. */
  directory: Directory | null;
  /** One message per field path, the first problem found, in the order the schema reports them. */
  errors: ReadonlyMap<string, string>;
}

type Issue = z.core.$ZodIssue;

/** `['channels', 0, 'phone']` → `'channels.0.phone'`. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The id of the input (or group) for a field path: `sv-dir-channels-0-phone`. */
export function fieldId(path: string): string {
  return `sv-dir-${path.replace(/\./g, '-') || 'root'}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/**
 * Validates the draft with the directory schema and says what is wrong, field by field.
 *
 * @example checkDirectory(draft, 'sv').errors.get('channels.0.phone') // 'Skriv ett telefonnummer …'
 */
export function checkDirectory(input: unknown, lang: UiLanguage): DirectoryCheck {
  const result = directorySchema.safeParse(input);
  if (result.success) return { directory: result.data, errors: new Map() };
  const errors = new Map<string, string>();
  for (const issue of result.error.issues) {
    const key = pathKey(issue.path);
    if (!errors.has(key)) errors.set(key, issueMessage(issue, lang));
  }
  return { directory: null, errors };
}

type FieldKind = 'phone' | 'email' | 'url' | 'id' | 'time' | 'span' | 'of' | 'purposes' | 'channels' | 'hoursKind' | 'other';

const SPANS: ReadonlySet<string> = new Set([...WEEKDAYS, 'lunch', 'dayBeforeHoliday']);

function fieldKind(path: readonly PropertyKey[]): FieldKind {
  const last = String(path.at(-1) ?? '');
  if (path.length === 1 && last === 'channels') return 'channels';
  if (last === 'open' || last === 'close') return 'time';
  if (SPANS.has(last) && path.includes('hours')) return 'span';
  if (last === 'kind' && path.at(-2) === 'hours') return 'hoursKind';
  if (['phone', 'email', 'url', 'id', 'of', 'purposes'].includes(last)) return last as FieldKind;
  return 'other';
}

/** One problem as a whole sentence in the page's language. */
export function issueMessage(issue: Issue, lang: UiLanguage): string {
  const m = optionsText(lang).directoryErrors;
  const kind = fieldKind(issue.path);
  switch (issue.code) {
    case 'invalid_format':
      if (kind === 'phone' || kind === 'email' || kind === 'url' || kind === 'id' || kind === 'time') return m[kind];
      return m.format;
    case 'too_small':
      if (kind === 'purposes') return m.purposes;
      if (kind === 'channels') return m.channels;
      if (kind === 'of') return m.of;
      return issue.origin === 'string' ? m.empty : m.tooFew;
    case 'too_big':
      return m.tooLong;
    case 'custom':
      if (kind === 'span') return m.span;
      if (kind === 'id') return m.duplicateId;
      if (kind === 'of') return m.unknownChannel;
      // Any other custom message in the schema is Swedish already.
      return lang === 'sv' ? sentence(issue.message) : m.other;
    case 'invalid_value':
    case 'invalid_union':
      return kind === 'hoursKind' ? m.hoursKind : m.choose;
    case 'invalid_type':
      return m.missing;
    default:
      return m.other;
  }
}

function sentence(fragment: string): string {
  const text = fragment.trim();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

/**
 * Where a field is, for the error summary: "Socialjouren – Telefonnummer". Channels are named by
 * their Swedish name in the draft (or their number when the name is empty).
 */
export function fieldPlace(path: string, directory: Pick<Directory, 'channels'>, lang: UiLanguage): string {
  const t = optionsText(lang);
  const parts = path.split('.');
  if (parts[0] !== 'channels' || parts.length < 2) return t.directoryFields[path] ?? t.directory.heading;
  const index = Number(parts[1]);
  const channel = directory.channels[index];
  const channelName = channel?.name[lang].trim() || channel?.name.sv.trim() || t.directory.channelNumber(index + 1);
  const rest = parts.slice(2);
  const day = rest[2] && (WEEKDAYS as readonly string[]).includes(rest[2]) ? t.weekdays[rest[2] as (typeof WEEKDAYS)[number]] : undefined;
  const generic = rest.map((part) => (day && part === rest[2] ? 'day' : part)).join('.');
  const field = t.directoryFields[generic] ?? t.directoryFields[rest[0] ?? ''] ?? '';
  return [channelName, day, field].filter(Boolean).join(' – ');
}
