/**
 * A municipality's channel directory: who to refer a person to, with which number, and when they
 * answer. Validated with zod because it comes from the options page or a JSON file a person wrote.
 *
 * The built-in default is Varberg municipality with exactly the numbers the seeds give (the
 * guideline 002 and the report-of-concern page 004) plus national lines. A number nobody gave us is
 * `null`, never guessed: replies then promise to come back with a contact, as the guideline says.
 */
import { z } from 'zod';
import swedishMessages from 'zod/v4/locales/sv.js';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().regex(TIME, 'tid som HH:MM, till exempel 08:30');

const span = z
  .object({ open: time, close: time })
  // Only compare well-formed times: '8:00' < '16:00' fails as strings and would add a false second problem.
  .refine((s) => !TIME.test(s.open) || !TIME.test(s.close) || s.open < s.close, { message: 'öppningstiden måste vara före stängningstiden' });

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Opening hours in Swedish local time. A missing weekday is a closed day. */
const officeHours = z.object({
  kind: z.literal('office'),
  week: z.partialRecord(z.enum(WEEKDAYS), span),
  /** Closed over lunch, every open day. */
  lunch: span.optional(),
  /** Shorter hours on a weekday before a public holiday ("dag före röd dag"). */
  dayBeforeHoliday: span.optional(),
  /** Public holidays and the eves offices close (midsommar-, jul-, nyårsafton). */
  holidays: z.enum(['closed', 'open']).default('closed'),
});

const hours = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  /** Answers exactly when the channel named by `of` is closed (socialjouren outside office hours). */
  z.object({ kind: z.literal('outside'), of: z.string().min(1) }),
  /** Nobody has told us: the channel is never said to be open or closed. */
  z.object({ kind: z.literal('unknown') }),
  officeHours,
]);

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

const phone = z
  .string()
  // The lookahead wants three digits somewhere: '---' is not a number.
  .regex(/^(?=(?:\D*\d){3})\+?[\d -]{3,20}$/, 'telefonnummer med minst tre siffror, gärna med mellanslag och bindestreck')
  .nullable();

export const channelSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id med små bokstäver, siffror och bindestreck'),
  name: z.object({ sv: z.string().min(1), en: z.string().min(1) }),
  /** The name as it reads inside a sentence ("socialtjänstens mottagningsgrupp"). */
  inSentence: z.object({ sv: z.string().min(1), en: z.string().min(1) }).optional(),
  /** null: not known yet. Replies never invent one. */
  phone,
  /** The number is not the channel's own: socialjouren is reached through 112. */
  via: z.string().optional(),
  email: z.email().optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  hours,
  purposes: z.array(z.enum(PURPOSES)).min(1),
  /** Internal channels (managers) are for the moderator's follow-up, never for a reply. */
  internal: z.boolean().default(false),
  /** For a manager: the service area they answer for. */
  serviceArea: z.string().optional(),
  /** Where the number and hours come from, for the person who checks them. */
  source: z.string().optional(),
});

export const directorySchema = z
  .object({
    municipality: z.object({ sv: z.string().min(1), en: z.string().min(1) }),
    channels: z.array(channelSchema).min(1),
  })
  .superRefine((directory, ctx) => {
    const ids = new Set<string>();
    for (const [at, channel] of directory.channels.entries()) {
      if (ids.has(channel.id)) ctx.addIssue({ code: 'custom', path: ['channels', at, 'id'], message: `id ${channel.id} finns två gånger` });
      ids.add(channel.id);
    }
    for (const [at, channel] of directory.channels.entries()) {
      if (channel.hours.kind === 'outside' && !ids.has(channel.hours.of)) {
        ctx.addIssue({ code: 'custom', path: ['channels', at, 'hours', 'of'], message: `okänd kanal ${channel.hours.of}` });
      }
    }
  });

export type Channel = z.infer<typeof channelSchema>;
export type Directory = z.infer<typeof directorySchema>;
export type Hours = Channel['hours'];
export type Weekday = (typeof WEEKDAYS)[number];
export { WEEKDAYS };

