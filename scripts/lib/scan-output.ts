/**
 * Output side of `npm run scan`: renders assessed comments as JSONL (for programs), CSV (for
 * spreadsheets) or a table (for people). Pure: colour is a parameter, never read from the terminal.
 */
import type { Assessment, Evidence, Urgency } from '../../classifiers';

export const OUTPUT_FORMATS = ['jsonl', 'table', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ScannedReply {
  text: string;
  lang: string;
  channels: string[];
}

export interface Scanned {
  id: string;
  /** The comment itself: the table marks evidence in it by offset, which the excerpts cannot give. */
  text: string;
  assessment: Assessment;
  /** The first suggested reply, for a flagged comment; null when nothing is flagged. */
  reply?: ScannedReply | null;
}

export type OutputRecord = Pick<Assessment, 'lang' | 'labels' | 'urgency' | 'scores' | 'evidence' | 'actions'> & {
  id: string;
  reply: ScannedReply | null;
};

export interface TableOptions {
  colour: boolean;
  /** Terminal columns to fit in. */
  width?: number;
}

export function formatOutput(format: OutputFormat, items: readonly Scanned[], options: TableOptions): string {
  if (items.length === 0) return '';
  if (format === 'csv') return formatCsv(items);
  if (format === 'table') return formatTable(items, options);
  return formatJsonl(items);
}

export function toRecord({ id, assessment: a, reply }: Scanned): OutputRecord {
  return { id, lang: a.lang, labels: a.labels, urgency: a.urgency, scores: a.scores, evidence: a.evidence, actions: a.actions, reply: reply ?? null };
}

/** JSON.stringify escapes lone surrogates (well-formed stringify, ES2019), so every line stays valid JSON. */
export function formatJsonl(items: readonly Scanned[]): string {
  return items.map((item) => `${JSON.stringify(toRecord(item))}\n`).join('');
}

export const CSV_HEADER = ['id', 'lang', 'urgency', 'labels', 'actions', 'evidence', 'reply'] as const;

/**
 * Evidence is for reading in a spreadsheet (`label/rule "matched words"`); whoever needs the
 * offsets parses the JSONL instead. Rows end in LF, which every spreadsheet and CSV library reads.
 */
export function formatCsv(items: readonly Scanned[]): string {
  const rows = items.map(({ id, text, assessment: a, reply }) => [
    id,
    a.lang,
    a.urgency,
    a.labels.join(';'),
    a.actions.join(';'),
    a.evidence.map((e) => `${e.label}/${e.ruleId} "${truncate(clean(spanText(text, e)), 60)}"`).join(';'),
    reply ? clean(reply.text) : '',
  ]);
  return [CSV_HEADER, ...rows].map((row) => `${row.map(csvField).join(',')}\n`).join('');
}

export function csvField(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value.toWellFormed()}` : value.toWellFormed();
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const URGENCY_TEXT: Record<Urgency, string> = { acute: 'ACUTE', high: 'HIGH', normal: 'normal', none: 'none' };
const URGENCY_ORDER: readonly Urgency[] = ['acute', 'high', 'normal', 'none'];
const ANSI = {
  reset: '\x1b[0m',
  dim: '\x1b[2m',
  hit: '\x1b[7m',
  urgency: { acute: '\x1b[1;31m', high: '\x1b[31m', normal: '\x1b[33m', none: '\x1b[2m' } as Record<Urgency, string>,
};
const MAX_ID_WIDTH = 14;

/**
 * Per comment: urgency, language, id and labels on one line, then the comment with the evidence
 * marked and the guideline's steps. A comment with nothing flagged takes a single line so the
 * flagged ones stand out. Widths count code points, so wide CJK or emoji may overrun a little.
 */
export function formatTable(items: readonly Scanned[], { colour, width = 100 }: TableOptions): string {
  const paint = (code: string, s: string) => (colour && s !== '' ? `${code}${s}${ANSI.reset}` : s);
  const idWidth = Math.min(MAX_ID_WIDTH, Math.max(2, ...items.map((item) => length(clean(item.id)))));
  const indent = ' '.repeat(8 + 5 + idWidth + 2);
  const body = Math.max(20, width - indent.length);
  const out: string[] = [paint(ANSI.dim, `${'URGENCY'.padEnd(8)}${'LANG'.padEnd(5)}${'ID'.padEnd(idWidth + 2)}LABELS / COMMENT`)];

  for (const { id, text, assessment: a, reply } of items) {
    const head = `${paint(ANSI.urgency[a.urgency], URGENCY_TEXT[a.urgency].padEnd(7))} ${pad(truncate(clean(a.lang), 4), 4)} ${pad(truncate(clean(id), idWidth), idWidth)}  `;
    if (a.labels.length === 0) {
      out.push(head + paint(ANSI.dim, truncate(clean(text), body)));
    } else {
      out.push(head + truncate(a.labels.join(', '), body));
      out.push(indent + markEvidence(text, a.evidence, body, colour));
    }
    if (a.actions.length > 0) out.push(...wrap(`→ ${a.actions.join(', ')}`, body).map((line) => indent + line));
    if (reply) out.push(...wrap(`↳ ${clean(reply.text)}`, body).map((line) => indent + paint(ANSI.dim, line)));
  }

  const counts = URGENCY_ORDER.map((u) => [u, items.filter((item) => item.assessment.urgency === u).length] as const)
    .filter(([, n]) => n > 0)
    .map(([u, n]) => `${n} ${u}`);
  out.push('', `${items.length} comment${items.length === 1 ? '' : 's'}: ${counts.join(', ')}`);
  return out.map((line) => `${line}\n`).join('');
}

/**
 * The comment squeezed into `width` code points with every evidence span marked, [like this]
 * without colour or in reverse video with it. Overlapping spans merge; context between and around
 * them is cut to a few words so the spans themselves stay visible.
 */
export function markEvidence(text: string, evidence: readonly Evidence[], width: number, colour: boolean): string {
  const spans = mergeSpans(evidence, text.length);
  const segments: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) segments.push({ text: text.slice(at, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), hit: false });

  const last = segments.length - 1;
  const cleaned = segments.map((segment, index) => {
    let s = clean(segment.text);
    if (index === 0) s = s.trimStart();
    if (index === last) s = s.trimEnd();
    return { text: segment.hit ? squeeze(s, Math.max(8, Math.floor(width / 2))) : s, hit: segment.hit };
  });
  // The spans come first. The context around them shares what room is left, short pieces taking
  // only what they need so the long ones get the rest.
  const spent = cleaned.reduce((sum, s) => sum + (s.hit ? length(s.text) + (colour ? 0 : 2) : 0), 0);
  const contextIndexes = cleaned.flatMap((s, index) => (s.hit ? [] : [index]));
  const allowance = new Map<number, number>();
  let left = Math.max(0, width - spent);
  contextIndexes
    .map((index) => ({ index, size: length(cleaned[index]?.text ?? '') }))
    .sort((a, b) => a.size - b.size)
    .forEach(({ index, size }, order, all) => {
      const share = Math.min(size, Math.floor(left / (all.length - order)));
      allowance.set(index, Math.max(6, share));
      left -= share;
    });
  const shaped = cleaned.map((segment, index) => {
    const room = allowance.get(index) ?? 0;
    if (segment.hit || length(segment.text) <= room) return segment;
    if (index === 0 && index !== last) return { text: tail(segment.text, room - 1), hit: false };
    if (index === last) return { text: head(segment.text, room - 1), hit: false };
    return { text: squeeze(segment.text, room), hit: false };
  });

  let room = width;
  let out = '';
  for (const segment of shaped) {
    const cost = length(segment.text) + (segment.hit && !colour ? 2 : 0);
    if (cost > room) {
      // Leave room for the closing bracket and the ellipsis so the cut is visible.
      const keep = Math.max(0, room - 1 - (segment.hit && !colour ? 2 : 0));
      const cut = Array.from(segment.text).slice(0, keep).join('');
      out += segment.hit ? hit(cut, colour) : cut;
      out += '…';
      break;
    }
    out += segment.hit ? hit(segment.text, colour) : segment.text;
    room -= cost;
  }
  return out;
}

function hit(s: string, colour: boolean): string {
  return colour ? `${ANSI.hit}${s}${ANSI.reset}` : `[${s}]`;
}

/** Sorted, merged [start, end) ranges; offsets outside the text are dropped rather than trusted. */
function mergeSpans(evidence: readonly Evidence[], textLength: number): Array<[number, number]> {
  const valid = evidence
    .map((e) => [e.start, e.end] as [number, number])
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= textLength)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of valid) {
    const prev = merged[merged.length - 1];
    if (prev && s <= prev[1]) prev[1] = Math.max(prev[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function spanText(text: string, e: Evidence): string {
  return Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end > e.start ? text.slice(e.start, e.end) : e.excerpt;
}

/**
 * One line of plain, well-formed text that cannot steer the terminal: whitespace runs become one
 * space, control characters (ESC included, so no injected ANSI) become U+FFFD, and bidi controls
 * (overrides, isolates, marks) go, so a comment cannot reorder the columns around it.
 */
export function clean(s: string): string {
  return s
    .toWellFormed()
    .replace(/\s+/gu, ' ')
    .replace(/\p{Cc}/gu, '\uFFFD')
    .replace(/\p{Bidi_Control}/gu, '');
}

function length(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

function truncate(s: string, width: number): string {
  return length(s) <= width ? s : `${Array.from(s).slice(0, Math.max(0, width - 1)).join('')}…`;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - length(s)));
}

function head(s: string, n: number): string {
  return length(s) <= n ? s : `${Array.from(s).slice(0, n).join('')}…`;
}

function tail(s: string, n: number): string {
  const chars = Array.from(s);
  return chars.length <= n ? s : `…${chars.slice(-n).join('')}`;
}

/** Keeps both ends of a long run: the words next to the spans on either side matter most. */
function squeeze(s: string, n: number): string {
  const chars = Array.from(s);
  if (chars.length <= n) return s;
  const half = Math.floor((n - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(-half).join('')}`;
}

function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    if (line !== '' && length(line) + 1 + length(word) > width) {
      lines.push(line);
      line = `  ${word}`;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
