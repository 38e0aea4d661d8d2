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
 * - `/regex/`    raw regular-expression source over normalised text, for the rare case that needs it.
 * Double letters also match single ones, since stretched letters are folded to one.
 *
 * @example compileLexicon(['slå*', 'få stryk']).test('han slog henne') // false: "slog" is not "slå*"
 */
import { normalize } from './normalize';

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
  return new RegExp(sources.join('|'), 'gu');
}
