/**
 * Compiles a list of word patterns into one regular expression over normalised text
 * (normalize.ts), with Swedish-safe word boundaries: JavaScript's \b treats å, ä and ö as
 * non-letters, so boundaries are built from \p{L}\p{N} lookarounds instead (STYLE.md).
 *
 * Pattern syntax, written in ordinary Swedish or English spelling:
 * - `barn`       the whole word only;
 * - `barn*`      the word and any ending (barnen, barnets);
 * - `*misshandel` the word at the end of a compound (barnmisshandel);
 * - `*slag*`     anywhere inside a word;
 * - `ta livet av mig`  words in sequence, with spaces or punctuation between them;
 * - `/regex/`    raw regular-expression source over normalised text, for the rare case that needs it;
 * - `~socialsekreterare`  any word with the same Swedish stem (stem.ts): all its inflections;
 * - `~*misshandel`  any word whose stem ends with this stem: inflections of compounds too.
 * Double letters also match single ones, since stretched letters are folded to one.
 *
 * @example compileLexicon(['slå*', 'få stryk']).test('han slog henne') // false: "slog" is not "slå*"
 */
import { normalize } from './normalize';
import { stemSwedish } from './stem';

const WORD = '[\\p{L}\\p{N}]';
const BEFORE = `(?<!${WORD})`;
const AFTER = `(?!${WORD})`;
const GAP = "[^\\p{L}\\p{N}]{1,3}";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordSource(word: string): string {
  const folded = normalize(word).text;
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] ?? '';
    if (ch === folded[i + 1] && /\p{L}/u.test(ch)) {
      out += `${escape(ch)}{1,2}`;
      i += 1;
    } else {
      out += escape(ch);
    }
  }
  return out;
}

export function patternSource(pattern: string): string {
  if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) return `(?:${pattern.slice(1, -1)})`;
  const prefix = pattern.startsWith('*');
  const suffix = pattern.endsWith('*');
  const core = pattern.slice(prefix ? 1 : 0, suffix ? -1 : undefined).trim();
  const body = core.split(/\s+/).map(wordSource).join(GAP);
  return `${prefix ? `${WORD}*` : BEFORE}${body}${suffix ? `${WORD}*` : ''}${AFTER}`;
}

/** One regex (global, unicode) matching any of the patterns. Longer alternatives are tried first. */
export function compileLexicon(patterns: readonly string[]): RegExp {
  const sources = [...new Set(patterns)].sort((a, b) => b.length - a.length).map(patternSource);
  return new RegExp(sources.length > 0 ? sources.join('|') : '(?!)', 'gu');
}

export interface CompiledConcept {
  regex: RegExp;
  /** Stems a word must have exactly (`~word`). */
  stems: ReadonlySet<string>;
  /** Stems a word's stem may end with (`~*word`): the head of a compound. */
  compoundStems: readonly string[];
}

export function compileConcept(patterns: readonly string[]): CompiledConcept {
  const stems = new Set<string>();
  const compoundStems: string[] = [];
  const regexPatterns: string[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('~*')) compoundStems.push(stemSwedish(normalize(pattern.slice(2)).text));
    else if (pattern.startsWith('~')) stems.add(stemSwedish(normalize(pattern.slice(1)).text));
    else regexPatterns.push(pattern);
  }
  return { regex: compileLexicon(regexPatterns), stems, compoundStems };
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
