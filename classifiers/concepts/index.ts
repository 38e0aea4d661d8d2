/**
 * Every concept lexicon, and one shared index over them: each distinct word is looked up once
 * against all concepts and the answer remembered, and word sequences are found by their first
 * word. A comment then costs one map lookup per word instead of one scan per concept.
 */
import { compileConcept, matchesSingleWord, sequenceEnd, type CompiledConcept, type Word, type WordMatcher } from '../lexicon';
import { crisis } from './crisis';
import { harm } from './harm';
import { modifiers } from './modifiers';
import { people } from './people';
import { services } from './services';

export const CONCEPT_LEXICONS = { ...people, ...harm, ...crisis, ...services, ...modifiers } as const;
export type ConceptId = keyof typeof CONCEPT_LEXICONS;

const CONCEPT_IDS = Object.keys(CONCEPT_LEXICONS) as ConceptId[];
const MEMO_LIMIT = 50_000;

interface ConceptIndex {
  compiled: Map<ConceptId, CompiledConcept>;
  /** Sequences by the exact key of their first word; '' holds those whose first word has a wildcard. */
  sequences: Map<string, Array<[ConceptId, readonly WordMatcher[]]>>;
  /** Concepts each word belongs to on its own, filled as words are met. */
  wordMemo: Map<string, readonly ConceptId[]>;
}

let index: ConceptIndex | undefined;

function buildIndex(): ConceptIndex {
  const compiled = new Map<ConceptId, CompiledConcept>();
  const sequences = new Map<string, Array<[ConceptId, readonly WordMatcher[]]>>();
  for (const id of CONCEPT_IDS) {
    const concept = compileConcept(CONCEPT_LEXICONS[id]);
    compiled.set(id, concept);
    for (const [firstKey, list] of concept.sequences) {
      for (const sequence of list) {
        const bucket = sequences.get(firstKey);
        if (bucket) bucket.push([id, sequence]);
        else sequences.set(firstKey, [[id, sequence]]);
      }
    }
  }
  return { compiled, sequences, wordMemo: new Map() };
}

export function compiledConcept(concept: ConceptId): CompiledConcept {
  index ??= buildIndex();
  return index.compiled.get(concept)!;
}

function conceptsOfWord(word: Word): readonly ConceptId[] {
  index ??= buildIndex();
  let concepts = index.wordMemo.get(word.key);
  if (!concepts) {
    concepts = CONCEPT_IDS.filter((id) => matchesSingleWord(index!.compiled.get(id)!, word));
    if (index.wordMemo.size >= MEMO_LIMIT) index.wordMemo.clear();
    index.wordMemo.set(word.key, concepts);
  }
  return concepts;
}

/** Single-word and sequence matches of every concept in one pass over the words. */
export function indexWords(text: string, words: readonly Word[]): Map<ConceptId, Array<[number, number]>> {
  index ??= buildIndex();
  const spans = new Map<ConceptId, Array<[number, number]>>();
  const add = (id: ConceptId, start: number, end: number) => {
    const list = spans.get(id);
    if (list) list.push([start, end]);
    else spans.set(id, [[start, end]]);
  };
  const wildcardFirst = index.sequences.get('') ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const id of conceptsOfWord(word)) add(id, word.start, word.end);
    for (const bucket of [index.sequences.get(word.key), wildcardFirst]) {
      if (!bucket) continue;
      for (const [id, sequence] of bucket) {
        const end = sequenceEnd(sequence, text, words, i);
        if (end >= 0) add(id, word.start, end);
      }
    }
  }
  return spans;
}
