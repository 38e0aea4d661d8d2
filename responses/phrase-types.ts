/**
 * The shape of the reply phrase bank (phrases.ts). Replies are composed from these parts; each
 * part has many phrasings so that no two replies read alike (the guideline: avoid standard
 * replies, never repeat the exact same reply).
 *
 * Placeholders, filled in by the composer (compose.ts):
 * - `{channel}`  the channel's name in running text, e.g. "socialtjänstens mottagningsgrupp";
 * - `{phone}`    its phone number, e.g. "0340-88500";
 * - `{contact}`  a finished "how to reach" phrase: "på 0340-88500" / "via e-tjänsten på …";
 * - `{time}`     when a closed channel answers again today, e.g. "13.00".
 * A phrase uses only the placeholders its list documents.
 */
export type Situation =
  /** Despair, can't go on, thoughts of suicide. */
  | 'crisis'
  /** Worry for a child: the writer's own or someone else's. */
  | 'childWorry'
  /** Anger or disappointment at a service or its staff (serious criticism). */
  | 'anger'
  /** Fear, shock or hurt after a crime (or a crime going on). */
  | 'crime'
  /** The writer's own matter with the municipality (an application, a decision, a case worker). */
  | 'ownMatter'
  /** Worry for another adult: an elderly parent, a neighbour, a relative. */
  | 'adultWorry';

export interface PhraseBank {
  /**
   * Opening that sees the person and the feeling, warm, without agreeing or disagreeing with any
   * claim and without repeating any detail of the comment. No placeholders. At least 14 per situation.
   */
  acknowledge: Record<Situation, readonly string[]>;
  /**
   * Plain-words explanation that secrecy means the municipality cannot talk about personal matters
   * here in the comments, nor in private/direct messages. No placeholders. At least 14.
   */
  secrecy: readonly string[];
  /**
   * Invitation to continue by phone or e-mail instead (never via DM). No placeholders. At least 10.
   */
  invite: readonly string[];
  /**
   * The referral: who to contact and how. Placeholders {channel} and {contact}. At least 14.
   * Example: "Ring {channel} {contact}, så hjälper de dig vidare."
   */
  referral: readonly string[];
  /**
   * When the channel's number is not known to us: we will come back with a contact. Placeholder
   * {channel}. At least 6. Example: "Vi återkommer så snart vi kan med ett direktnummer till {channel}."
   */
  referralUnknown: readonly string[];
  /**
   * The channel is closed for a short while (lunch, just before opening) and answers again at
   * {time}: call then, and 112 if it is acute. Placeholders {channel}, {contact} and {time}; each
   * phrase names 112. At least 8.
   */
  referralReopens: readonly string[];
  /**
   * Danger now: 112 first, short and clear. No placeholders (the number 112 is written out). At least 10.
   */
  acute: readonly string[];
  /**
   * After office hours, for a child at risk or a social emergency: the social emergency service
   * (socialjouren) is reached through 112. No placeholders. At least 8.
   */
  afterHoursSocial: readonly string[];
  /**
   * A crime that is not going on now: report it to the police on 114 14. No placeholders. At least 8.
   */
  policeNonUrgent: readonly string[];
  /**
   * Someone in despair: a line to talk to now. Placeholders {channel} and {phone} (e.g.
   * Självmordslinjen, 90101). At least 8.
   */
  crisisLine: readonly string[];
  /**
   * For worry about a child: anyone can report their concern to social services, and may do so
   * anonymously by phone. No placeholders. At least 8.
   */
  concernReport: readonly string[];
  /** A short warm closing line. No placeholders. At least 12. */
  closing: readonly string[];
}
