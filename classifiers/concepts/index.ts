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
  /**
   * Sequences by their first word: the exact key, or 'p:'/'s:' plus the first/last three letters of a
   * prefix/suffix first word; '' holds the rest, which every word must try.
   */
  sequences: Map<string, Array<[number, readonly WordMatcher[]]>>;
  /** Per distinct word: the concepts it belongs to on its own, and the sequences that may start with it. */
  wordMemo: Map<string, WordEntry>;
}

interface WordEntry {
  /** Positions in CONCEPT_IDS. */
  concepts: readonly number[];
  /** Sequences that may start with this word, by the exact key of their second word. */
  sequencesBySecond: ReadonlyMap<string, ReadonlyArray<[number, readonly WordMatcher[]]>>;
  /** Sequences that may start with this word whose second word has a wildcard. */
  sequencesAnySecond: ReadonlyArray<[number, readonly WordMatcher[]]>;
}

let index: ConceptIndex | undefined;

const BUCKET = 3;

function sequenceBucket(first: WordMatcher): string {
  if (first.kind === 'exact') return first.key;
  if (first.kind === 'prefix' && first.key.length >= BUCKET) return `p:${first.key.slice(0, BUCKET)}`;
  if (first.kind === 'suffix' && first.key.length >= BUCKET) return `s:${first.key.slice(-BUCKET)}`;
  return '';
}

/** The index being built, concept by concept, so the build can be spread over idle time. */
const partial = {
  compiled: new Map<ConceptId, CompiledConcept>(),
  sequences: new Map<string, Array<[number, readonly WordMatcher[]]>>(),
  next: 0,
};

function compileNext(): void {
  const position = partial.next++;
  const id = CONCEPT_IDS[position]!;
  const concept = compileConcept(CONCEPT_LEXICONS[id]);
  partial.compiled.set(id, concept);
  for (const list of concept.sequences.values()) {
    for (const sequence of list) {
      const key = sequenceBucket(sequence[0]!);
      const bucket = partial.sequences.get(key);
      if (bucket) bucket.push([position, sequence]);
      else partial.sequences.set(key, [[position, sequence]]);
    }
  }
}

function buildIndex(): ConceptIndex {
  while (partial.next < CONCEPT_IDS.length) compileNext();
  return { compiled: partial.compiled, sequences: partial.sequences, wordMemo: new Map() };
}

/**
 * Compiles the concept lexicons ahead of the first classification, a few at a time, until
 * `hasTime()` says stop; true once all are ready. Compiling them all at once takes tens of
 * milliseconds, which in a content script would be one long task on the moderator's page.
 */
export function prepareConcepts(hasTime: () => boolean): boolean {
  if (index) return true;
  while (partial.next < CONCEPT_IDS.length && hasTime()) compileNext();
  if (partial.next < CONCEPT_IDS.length) return false;
  index = buildIndex();
  return true;
}

export function compiledConcept(concept: ConceptId): CompiledConcept {
  index ??= buildIndex();
  return index.compiled.get(concept)!;
}

function entryOf(word: Word, current: ConceptIndex): WordEntry {
  let entry = current.wordMemo.get(word.text);
  if (!entry) {
    const { sequences } = current;
    const candidates = [
      sequences.get(word.text),
      sequences.get(`p:${word.text.slice(0, BUCKET)}`),
      sequences.get(`s:${word.text.slice(-BUCKET)}`),
      sequences.get(''),
    ].flatMap((bucket) => bucket ?? []);
    // Only sequences whose first word really matches this word are worth trying at each occurrence,
    // and of those only the ones whose second word matches the next word: common first words
    // ("har", "inte", "min") start hundreds of sequences.
    const bySecond = new Map<string, Array<[number, readonly WordMatcher[]]>>();
    const anySecond: Array<[number, readonly WordMatcher[]]> = [];
    for (const candidate of candidates) {
      const [, sequence] = candidate;
      if (!matchesSingleWord(firstWordProbe(sequence[0]!), word)) continue;
      const second = sequence[1]!;
      if (second.kind === 'exact') {
        const list = bySecond.get(second.key);
        if (list) list.push(candidate);
        else bySecond.set(second.key, [candidate]);
      } else {
        anySecond.push(candidate);
      }
    }
    entry = {
      concepts: CONCEPT_IDS.flatMap((id, position) => (matchesSingleWord(current.compiled.get(id)!, word) ? [position] : [])),
      sequencesBySecond: bySecond,
      sequencesAnySecond: anySecond,
    };
    if (current.wordMemo.size >= MEMO_LIMIT) current.wordMemo.clear();
    current.wordMemo.set(word.text, entry);
  }
  return entry;
}

const probes = new Map<string, CompiledConcept>();

/** A one-pattern concept for testing whether a word fits a sequence's first word. */
function firstWordProbe(first: WordMatcher): CompiledConcept {
  const pattern = first.kind === 'exact' ? first.key : first.kind === 'prefix' ? `${first.key}*` : first.kind === 'suffix' ? `*${first.key}` : `*${first.key}*`;
  let probe = probes.get(pattern);
  if (!probe) {
    probe = compileConcept([pattern]);
    probes.set(pattern, probe);
  }
  return probe;
}

const POSITION = new Map(CONCEPT_IDS.map((id, position) => [id, position]));

function addSequences(
  spans: Array<Array<[number, number]> | undefined>,
  bucket: ReadonlyArray<[number, readonly WordMatcher[]]>,
  text: string,
  words: readonly Word[],
  from: number,
): void {
  for (let k = 0; k < bucket.length; k++) {
    const [position, sequence] = bucket[k]!;
    const end = sequenceEnd(sequence, text, words, from);
    if (end >= 0) (spans[position] ??= []).push([words[from]!.start, end]);
  }
}

/** Single-word and sequence matches of every concept, found in one pass over the words. */
export class WordIndex {
  readonly #spans: Array<Array<[number, number]> | undefined>;

  constructor(text: string, words: readonly Word[]) {
    const current = (index ??= buildIndex());
    const spans: Array<Array<[number, number]> | undefined> = new Array(CONCEPT_IDS.length);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const entry = entryOf(word, current);
      const { concepts } = entry;
      for (let k = 0; k < concepts.length; k++) (spans[concepts[k]!] ??= []).push([word.start, word.end]);
      const next = words[i + 1];
      if (!next) continue;
      if (entry.sequencesBySecond.size > 0) {
        const bucket = entry.sequencesBySecond.get(next.text);
        if (bucket) addSequences(spans, bucket, text, words, i);
      }
      if (entry.sequencesAnySecond.length > 0) addSequences(spans, entry.sequencesAnySecond, text, words, i);
    }
    this.#spans = spans;
  }

  get(concept: ConceptId): ReadonlyArray<[number, number]> {
    return this.#spans[POSITION.get(concept)!] ?? [];
  }
}
