/**
 * Compiles a concept's word patterns into a matcher over the words of normalised text
 * (normalize.ts). Matching goes word by word with hash lookups instead of one giant regex: a
 * 400-word alternation with Unicode lookarounds costs tens of milliseconds per comment, this costs
 * microseconds. Word boundaries are Swedish-safe by construction: a word is a run of \p{L}\p{N},
 * so å, ä and ö are letters (JavaScript's \b would split "hotåtgärd" after "hot", STYLE.md).
 *
 * Pattern syntax, written in ordinary Swedish or English spelling:
 * - `barn`         the whole word only;
 * - `barn*`        the word and any ending (barnen, barnets);
 * - `*misshandel`  the word at the end of a compound (barnmisshandel);
 * - `*slag*`       anywhere inside a word;
 * - `ta livet av mig`  words in sequence, with at most three spaces or punctuation marks between them
 *                  (each word may carry its own `*`); `don't` is the sequence don + t;
 * - `/regex/`      raw regular-expression source over normalised text, tried where a word starts;
 * - `~socialsekreterare`  any word with the same Swedish stem (stem.ts): all its inflections;
 * - `~*misshandel` any word whose stem ends with this stem: compounds and their inflections;
 * - `😂`           a pattern with no letters or digits is found as it is.
 *
 * @example findInText(compileConcept(['slå*', 'få stryk']), 'han fick stryk') // []
 */
import { normalize } from './normalize';
import { stemSwedish } from './stem';

export interface Word {
  start: number;
  end: number;
  /** Folded text: stretched letters are already collapsed by normalize(), doubled letters kept
   * on purpose, because collapsing them makes "door" equal "dör" and "see" equal "se". */
  text: string;
}

export type WordMatcher = { kind: 'exact' | 'prefix' | 'suffix' | 'infix'; key: string };

export interface CompiledConcept {
  exact: ReadonlySet<string>;
  /** Prefix keys bucketed by their first BUCKET letters (shorter keys under ''). */
  prefixes: ReadonlyMap<string, readonly string[]>;
  /** Suffix keys bucketed by their last BUCKET letters (shorter keys under ''). */
  suffixes: ReadonlyMap<string, readonly string[]>;
  infixes: readonly string[];
  /** Word sequences bucketed by their first word: exact first words by key, the rest under ''. */
  sequences: ReadonlyMap<string, ReadonlyArray<readonly WordMatcher[]>>;
  literals: readonly string[];
  regex: RegExp | null;
  stems: ReadonlySet<string>;
  compoundStems: readonly string[];
}

