// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDELINE, GUIDELINE_KEYS } from './guideline';

/** The guideline itself, in the shared corpus beside the repository (users' clones do not have it). */
const GUIDELINE_FILE = path.resolve(__dirname, '../../../shared/seeds/002_61f74914ebc50139.txt');
const present = existsSync(GUIDELINE_FILE);

/** Every run of whitespace, the no-break space included, as one plain space. */
const normalise = (text: string) => text.replace(/[\s\u00a0]+/gu, ' ').trim();

describe('the guideline passages', () => {
  it('has a passage for every key and no other', () => {
    expect(Object.keys(GUIDELINE).sort()).toEqual([...GUIDELINE_KEYS].sort());
    for (const key of GUIDELINE_KEYS) {
      expect(GUIDELINE[key].quote.trim(), key).not.toBe('');
      expect(GUIDELINE[key].heading.trim(), key).not.toBe('');
    }
  });

  it('normalises every kind of whitespace to one space', () => {
    expect(normalise(' Två\u00a0tänker\n\n bättre\tän en. ')).toBe('Två tänker bättre än en.');
  });

  it.skipIf(!present)('quotes the guideline word for word', () => {
    const source = normalise(readFileSync(GUIDELINE_FILE, 'utf8'));
    for (const key of GUIDELINE_KEYS) expect(source.includes(normalise(GUIDELINE[key].quote)), `${key}: ${GUIDELINE[key].quote}`).toBe(true);
  });

  it.skipIf(!present)('finds each quote under the heading it gives', () => {
    const lines = readFileSync(GUIDELINE_FILE, 'utf8').split(/\r?\n/u).map(normalise);
    const headings = new Set(GUIDELINE_KEYS.map((key) => GUIDELINE[key].heading));
    // A heading is a line of its own (a bullet can say the same words followed by a full stop).
    const headingLine = (heading: string) => lines.findIndex((line) => line === heading);
    for (const key of GUIDELINE_KEYS) {
      const { heading, quote } = GUIDELINE[key];
      const start = headingLine(heading);
      expect(start, `heading of ${key}: ${heading}`).toBeGreaterThanOrEqual(0);
      // The section runs to the next line that is one of the cited headings.
      let end = lines.length;
      for (let i = start + 1; i < lines.length; i++) {
        if (headings.has(lines[i]!)) {
          end = i;
          break;
        }
      }
      const section = lines.slice(start + 1, end).join(' ');
      expect(section.includes(normalise(quote)), `${key} under "${heading}"`).toBe(true);
    }
  });
});
