// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatKB,
  formatMs,
  formatNumber,
  formatPercent,
  groupBytes,
  mulberry32,
  packageOf,
  percentile,
  randomInt,
  summarize,
  targetLine,
  verdict,
  type Target,
} from './bench-stats';

describe('percentile', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('uses nearest rank, so every percentile is an observed value', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile(oneToHundred, 0)).toBe(1);
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(percentile([7], 99)).toBe(7);
  });

  it('gives NaN for no samples and rejects p outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts numerically, not as strings', () => {
    const s = summarize([10, 9, 100, 1, 2]);
    expect(s).toMatchObject({ count: 5, min: 1, p50: 9, max: 100 });
    expect(s.mean).toBeCloseTo(24.4);
  });

  it('catches a slow tail in p99 that the median hides', () => {
    const samples = [...Array.from({ length: 980 }, () => 0.05), ...Array.from({ length: 20 }, () => 3)];
    const s = summarize(samples);
    expect(s.p50).toBe(0.05);
    expect(s.p99).toBe(3);
  });

  it('reports NaN rather than throwing on an empty run', () => {
    expect(summarize([]).p99).toBeNaN();
  });
});

describe('verdict and targetLine', () => {
  const throughput: Target = { name: 'throughput', kind: 'min', limit: 20_000, unit: 'comments/s' };
  const p99: Target = { name: 'p99', kind: 'max', limit: 1, unit: 'ms' };

  it('treats the limit itself as reached', () => {
    expect(verdict(throughput, 20_000)).toBe('PASS');
    expect(verdict(throughput, 19_999)).toBe('MISS');
    expect(verdict(p99, 1)).toBe('PASS');
    expect(verdict(p99, 1.01)).toBe('MISS');
  });

  it('never passes a figure that could not be measured', () => {
    expect(verdict(p99, Number.NaN)).toBe('MISS');
  });

  it('prints the figure, the target and the verdict on one line', () => {
    const line = targetLine(throughput, 25_000, '25 000 /s');
    expect(line).toContain('25 000 /s');
    expect(line).toContain('>= 20 000 comments/s');
    expect(line.endsWith('PASS')).toBe(true);
  });
});

describe('packageOf and groupBytes', () => {
  it('names npm packages, scoped ones whole, and nested node_modules by the innermost', () => {
    expect(packageOf('node_modules/personnummer/dist/esm/index.js')).toBe('personnummer');
    expect(packageOf('node_modules/@nlpjs/lang-sv/src/index.js')).toBe('@nlpjs/lang-sv');
    expect(packageOf('node_modules/a/node_modules/b/x.js')).toBe('b');
    expect(packageOf('C:\\p\\node_modules\\c\\i.js')).toBe('c');
  });

  it('names project files by their folder', () => {
    expect(packageOf('classifiers/rules/despair.ts')).toBe('(own) classifiers/rules');
    expect(packageOf('index.ts')).toBe('(own) .');
  });

  it('sums per package, largest first, with shares of the given total', () => {
    const groups = groupBytes(
      [
        ['classifiers/a.ts', 100],
        ['classifiers/b.ts', 200],
        ['node_modules/personnummer/x.js', 500],
      ],
      1000,
    );
    expect(groups).toEqual([
      { name: 'personnummer', bytes: 500, share: 0.5 },
      { name: '(own) classifiers', bytes: 300, share: 0.3 },
    ]);
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws integers covering both ends of the range', () => {
    const random = mulberry32(1);
    const seen = new Set(Array.from({ length: 500 }, () => randomInt(random, 20, 23)));
    expect([...seen].sort()).toEqual([20, 21, 22, 23]);
  });
});

describe('formatting', () => {
  it('shows sub-millisecond latencies in µs', () => {
    expect(formatMs(0.0421)).toBe('42.1 µs');
    expect(formatMs(1.5)).toBe('1.50 ms');
  });

  it('groups thousands and keeps the sign', () => {
    expect(formatNumber(1234567)).toBe('1 234 567');
    expect(formatNumber(-20000.456, 1)).toBe('-20 000.5');
    expect(formatNumber(999)).toBe('999');
  });

  it('prints KB and percentages with one decimal', () => {
    expect(formatKB(61_440)).toBe('60.0 KB');
    expect(formatPercent(0.1234)).toBe('12.3%');
  });
});
