// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Assessment, Evidence, Label } from '../../classifiers';
import { parseCsv } from './scan-input';
import { CSV_HEADER, clean, csvField, formatCsv, formatJsonl, formatOutput, formatTable, markEvidence, type Scanned } from './scan-output';

const ANSI = '\x1b[';
const ZERO: Record<Label, number> = { individual_case: 0, child_at_risk: 0, crime: 0, crisis: 0, criticism: 0, sensitive_data: 0 };

function item(id: string, text: string, flagged?: { label: Label; spans: Array<[number, number]> }): Scanned {
  const evidence: Evidence[] = (flagged?.spans ?? []).map(([start, end]) => ({
    label: flagged?.label ?? 'crisis',
    ruleId: 'rule-x',
    start,
    end,
    excerpt: text.slice(start, end),
  }));
  const assessment: Assessment = flagged
    ? { lang: 'sv', labels: [flagged.label], urgency: 'high', scores: { ...ZERO, [flagged.label]: 0.9 }, evidence, actions: ['acknowledge', 'follow_up'] }
    : { lang: 'sv', labels: [], urgency: 'none', scores: ZERO, evidence: [], actions: [] };
  return { id, text, assessment };
}

const CRISIS = item('c1', 'jag orkar inte leva längre', { label: 'crisis', spans: [[4, 19], [4, 14]] });
const CLEAN = item('c2', 'fint väder idag');

describe('jsonl', () => {
  it('writes one JSON object per comment with exactly the documented keys, in order', () => {
    const lines = formatJsonl([CRISIS, CLEAN]).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(['id', 'lang', 'labels', 'urgency', 'scores', 'evidence', 'actions', 'reply']);
    expect(first.id).toBe('c1');
    expect((JSON.parse(lines[1] ?? '') as { id: string }).id).toBe('c2');
  });

  it('escapes lone surrogates, so the output is well-formed and parses back to the same text', () => {
    expect(JSON.stringify('a\ud800b\udc00')).toBe('"a\\ud800b\\udc00"');
    const out = formatJsonl([item('x\udfff', '\ud800 orkar', { label: 'crisis', spans: [[0, 3]] })]);
    expect(out.isWellFormed()).toBe(true);
    const record = JSON.parse(out) as { id: string; evidence: Evidence[] };
    expect(record.id).toBe('x\udfff');
    expect(record.evidence[0]?.excerpt).toBe('\ud800 o');
  });
});

describe('csv', () => {
  it('parses back: header, one row per comment, labels and actions joined with ;', () => {
    const tricky = item('id, "quoted"\nnewline', 'hej, "du"\nny rad', { label: 'criticism', spans: [[0, 9]] });
    const { rows, errors } = parseCsv(formatCsv([CRISIS, CLEAN, tricky]));
    expect(errors).toEqual([]);
    const table = rows.map((r) => r.fields);
    expect(table[0]).toEqual([...CSV_HEADER]);
    expect(table[1]?.slice(0, 5)).toEqual(['c1', 'sv', 'high', 'crisis', 'acknowledge;follow_up']);
    expect(table[1]?.[5]).toBe('rule-x "orkar inte leva";rule-x "orkar inte"'.replace(/rule-x/g, 'crisis/rule-x'));
    expect(table[2]).toEqual(['c2', 'sv', 'none', '', '', '', '']);
    expect(table[3]?.[0]).toBe('id, "quoted"\nnewline');
    expect(table[3]?.[5]).toBe('criticism/rule-x "hej, "du""');
    expect(table).toHaveLength(4);
  });
});

describe('table', () => {
  it('has no ANSI codes without colour, and some with it', () => {
    expect(formatTable([CRISIS, CLEAN], { colour: false })).not.toContain(ANSI);
    expect(formatTable([CRISIS, CLEAN], { colour: true })).toContain(ANSI);
  });

  it('puts urgency first and marks the evidence in the comment', () => {
    const lines = formatTable([CRISIS, CLEAN], { colour: false }).split('\n');
    expect(lines[1]).toMatch(/^HIGH\s+sv\s+c1\s+crisis$/);
    expect(lines[2]?.trim()).toBe('jag [orkar inte leva] längre');
    expect(lines[3]?.trim()).toBe('→ acknowledge, follow_up');
    expect(lines[4]).toMatch(/^none\s+sv\s+c2\s+fint väder idag$/);
    expect(lines).toContain('2 comments: 1 high, 1 none');
  });

  it('fits 100 columns, however long the comment and the id', () => {
    const long = `${'början '.repeat(200)}orkar inte${' mitten'.repeat(300)} kniv ${'slut '.repeat(500)}`;
    const a = long.indexOf('orkar');
    const b = long.indexOf('kniv');
    const items = [item('ett-mycket-långt-id-som-inte-får-plats', long, { label: 'crime', spans: [[a, a + 10], [b, b + 4]] }), item('2', long)];
    const out = formatTable(items, { colour: false });
    for (const line of out.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(100);
    expect(out).toContain('[orkar inte]');
    expect(out).toContain('[kniv]');
  });

  it('cannot be steered by the comment: no ESC, other controls or bidi overrides reach the terminal', () => {
    const nasty = item('\x1b[2Jid', 'a\x1b[31mröd\x00\u202Eevil\u2066 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627');
    const out = formatTable([nasty], { colour: false });
    for (const line of out.split('\n')) expect(line).not.toMatch(/[\p{Cc}\p{Bidi_Control}]/u);
    expect(out).toContain('a\uFFFD[31mröd\uFFFDevil \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627');
  });

  it('respects the width it is given', () => {
    const out = formatTable([item('1', 'x'.repeat(500))], { colour: false, width: 60 });
    for (const line of out.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(60);
  });
});

describe('markEvidence', () => {
  it('merges overlapping spans and ignores offsets outside the text', () => {
    const evidence = [
      { label: 'crisis', ruleId: 'a', start: 4, end: 9, excerpt: '' },
      { label: 'crisis', ruleId: 'b', start: 6, end: 14, excerpt: '' },
      { label: 'crisis', ruleId: 'c', start: 50, end: 60, excerpt: '' },
      { label: 'crisis', ruleId: 'd', start: 3, end: 2, excerpt: '' },
    ] satisfies Evidence[];
    expect(markEvidence('jag orkar inte leva', evidence, 80, false)).toBe('jag [orkar inte] leva');
    expect(markEvidence('jag orkar inte leva', evidence, 80, true)).toBe('jag \x1b[7morkar inte\x1b[0m leva');
  });
});

describe('clean', () => {
  it('turns lone surrogates and controls into U+FFFD and collapses whitespace', () => {
    expect(clean('a\ud800\tb\n\nc\x07')).toBe('a\uFFFD b c\uFFFD');
  });
});

it('prints nothing at all for no comments, in every format', () => {
  for (const format of ['jsonl', 'csv', 'table'] as const) expect(formatOutput(format, [], { colour: true })).toBe('');
});

describe('csvField against spreadsheet formulas', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });
});
