/**
 * The first sentence of a reply, joined from parts (opening-phrases.ts): a lead and a feeling, or
 * for danger now a condition and 112. The first sentence is what makes replies read alike, so it is
 * the part that needs the most variation.
 */
import type { AcuteParts, OpeningParts } from './opening-phrases';
import type { Situation } from './phrase-types';
import { pickFrom, type Random } from './random';

/** "Tack för att du skriver – det låter väldigt tungt just nu." */
export function composeOpening(parts: OpeningParts, situation: Situation, random: Random): string {
  const lead = pickFrom(parts.leads, random);
  const greet = random() < 0.3;
  const greeted = greet ? `${parts.greeting}, ${lowerFirst(lead)}` : lead;
  // After "Hej, …" a second comma would run the sentence on; the dash keeps it readable.
  const joiner = greet || random() < 0.5 ? ' – ' : ', ';
  return `${greeted}${joiner}${pickFrom(parts.feelings[situation], random)}.`;
}

/** "Om någon är i fara just nu: ring 112 direkt." or "Ring 112 direkt om någon är i fara just nu." */
export function composeAcute(parts: AcuteParts, random: Random): string {
  const condition = pickFrom(parts.conditions, random);
  const action = pickFrom(parts.actions, random);
  const form = random();
  if (form < 0.4) return `${condition}, ${action}.`;
  if (form < 0.7) return `${condition}: ${action}.`;
  return `${upperFirst(action)} ${lowerFirst(condition)}.`;
}

/** Lower-cases the first letter, except the English pronoun "I" ("I'm glad you wrote"). */
export function lowerFirst(text: string): string {
  if (/^I(?:\s|')/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
