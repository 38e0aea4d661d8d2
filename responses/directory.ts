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
import { PURPOSES, WEEKDAYS, type Channel, type Directory } from './directory-types';

export * from './directory-types';
export { VARBERG_DIRECTORY } from './varberg-directory';

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().regex(TIME, 'tid som HH:MM, till exempel 08:30');

const span = z
  .object({ open: time, close: time })
  // Only compare well-formed times: '8:00' < '16:00' fails as strings and would add a false second problem.
  .refine((s) => !TIME.test(s.open) || !TIME.test(s.close) || s.open < s.close, { message: 'öppningstiden måste vara före stängningstiden' });


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

// The validator and the plain types must describe the same thing: this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.infer<typeof directorySchema>, Directory> & Same<z.infer<typeof channelSchema>, Channel> = true;
void schemaMatchesTypes;

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

