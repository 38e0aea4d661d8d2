/**
 * Pure helpers for `npm run bench`: a seeded PRNG, latency percentiles, target verdicts, byte
 * grouping by package and the number formats the report uses. Kept apart from scripts/bench.ts
 * so they can be unit-tested without running a benchmark.
 */

/** Deterministic PRNG: the same seed gives the same comments on every machine (shared with the reply composer). */
export { mulberry32 } from '../../responses/random';

/** Integer in [min, max], both included. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick: no items to pick from');
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * Nearest-rank percentile of an ascending-sorted sample. Nearest rank rather than interpolation
 * so p99 and max are always latencies that were actually observed.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0..100, got ${p}`);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export interface LatencySummary {
  count: number;
  mean: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function summarize(samples: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export interface Target {
  name: string;
  /** 'min': the value must reach the limit; 'max': it must stay at or below it. */
  kind: 'min' | 'max';
  limit: number;
  unit: string;
}

export type Verdict = 'PASS' | 'MISS';

export function verdict(target: Target, value: number): Verdict {
  if (!Number.isFinite(value)) return 'MISS';
  return (target.kind === 'min' ? value >= target.limit : value <= target.limit) ? 'PASS' : 'MISS';
}

/** One report line: figure, target and verdict side by side so a reader never has to look up the goal. */
export function targetLine(target: Target, value: number, shown: string): string {
  const op = target.kind === 'min' ? '>=' : '<=';
  return `${target.name.padEnd(22)} ${shown.padStart(14)}   target ${op} ${formatNumber(target.limit)} ${target.unit}`.padEnd(66) + `  ${verdict(target, value)}`;
}

/**
 * Who an esbuild input path belongs to: the npm package for anything under node_modules
 * (scoped names kept whole), otherwise the project folder holding the file.
 */
export function packageOf(inputPath: string): string {
  const normalized = inputPath.replace(/\\/g, '/');
  const marker = 'node_modules/';
  const at = normalized.lastIndexOf(marker);
  if (at >= 0) {
    const parts = normalized.slice(at + marker.length).split('/');
    const first = parts[0] ?? '';
    return first.startsWith('@') && parts[1] ? `${first}/${parts[1]}` : first;
  }
  const dir = normalized.split('/').slice(0, -1).join('/');
  return `(own) ${dir === '' ? '.' : dir}`;
}

export interface ByteShare {
  name: string;
  bytes: number;
  share: number;
}

/** Sums bytes per package, largest first; `total` is the divisor for the shares (e.g. the whole bundle). */
export function groupBytes(entries: Iterable<readonly [path: string, bytes: number]>, total?: number): ByteShare[] {
  const sums = new Map<string, number>();
  for (const [inputPath, bytes] of entries) {
    const name = packageOf(inputPath);
    sums.set(name, (sums.get(name) ?? 0) + bytes);
  }
  const denominator = total ?? [...sums.values()].reduce((a, b) => a + b, 0);
  return [...sums]
    .map(([name, bytes]) => ({ name, bytes, share: denominator > 0 ? bytes / denominator : 0 }))
    .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}

export function formatKB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Milliseconds shown in µs below 1 ms, because classify latencies live there. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  return `${ms.toFixed(2)} ms`;
}

/** Thousands separated by a space, so 20000 reads 20 000 and is not misread by Swedish or English readers. */
export function formatNumber(value: number, fractionDigits = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = '', fraction] = Math.abs(value).toFixed(fractionDigits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
