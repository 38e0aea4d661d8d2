/**
 * English comments go through compromise (its small `one` build: tokeniser, sentence splitter and
 * contraction expander) for two things regexes get wrong: sentence boundaries ("Mr. Smith", "5 p.m.")
 * and negation hidden in contractions ("doesn't", "can't", "won't" → not).
 * Offsets are into the text given; the caller maps them to normalised text.
 *
 * @example parseEnglish("He doesn't hit me.").negations // [[3, 10]]
 */
import nlp from 'compromise/one';

export interface EnglishParse {
  sentences: Array<[number, number]>;
  negations: Array<[number, number]>;
}

interface TermJson {
  text: string;
  implicit?: string;
  offset?: { start: number; length: number };
}

interface SentenceJson {
  offset?: { start: number; length: number };
  terms?: TermJson[];
}

const NEGATING = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor']);

export function parseEnglish(text: string): EnglishParse {
  const sentences: Array<[number, number]> = [];
  const negations: Array<[number, number]> = [];
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  for (const sentence of json) {
    if (sentence.offset) sentences.push([sentence.offset.start, sentence.offset.start + sentence.offset.length]);
    const terms = sentence.terms ?? [];
    terms.forEach((term, i) => {
      if (term.implicit !== 'not') return;
      // The implicit "not" has no text of its own: it belongs to the contraction before it.
      const owner = terms[i - 1]?.offset ?? term.offset;
      if (owner) negations.push([owner.start, owner.start + owner.length]);
    });
    for (const term of terms) {
      if (term.offset && NEGATING.has(term.text.toLowerCase())) negations.push([term.offset.start, term.offset.start + term.offset.length]);
    }
  }
  return { sentences, negations };
}
