/**
 * One comment, prepared for the rules: normalised text, sentences, and concept hits found on
 * demand (each concept's regex runs at most once per comment, and only if a rule asks for it).
 * Rules ask questions of it ("is there a child and violence in the same sentence, not negated?")
 * instead of scanning text themselves.
 */
import { compiledConcept, WordIndex, type ConceptId } from './concepts';
import { findConcept, splitWords, type Word } from './lexicon';
import { normalize, type NormalizedText } from './normalize';
import { findPersonalData, type PersonalDataKind, type PersonalDataSpan } from './personal-data';

export interface Hit {
  concept: ConceptId | PersonalDataKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  sentence: number;
  text: string;
}

/** Longest text analysed; the rest of a pasted essay or binary dump is ignored, not crashed on. */
export const MAX_ANALYSED_LENGTH = 20_000;

const SENTENCE_END = /[.!?…]+(?=\s|$)|\n+/gu;
/** Words a negation may stand before what it negates: "hasn't had a single break-in". */
const NEGATION_BEFORE = 4;
const UNCERTAINTY = /vet (?:inte|ej)|(?:don'?t|do not) know|not sure/u;
const WHO = new Set<string>(['child', 'youngWriter', 'homeCarer', 'self', 'relative', 'pointedOut', 'staff', 'service']);
const CLAUSE_BREAK = /[,;:]| (?:men|och|but|and|fast|utan att) /u;

export class Analysis {
  readonly norm: NormalizedText;
  #sentences: ReadonlyArray<{ start: number; end: number }> | undefined;
  readonly #hits = new Map<ConceptId, Hit[]>();
  readonly #personalData = new Map<PersonalDataKind, Hit[]>();

  constructor(text: string) {
    this.norm = normalize(text.length > MAX_ANALYSED_LENGTH ? text.slice(0, MAX_ANALYSED_LENGTH) : text);
  }

  /** Sentences of the normalised text, split the first time a hit needs one. */
  get sentences(): ReadonlyArray<{ start: number; end: number }> {
    this.#sentences ??= splitSentences(this.norm.text);
    return this.#sentences;
  }

  get text(): string {
    return this.norm.text;
  }

  #words: Word[] | undefined;
  #wordIndex: WordIndex | undefined;

  /** The words of the normalised text, split once and shared by every concept. */
  get words(): readonly Word[] {
    this.#words ??= splitWords(this.norm.text);
    return this.#words;
  }

  hits(concept: ConceptId): Hit[] {
    let found = this.#hits.get(concept);
    if (!found) {
      found = [];
      this.#wordIndex ??= new WordIndex(this.norm.text, this.words);
      const wordSpans = this.#wordIndex.get(concept);
      for (const [start, end] of findConcept(compiledConcept(concept), this.norm.text, this.words, wordSpans)) {
        found.push({ concept, start, end, sentence: this.sentenceAt(start), text: this.norm.text.slice(start, end) });
      }
      this.#hits.set(concept, found);
    }
    return found;
  }

  has(concept: ConceptId): boolean {
    return this.hits(concept).length > 0;
  }

  /** Hits of a concept that no negation word governs and that are not part of an idiom ("brinner för"). */
  affirmed(concept: ConceptId): Hit[] {
    const idioms = concept === 'idiom' ? [] : this.hits('idiom');
    return this.hits(concept).filter(
      (hit) => !this.isNegated(hit) && !idioms.some((idiom) => hit.start < idiom.end && hit.end > idiom.start),
    );
  }

  /** Affirmed hits of several concepts, in the order the concepts are given. */
  affirmedAny(concepts: readonly ConceptId[]): Hit[] {
    return concepts.flatMap((concept) => this.affirmed(concept));
  }

  /** First hit of `concept` in the same sentence as `hit` (or within `reach` characters of it). */
  near(hit: Hit, concept: ConceptId, reach = 0): Hit | undefined {
    return this.hits(concept).find(
      (other) =>
        other.sentence === hit.sentence ||
        (reach > 0 && Math.min(Math.abs(other.start - hit.end), Math.abs(hit.start - other.end)) <= reach),
    );
  }

  inSentence(sentence: number, concept: ConceptId): Hit | undefined {
    return this.hits(concept).find((hit) => hit.sentence === sentence);
  }

  /**
   * Negated when a negation word stands among the few words before the hit in its sentence
   * ("ingen slår mig", "nobody hurt me"), or right after it ("pappa slår inte"), unless the hit
   * itself carries the negation ("orkar inte").
   */
  isNegated(hit: Hit): boolean {
    const negations = this.hits('negation');
    if (negations.some((n) => n.start >= hit.start && n.end <= hit.end)) return false;
    const sentence = this.sentences[hit.sentence];
    const from = sentence?.start ?? 0;
    for (const negation of negations) {
      if (negation.sentence !== hit.sentence) continue;
      // "Jag vet inte hur länge jag orkar": the negation belongs to "vet", not to what follows.
      if (UNCERTAINTY.test(this.norm.text.slice(Math.max(0, negation.start - 5), negation.end + 6))) continue;
      if (negation.end <= hit.start && negation.start >= from) {
        const between = this.norm.text.slice(negation.end, hit.start).trim();
        // A negation does not reach into the next clause: "ingen vet men jag blir slagen".
        if (CLAUSE_BREAK.test(` ${between} `)) continue;
        if (between === '' || between.split(/\s+/u).length <= NEGATION_BEFORE - 1) return true;
      }
      // "Min son har inte kommit hem": a negation after a person negates what they do, not who they are.
      if (negation.start >= hit.end && !WHO.has(hit.concept)) {
        const between = this.norm.text.slice(hit.end, negation.start).trim();
        if (between === '' || (between.split(/\s+/u).length <= 1 && /^\p{L}+$/u.test(between))) return true;
      }
    }
    return false;
  }

  /** Personal data in the comment, as hits (normalised offsets) that still know their kind. */
  personalData(kind: PersonalDataKind): Hit[] {
    let found = this.#personalData.get(kind);
    if (!found) {
      found = findPersonalData(this.norm.source, [kind]).map((span) => this.#fromSource(span));
      this.#personalData.set(kind, found);
    }
    return found;
  }

  #fromSource(span: PersonalDataSpan): Hit {
    const start = this.#toNormalised(span.start);
    const end = Math.max(start + 1, this.#toNormalised(span.end));
    return { concept: span.kind, start, end, sentence: this.sentenceAt(start), text: this.norm.text.slice(start, end) };
  }

  /** First normalised offset whose source offset is at or after `sourceOffset`. */
  #toNormalised(sourceOffset: number): number {
    const map = this.norm.toSource;
    let low = 0;
    let high = map.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((map[mid] ?? 0) < sourceOffset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  sentenceAt(offset: number): number {
    const { sentences } = this;
    for (let i = 0; i < sentences.length; i++) if (offset < (sentences[i]?.end ?? 0)) return i;
    return Math.max(0, sentences.length - 1);
  }
}

function splitSentences(text: string): Array<{ start: number; end: number }> {
  const sentences: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  if (start < text.length || sentences.length === 0) sentences.push({ start, end: text.length });
  return sentences;
}
