/** Every concept lexicon, compiled once at load into one regex each. */
import { compileLexicon } from '../lexicon';
import { crisis } from './crisis';
import { harm } from './harm';
import { modifiers } from './modifiers';
import { people } from './people';
import { services } from './services';

export const CONCEPT_LEXICONS = { ...people, ...harm, ...crisis, ...services, ...modifiers } as const;
export type ConceptId = keyof typeof CONCEPT_LEXICONS;

const compiled = new Map<ConceptId, RegExp>();

/** The compiled regex of one concept, built on first use so a content script pays only for what it asks. */
export function conceptRegex(concept: ConceptId): RegExp {
  let regex = compiled.get(concept);
  if (!regex) {
    regex = compileLexicon(CONCEPT_LEXICONS[concept]);
    compiled.set(concept, regex);
  }
  return regex;
}
