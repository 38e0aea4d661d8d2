/**
 * Swedish stemming with the Snowball algorithm as maintained in @nlpjs/lang-sv, so lexicons can
 * name a word once and match its inflections (socialsekreteraren, socialsekreterarna →
 * socialsekreterar). Words arrive folded (normalize.ts); Snowball's Swedish suffixes survive that.
 * Stems are cached: comment vocabulary repeats a lot, and the cache keeps stemming off the hot path.
 *
 * @example stemSwedish('handlaggaren') // 'handlagg'
 */
import StemmerSv from '@nlpjs/lang-sv/src/stemmer-sv';

const stemmer = new StemmerSv();
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stemSwedish(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = word.length <= 3 ? word : stemmer.stemWord(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
