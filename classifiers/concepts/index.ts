/** Every concept lexicon, compiled once (on first use) into a regex and a set of stems. */
import { compileConcept, type CompiledConcept } from '../lexicon';
import { crisis } from './crisis';
import { harm } from './harm';
import { modifiers } from './modifiers';
import { people } from './people';
import { services } from './services';

export const CONCEPT_LEXICONS = { ...people, ...harm, ...crisis, ...services, ...modifiers } as const;
export type ConceptId = keyof typeof CONCEPT_LEXICONS;

const compiled = new Map<ConceptId, CompiledConcept>();

/** A concept compiled on first use, so a content script pays only for what its rules ask. */
export function compiledConcept(concept: ConceptId): CompiledConcept {
  let entry = compiled.get(concept);
  if (!entry) {
    entry = compileConcept(CONCEPT_LEXICONS[concept]);
    compiled.set(concept, entry);
  }
  return entry;
}
