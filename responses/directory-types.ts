/**
 * The shape of a municipality's channel directory, as plain types: the referral logic, the
 * composer and the content scripts use these without pulling in the validator (zod is 40+ KB in a
 * content script). `directory.ts` validates input against the same shape, and a compile-time check
 * there keeps the two identical.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const PURPOSES = [
  /** A person's own matter with the municipality in general. */
  'individual_matters',
  /** Reports of concern (orosanmälan) about a child. */
  'child_concern',
  /** Reports of concern about an adult (elderly, addiction). */
  'adult_concern',
  /** Social services' emergency service after office hours. */
  'social_emergency',
  /** Danger to life or health, a crime in progress. */
  'emergency',
  /** Crimes that are not going on now. */
  'police',
  /** Complaints about a service. */
  'complaints',
  'health_advice',
  /** Someone to talk to in despair or with thoughts of suicide. */
  'crisis_support',
  /** Children and young people who need an adult to talk to. */
  'child_support',
  /** Violence in close relationships. */
  'violence_support',
  /** The manager responsible for a service area: internal, never in a reply. */
  'manager',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export interface Span {
  open: string;
  close: string;
}

export interface OfficeHours {
  kind: 'office';
  week: Partial<Record<Weekday, Span>>;
  /** Closed over lunch, every open day. */
  lunch?: Span | undefined;
  /** Shorter hours on a weekday before a public holiday ("dag före röd dag"). */
  dayBeforeHoliday?: Span | undefined;
  /** Public holidays and the eves offices close (midsommar-, jul-, nyårsafton). */
  holidays: 'closed' | 'open';
}

/** Opening hours in Swedish local time. */
export type Hours =
  | { kind: 'always' }
  /** Answers exactly when the channel named by `of` is closed (socialjouren outside office hours). */
  | { kind: 'outside'; of: string }
  /** Nobody has told us: the channel is never said to be open or closed. */
  | { kind: 'unknown' }
  | OfficeHours;

export interface Bilingual {
  sv: string;
  en: string;
}

export interface Channel {
  id: string;
  name: Bilingual;
  /** The name as it reads inside a sentence ("socialtjänstens mottagningsgrupp"). */
  inSentence?: Bilingual | undefined;
  /** null: not known yet. Replies never invent one. */
  phone: string | null;
  /** The number is not the channel's own: socialjouren is reached through 112. */
  via?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
  hours: Hours;
  purposes: Purpose[];
  /** Internal channels (managers) are for the moderator's follow-up, never for a reply. */
  internal: boolean;
  /** For a manager: the service area they answer for. */
  serviceArea?: string | undefined;
  /** Where the number and hours come from, for the person who checks them. */
  source?: string | undefined;
}

export interface Directory {
  municipality: Bilingual;
  channels: Channel[];
}
