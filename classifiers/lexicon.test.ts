import { describe, expect, it } from 'vitest';
import { compileConcept, findInText } from './lexicon';
import { normalize } from './normalize';

const matches = (patterns: string[], text: string) => findInText(compileConcept(patterns), text);

describe('compileConcept', () => {
  it('matches whole words only, with Swedish letters treated as letters', () => {
    expect(matches(['hot'], 'ett hot mot honom')).toEqual(['hot']);
    expect(matches(['hot'], 'en hotåtgärd')).toEqual([]);
    expect(matches(['hot'], 'hotet')).toEqual([]);
  });

  it('takes endings with word* and compounds with *word', () => {
    expect(matches(['handläggar*'], 'Handläggaren svarar inte')).toEqual(['handlaggaren']);
    expect(matches(['*misshandel'], 'barnmisshandel')).toEqual(['barnmisshandel']);
  });

  it('matches text typed without å, ä, ö and with stretched letters', () => {
    expect(matches(['självmord*'], 'tankar pa sjalvmord')).toEqual(['sjalvmord']);
    expect(matches(['snälla'], 'snääääälla')).toEqual(['snalla']);
    expect(matches(['dör'], 'the door')).toEqual([]);
  });

  it('matches word sequences across spaces and light punctuation', () => {
    expect(matches(['ensam hemma'], 'ensam, hemma')).toEqual(['ensam, hemma']);
  });

  it('finds contractions and hyphenated forms as word sequences, and emoji as they are', () => {
    expect(matches(["can't go on"], "I can't go on")).toEqual(["can't go on"]);
    expect(matches(['lss-beslut*'], 'mitt LSS-beslut kom')).toEqual(['lss-beslut']);
    expect(matches(['😂'], 'haha 😂😂')).toEqual(['😂', '😂']);
  });

  it('does not run sequence words together or across long gaps', () => {
    expect(matches(['ensam hemma'], 'ensamhemma')).toEqual([]);
    expect(matches(['ensam hemma'], 'ensam ..... hemma')).toEqual([]);
  });

  it('accepts raw regular expressions between slashes', () => {
    expect(matches(['/\\d{2}-?aring/'], 'en 10-åring')).toEqual(['10-aring']);
  });
});

describe('stem entries', () => {
  it('match every inflection of a Swedish word, and compounds ending in it', async () => {
    const { matchesStem } = await import('./lexicon');
    const concept = compileConcept(['~socialsekreterare', '~*misshandel']);
    for (const word of ['socialsekreteraren', 'socialsekreterarna', 'socialsekreterarens', 'barnmisshandeln', 'kvinnomisshandel']) {
      expect(matchesStem(concept, normalize(word).text)).toBe(true);
    }
    for (const word of ['sekreterare', 'misshandel', 'handel']) expect(matchesStem(concept, normalize(word).text)).toBe(false);
  });
});
