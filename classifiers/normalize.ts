/**
 * Folds a comment into the form the lexicons match against, keeping a map back to the original
 * offsets so evidence can point at what the person actually wrote.
 *
 * - lower case; å, ä → a, ö → o and other diacritics dropped, so "självmord" and "sjalvmord" meet;
 * - typographic apostrophes → ', any whitespace run → one space (or one line break if it had one);
 * - a letter stretched three or more times counts once ("hjääälp" → "hjalp"); lexicon patterns
 *   accept a single or double letter wherever they have a double one (see lexicon.ts).
 *
 * @example normalize('Hjääälp!').text // 'hjalp!'
 */
export interface NormalizedText {
  readonly text: string;
  /** For each UTF-16 unit of `text`, the offset in the original where it came from. */
  readonly toSource: Int32Array;
  readonly source: string;
}

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /\s/u;

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 97 && code <= 122;
  return IS_LETTER.test(ch);
}
const IS_LETTER = /\p{L}/u;
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (APOSTROPHES.has(ch)) return "'";
  const lower = ch.toLowerCase();
  if (lower === 'ø') return 'o';
  if (lower === 'æ') return 'a';
  if (lower === 'ß') return 'ss';
  if (lower.charCodeAt(0) < 0x80) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '') || lower;
}

export function normalize(source: string): NormalizedText {
  let out = '';
  const map: number[] = [];
  let prevFolded = '';
  let runLength = 0;
  let pendingSpace = -1;
  let pendingNewline = false;

  let i = 0;
  for (const ch of source) {
    const at = i;
    i += ch.length;
    const code = ch.charCodeAt(0);
    const isSpace = code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : WHITESPACE.test(ch);
    if (isSpace) {
      if (pendingSpace < 0) pendingSpace = at;
      if (ch === '\n' || ch === '\r') pendingNewline = true;
      prevFolded = '';
      runLength = 0;
      continue;
    }
    const folded = fold(ch);
    if (folded === prevFolded && isLetter(folded)) {
      runLength += 1;
      // Third and later repeats of a letter are stretching, not spelling.
      if (runLength >= 2) {
        if (runLength === 2) {
          out = out.slice(0, out.length - folded.length);
          map.length -= folded.length;
        }
        continue;
      }
    } else {
      runLength = 0;
    }
    if (pendingSpace >= 0) {
      if (out.length > 0) {
        // A line break ends a sentence in a comment typed without punctuation; keep it.
        out += pendingNewline ? '\n' : ' ';
        map.push(pendingSpace);
      }
      pendingSpace = -1;
      pendingNewline = false;
    }
    out += folded;
    for (let k = 0; k < folded.length; k++) map.push(at);
    prevFolded = folded;
  }
  return { text: out, toSource: Int32Array.from(map), source };
}

/** Maps a [start, end) range of the normalised text back to the original comment. */
export function toSourceRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { toSource, source } = normalized;
  if (toSource.length === 0) return [0, 0];
  const from = toSource[Math.min(start, toSource.length - 1)] ?? 0;
  const lastIndex = Math.max(start, end - 1);
  const last = toSource[Math.min(lastIndex, toSource.length - 1)] ?? from;
  // Extend to the end of the last original character, and over any letters folded away after it.
  let to = last + 1;
  const code = source.charCodeAt(last);
  if (code >= 0xd800 && code <= 0xdbff) to += 1;
  while (to < source.length && /\p{M}/u.test(source[to] ?? '')) to += 1;
  if (end >= toSource.length) {
    while (to < source.length && source[to] === source[last]) to += 1;
  } else {
    const next = toSource[end] ?? source.length;
    while (to < next && source[to] === source[last]) to += 1;
  }
  return [from, Math.max(from, to)];
}