export class DirectoryError extends Error {
  constructor(readonly problems: string[]) {
    super(`Kanalkatalogen är ogiltig:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'DirectoryError';
  }
}

const SWEDISH = swedishMessages();

/** Validates a directory from JSON or the options page; throws DirectoryError listing every problem. */
export function parseDirectory(input: unknown): Directory {
  // Swedish messages for zod's own checks too (missing field, wrong type): a communicator reads them.
  const result = directorySchema.safeParse(input, { error: SWEDISH.localeError });
  if (result.success) return result.data;
  throw new DirectoryError(result.error.issues.map((issue) => `${issue.path.join('.') || '(katalogen)'}: ${issue.message}`));
}

const VARBERG_OFFICE_HOURS = {
  kind: 'office',
  week: {
    mon: { open: '08:00', close: '16:30' },
    tue: { open: '08:00', close: '16:30' },
    wed: { open: '08:00', close: '16:30' },
    thu: { open: '08:00', close: '16:30' },
    fri: { open: '08:00', close: '15:00' },
  },
  lunch: { open: '12:00', close: '13:00' },
  dayBeforeHoliday: { open: '08:00', close: '14:00' },
  holidays: 'closed',
} as const;

const HOURS_NOTE = 'Kontorstiden är ett antagande (seed 004 visar lunchstängt och kortare dag före röd dag); kommunen bekräftar den i inställningarna.';

/** Varberg municipality: numbers exactly as the seeds give them, national lines, unknowns as null. */
export const VARBERG_DIRECTORY: Directory = parseDirectory({
  municipality: { sv: 'Varbergs kommun', en: 'Varberg municipality' },
  channels: [
    {
      id: 'mottagningsgruppen',
      name: { sv: 'Barn- och familjeenhetens mottagningsgrupp', en: "Social services' reception team for children and families" },
      inSentence: { sv: 'socialtjänstens mottagningsgrupp för barn och familj', en: "social services' reception team for children and families" },
      phone: '0340-88500',
      hours: VARBERG_OFFICE_HOURS,
      purposes: ['child_concern', 'adult_concern'],
      source: `Riktlinje 002: "mottagningsgrupp på telefon 0340-88500 under kontorstid". ${HOURS_NOTE}`,
    },
    {
      id: 'socialjouren',
      name: { sv: 'Socialjouren', en: 'The out-of-hours social emergency service' },
      inSentence: { sv: 'socialjouren', en: 'the out-of-hours social emergency service' },
      phone: '112',
      via: '112',
      hours: { kind: 'outside', of: 'mottagningsgruppen' },
      purposes: ['social_emergency', 'child_concern'],
      source: 'Riktlinje 002: "Vid akuta ärenden utanför kontorstid kan kontakt tas med socialjouren via samhällets larmnummer 112."',
    },
    {
      id: 'kundservice',
      name: { sv: 'Varbergs kommuns kundservice', en: "Varberg municipality's customer service" },
      inSentence: { sv: 'kommunens kundservice', en: "the municipality's customer service" },
      phone: null,
      hours: VARBERG_OFFICE_HOURS,
      purposes: ['individual_matters'],
      source: 'Riktlinje 002 nämner telefonväxel och kundservice utan nummer: fyll i numret i inställningarna.',
    },
    {
      id: 'synpunkter',
      name: { sv: 'Synpunkter och klagomål', en: 'Comments and complaints' },
      inSentence: { sv: 'kommunens funktion för synpunkter och klagomål', en: "the municipality's comments and complaints service" },
      phone: null,
      hours: { kind: 'unknown' },
      purposes: ['complaints'],
      source: 'Seed 001 nämner klagomål; kontaktvägen saknas: fyll i den i inställningarna.',
    },
    {
      id: 'larm-112',
      name: { sv: '112', en: '112' },
      inSentence: { sv: 'larmnumret 112', en: 'the emergency number 112' },
      phone: '112',
      hours: { kind: 'always' },
      purposes: ['emergency'],
      source: 'Riktlinje 002 och seed 004.',
    },
    {
      id: 'polisen',
      name: { sv: 'Polisen', en: 'The police' },
      inSentence: { sv: 'polisen', en: 'the police' },
      phone: '114 14',
      hours: { kind: 'always' },
      purposes: ['police'],
      source: 'Riktlinje 002: "annars telefonnummer 114 14".',
    },
    {
      id: 'vardguiden-1177',
      name: { sv: '1177 Vårdguiden', en: '1177, the healthcare advice line' },
      inSentence: { sv: '1177 Vårdguiden', en: 'the healthcare advice line 1177' },
      phone: '1177',
      hours: { kind: 'always' },
      purposes: ['health_advice'],
      source: 'Nationellt nummer.',
    },
    {
      id: 'bris',
      name: { sv: 'BRIS', en: 'BRIS' },
      inSentence: { sv: 'BRIS', en: 'BRIS, the children’s helpline' },
      phone: '116 111',
      hours: { kind: 'unknown' },
      purposes: ['child_support'],
      source: 'Nationellt nummer; öppettiderna anges inte här.',
    },
    {
      id: 'sjalvmordslinjen',
      name: { sv: 'Självmordslinjen', en: 'The Swedish suicide helpline (Självmordslinjen)' },
      inSentence: { sv: 'Självmordslinjen', en: 'the suicide helpline Självmordslinjen' },
      phone: '90101',
      hours: { kind: 'unknown' },
      purposes: ['crisis_support'],
      source: 'Nationellt nummer; öppettiderna anges inte här.',
    },
    {
      id: 'kvinnofridslinjen',
      name: { sv: 'Kvinnofridslinjen', en: 'Kvinnofridslinjen, the national helpline for violence in close relationships' },
      inSentence: { sv: 'Kvinnofridslinjen', en: 'the helpline Kvinnofridslinjen' },
      phone: '020-50 50 50',
      hours: { kind: 'unknown' },
      purposes: ['violence_support'],
      source: 'Nationellt nummer; öppettiderna anges inte här.',
    },
    {
      id: 'chef-socialtjansten',
      name: { sv: 'Ansvarig chef, socialtjänsten', en: 'Manager responsible, social services' },
      phone: null,
      hours: { kind: 'unknown' },
      purposes: ['manager'],
      internal: true,
      serviceArea: 'socialtjänst',
      source: 'Riktlinje 002: allvarlig kritik framförs till chefen för ansvarsområdet. Fyll i kontakten i inställningarna.',
    },
    {
      id: 'chef-omsorg',
      name: { sv: 'Ansvarig chef, vård och omsorg', en: 'Manager responsible, health and social care' },
      phone: null,
      hours: { kind: 'unknown' },
      purposes: ['manager'],
      internal: true,
      serviceArea: 'omsorg',
      source: 'Riktlinje 002. Fyll i kontakten i inställningarna.',
    },
    {
      id: 'chef-skola',
      name: { sv: 'Ansvarig chef, förskola och skola', en: 'Manager responsible, preschool and school' },
      phone: null,
      hours: { kind: 'unknown' },
      purposes: ['manager'],
      internal: true,
      serviceArea: 'skola',
      source: 'Riktlinje 002. Fyll i kontakten i inställningarna.',
    },
  ],
});