const BUCKET = 3;

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const PATTERN_WORD = /\*?[\p{L}\p{N}]+\*?/gu;
const MAX_GAP = 3;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The words of a normalised text, with their offsets. */
export function splitWords(text: string): Word[] {
  return [...text.matchAll(WORD_RUN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

function wordMatcher(raw: string): WordMatcher {
  const prefix = raw.startsWith('*');
  const suffix = raw.endsWith('*');
  const key = raw.replace(/\*/g, '');
  if (prefix && suffix) return { kind: 'infix', key };
  if (prefix) return { kind: 'suffix', key };
  if (suffix) return { kind: 'prefix', key };
  return { kind: 'exact', key };
}

function matchesWord(matcher: WordMatcher, word: Word): boolean {
  switch (matcher.kind) {
    case 'exact':
      return word.text === matcher.key;
    case 'prefix':
      return word.text.startsWith(matcher.key);
    case 'suffix':
      return word.text.length > matcher.key.length && word.text.endsWith(matcher.key);
    case 'infix':
      return word.text.includes(matcher.key);
  }
}

export function compileConcept(patterns: readonly string[]): CompiledConcept {
  const exact = new Set<string>();
  const prefixes = new Map<string, string[]>();
  const suffixes = new Map<string, string[]>();
  const infixes: string[] = [];
  const sequences = new Map<string, WordMatcher[][]>();
  const literals: string[] = [];
  const regexSources: string[] = [];
  const stems = new Set<string>();
  const compoundStems: string[] = [];

  for (const pattern of new Set(patterns)) {
    if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
      regexSources.push(`(?:${pattern.slice(1, -1)})`);
      continue;
    }
    if (pattern.startsWith('~*')) {
      compoundStems.push(stemSwedish(normalize(pattern.slice(2)).text));
      continue;
    }
    if (pattern.startsWith('~')) {
      stems.add(stemSwedish(normalize(pattern.slice(1)).text));
      continue;
    }
    const folded = normalize(pattern).text;
    const words = folded.match(PATTERN_WORD) ?? [];
    if (words.length === 0) {
      if (folded.trim() !== '') literals.push(folded.trim());
      continue;
    }
    if (words.length > 1) {
      const sequence = words.map(wordMatcher);
      addTo(sequences, sequence[0]!.kind === 'exact' ? sequence[0]!.key : '', sequence);
      continue;
    }
    const matcher = wordMatcher(words[0]!);
    if (matcher.kind === 'exact') exact.add(matcher.key);
    else if (matcher.kind === 'prefix') addTo(prefixes, matcher.key.length >= BUCKET ? matcher.key.slice(0, BUCKET) : '', matcher.key);
    else if (matcher.kind === 'suffix') addTo(suffixes, matcher.key.length >= BUCKET ? matcher.key.slice(-BUCKET) : '', matcher.key);
    else infixes.push(matcher.key);
  }
  return {
    exact,
    prefixes,
    suffixes,
    infixes,
    sequences,
    literals,
    regex: regexSources.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${regexSources.join('|')})`, 'gu') : null,
    stems,
    compoundStems,
  };
}

/** Whether one word on its own belongs to the concept (sequences, literals and regexes aside). */
export function matchesSingleWord(concept: CompiledConcept, word: Word): boolean {
  const key = word.text;
  if (concept.exact.has(key)) return true;
  for (const bucket of [concept.prefixes.get(key.slice(0, BUCKET)), concept.prefixes.get('')]) {
    if (bucket) for (const prefix of bucket) if (key.startsWith(prefix)) return true;
  }
  for (const bucket of [concept.suffixes.get(key.slice(-BUCKET)), concept.suffixes.get('')]) {
    if (bucket) for (const suffix of bucket) if (key.length > suffix.length && key.endsWith(suffix)) return true;
  }
  for (const infix of concept.infixes) if (key.includes(infix)) return true;
  return matchesStem(concept, word.text);
}

/**
 * Every [start, end) where the concept occurs, given the text and its words. `wordSpans`, when
 * given, are the single-word and sequence matches already found by a shared index (concepts/).
 */
export function findConcept(
  concept: CompiledConcept,
  text: string,
  words: readonly Word[],
  wordSpans?: ReadonlyArray<[number, number]>,
): Array<[number, number]> {
  if (wordSpans && concept.literals.length === 0 && !concept.regex) return wordSpans.length > 1 ? dropContained([...wordSpans]) : [...wordSpans];
  const found: Array<[number, number]> = wordSpans ? [...wordSpans] : [];
  if (!wordSpans) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      for (const bucket of [concept.sequences.get(word.text), concept.sequences.get('')]) {
        if (!bucket) continue;
        for (const sequence of bucket) {
          const end = sequenceEnd(sequence, text, words, i);
          if (end >= 0) found.push([word.start, end]);
        }
      }
      if (matchesSingleWord(concept, word)) found.push([word.start, word.end]);
    }
  }
  for (const literal of concept.literals) {
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) found.push([at, at + literal.length]);
  }
  if (concept.regex) {
    // Raw patterns count only where a word starts, as every other pattern does. One scan of the
    // text; a match inside a word is skipped by one character, so a later word start is still tried.
    const regex = concept.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const start = match.index;
      if (match[0].length === 0 || WORD_CHAR.test(text[start - 1] ?? '')) {
        regex.lastIndex = start + 1;
        continue;
      }
      found.push([start, start + match[0].length]);
      regex.lastIndex = start + 1;
    }
  }
  return dropContained(found);
}

/** End offset of `sequence` matched from word `from`, or -1. */
export function sequenceEnd(sequence: readonly WordMatcher[], text: string, words: readonly Word[], from: number): number {
  let previous: Word | undefined;
  for (let k = 0; k < sequence.length; k++) {
    const word = words[from + k];
    if (!word || !matchesWord(sequence[k]!, word)) return -1;
    if (previous && word.start - previous.end > MAX_GAP) return -1;
    if (previous && word.start === previous.end) return -1;
    previous = word;
  }
  // Words must be separated only by spaces or punctuation, never run together.
  return previous && text.length >= previous.end ? previous.end : -1;
}

/** Keeps the longest of overlapping matches, in text order. */
function dropContained(found: Array<[number, number]>): Array<[number, number]> {
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: Array<[number, number]> = [];
  for (const span of found) {
    const last = kept[kept.length - 1];
    if (last && span[0] < last[1]) continue;
    kept.push(span);
  }
  return kept;
}

/** Whether a folded word belongs to the concept by its stem. */
export function matchesStem(concept: CompiledConcept, word: string): boolean {
  if (concept.stems.size === 0 && concept.compoundStems.length === 0) return false;
  const stem = stemSwedish(word);
  return concept.stems.has(stem) || concept.compoundStems.some((head) => isCompoundOf(stem, head));
}

/** Snowball leaves some compound inflections unstemmed (barnmisshandeln), so allow a short tail. */
const MAX_UNSTEMMED_TAIL = 3;

function isCompoundOf(stem: string, head: string): boolean {
  const at = stem.lastIndexOf(head);
  return at > 0 && stem.length - (at + head.length) <= MAX_UNSTEMMED_TAIL;
}

/** Convenience for tests and tools: the matched substrings of a raw text. */
export function findInText(concept: CompiledConcept, raw: string): string[] {
  const text = normalize(raw).text;
  return findConcept(concept, text, splitWords(text)).map(([s, e]) => text.slice(s, e));
}
