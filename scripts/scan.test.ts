// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence, Label } from '../classifiers';
import { decode, runScan, USAGE, type ScanRun } from './scan';
import { parseCsv } from './lib/scan-input';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'scan-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOTHING: Record<Label, number> = { individual_case: 0, child_at_risk: 0, crime: 0, crisis: 0, criticism: 0, sensitive_data: 0 };

/**
 * These tests are about the scanner, not the classifier (it has its own tests), so most use this
 * stand-in: instant, and it flags "orkar inte" with evidence sliced from the text the way classify()
 * slices it, surrogate halves included. The real classifier runs in the tests marked so below.
 */
const fakeClassify: NonNullable<ScanRun['classifier']> = (input) => {
  const text = typeof input === 'string' ? input : input.text;
  const at = text.indexOf('orkar inte');
  if (at < 0) return { lang: 'sv', labels: [], urgency: 'none', scores: NOTHING, evidence: [], actions: [] };
  const evidence: Evidence[] = [{ label: 'crisis', ruleId: 'fake', start: at, end: at + 10, excerpt: text.slice(Math.max(0, at - 5), at + 15) }];
  return { lang: 'sv', labels: ['crisis'], urgency: 'high', scores: { ...NOTHING, crisis: 0.9 }, evidence, actions: ['acknowledge', 'follow_up'] };
};

function scan(argv: string[], stdin = '', more: Partial<ScanRun> = {}) {
  return runScan({ argv, stdin, stdoutIsTTY: false, stderrIsTTY: false, classifier: fakeClassify, ...more });
}

function records(stdout: string): Array<{ id: string; labels: string[]; urgency: string; evidence: unknown[] }> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { id: string; labels: string[]; urgency: string; evidence: unknown[] });
}

const TWO = 'jag orkar inte leva längre\nfint väder idag\n';

describe('runScan', () => {
  it('classifies plain text from stdin with the real classifier, as JSONL when piped, in order with line-N ids', () => {
    const result = scan([], TWO, { classifier: undefined });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const out = records(result.stdout);
    expect(out.map((r) => r.id)).toEqual(['line-1', 'line-2']);
    expect(out[0]?.labels).toContain('crisis');
    expect(out[1]?.urgency).toBe('none');
  }, 120_000);

  it('defaults to the table in a terminal, with colour unless NO_COLOR is set', () => {
    const tty = scan([], TWO, { stdoutIsTTY: true });
    expect(tty.stdout).toMatch(/^\S*URGENCY/);
    expect(tty.stdout).toContain('\x1b[');
    expect(scan([], TWO, { stdoutIsTTY: true, env: { NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
    expect(scan(['--format', 'table'], TWO).stdout).not.toContain('\x1b[');
  });

  it('keeps input ids and order across JSONL, CSV and text', () => {
    const jsonl = ['{"id":"c","text":"tre"}', '{"text":"ingen id"}', '{"id":"a","text":"ett"}'].join('\n');
    expect(records(scan([], jsonl).stdout).map((r) => r.id)).toEqual(['c', 'line-2', 'a']);
    const csv = '\uFEFFid,text\nz,"hej, du"\n,"två\nrader"\ny,sista\n';
    expect(records(scan([], csv).stdout).map((r) => r.id)).toEqual(['z', 'line-3', 'y']);
  });

  it('writes CSV that parses back, one row per comment', () => {
    const result = scan(['--format=csv'], TWO);
    const rows = parseCsv(result.stdout).rows.map((r) => r.fields);
    expect(rows[0]).toEqual(['id', 'lang', 'urgency', 'labels', 'actions', 'evidence', 'reply']);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[0]).toBe('line-1');
    expect(rows[1]?.[3]).toContain('crisis');
  });

  it('reports a bad JSONL line by number, scans the rest and exits 1', () => {
    const input = '{"text":"ett"}\n{"text":"två"}\n{"text": oops}\n{"id":"4","text":"fyra"}\n{"no":"text"}\n';
    const result = scan([], input);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^scan: line 3: not valid JSON \(.+\)\nscan: line 5: no string "text" field\n$/);
    expect(records(result.stdout).map((r) => r.id)).toEqual(['line-1', 'line-2', '4']);
  });

  it('caps the error report so binary junk cannot flood the terminal', () => {
    const result = scan([], '{\n'.repeat(50));
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(21);
    expect(result.stderr).toContain('scan: 30 more bad lines not shown');
  });

  it('prints nothing and exits 0 for empty input', () => {
    for (const input of ['', '\n\n', '\uFEFF', '  \r\n']) {
      for (const format of ['jsonl', 'csv', 'table']) {
        expect(scan(['--format', format], input)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
      }
    }
    expect(scan([], 'id,text\n')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('prints usage for --help and -h', () => {
    expect(scan(['--help'])).toEqual({ stdout: USAGE, stderr: '', exitCode: 0 });
    expect(scan(['-h', 'ignored.txt']).stdout).toBe(USAGE);
  });

  it.each([
    [['--format', 'xml'], 'scan: unknown format "xml" (use jsonl, table, csv)\n'],
    [['--format'], 'scan: --format needs a value: jsonl, table, csv\n'],
    [['--colour'], 'scan: unknown option "--colour" (see --help)\n'],
    [['a.txt', 'b.txt'], 'scan: expected at most one FILE, got 2\n'],
    [['/nonexistent/comments.jsonl'], 'scan: no such file: /nonexistent/comments.jsonl\n'],
  ])('gives one clear line and exit 2 for %j', (argv, stderr) => {
    expect(scan(argv)).toEqual({ stdout: '', stderr, exitCode: 2 });
  });

  it('reads FILE and picks the input format from its extension', () => {
    const file = path.join(dir, 'comments.csv');
    writeFileSync(file, 'text,id\n"Hej, jag orkar inte leva längre",k1\n');
    const result = scan([file]);
    expect(result.exitCode).toBe(0);
    expect(records(result.stdout)).toMatchObject([{ id: 'k1', labels: ['crisis'] }]);
    expect(scan([dir]).stderr).toMatch(/is a directory/);
    // "-" is stdin even when a format is forced.
    expect(records(scan(['-f', 'jsonl', '-'], 'hej').stdout)).toHaveLength(1);
  });

  it('survives a classifier that throws or returns junk: reported, the rest still scanned', () => {
    let n = 0;
    const classifier: ScanRun['classifier'] = () => {
      n += 1;
      if (n === 1) throw new Error('boom');
      if (n === 2) return undefined as never;
      return { lang: 'sv', labels: [], urgency: 'none', scores: {} as never, evidence: [], actions: [] };
    };
    const result = scan([], 'a\nb\nc\n', { classifier });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('scan: line 1: classifier failed (boom)\nscan: line 2: classifier returned no assessment\n');
    expect(records(result.stdout).map((r) => r.id)).toEqual(['line-3']);
  });
});

describe('progress', () => {
  const many = Array.from({ length: 250 }, (_, i) => `kommentar ${i}`).join('\n');

  it('shows on a terminal for a long input, and clears its line at the end', () => {
    const chunks: string[] = [];
    const result = scan([], many, { stderrIsTTY: true, onProgress: (c) => chunks.push(c) });
    expect(result.stderr).toBe('');
    expect(chunks[0]).toMatch(/^\rscan: \d+\/250 comments$/);
    expect(chunks).toContain('\rscan: 250/250 comments');
    expect(chunks.at(-1)).toBe('\r\x1b[K');
    expect(chunks.length).toBeLessThanOrEqual(102);
  });

  it('stays silent when stderr is not a terminal or the input is short', () => {
    const chunks: string[] = [];
    expect(scan([], many, { onProgress: (c) => chunks.push(c) }).stderr).toBe('');
    scan([], TWO, { stderrIsTTY: true, onProgress: (c) => chunks.push(c) });
    expect(chunks).toEqual([]);
  });
});

describe('hostile input', () => {
  const formats = ['jsonl', 'csv', 'table'] as const;

  it('handles a 1 MB comment, also with the real classifier', () => {
    const big = `${'hej '.repeat(150_000)}jag orkar inte leva längre ${'då '.repeat(150_000)}`;
    expect(big.length).toBeGreaterThan(1_000_000);
    const result = scan([], JSON.stringify({ id: 'big', text: big }), { classifier: undefined });
    expect(result.exitCode).toBe(0);
    expect(records(result.stdout)[0]?.id).toBe('big');
    const table = scan(['--format', 'table'], big).stdout;
    expect(table).toContain('[orkar inte]');
    for (const line of table.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(100);
  }, 120_000);

  it('handles binary garbage in every format', () => {
    let seed = 42;
    const bytes = Uint8Array.from({ length: 20_000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    const text = decode(bytes);
    for (const format of formats) {
      const result = scan(['--format', format], text);
      expect(result.exitCode).toBe(0);
      expect(result.stdout.isWellFormed()).toBe(true);
      if (format === 'jsonl') expect(() => records(result.stdout)).not.toThrow();
      if (format === 'table') for (const line of result.stdout.split('\n')) expect(line).not.toMatch(/[\p{Cc}\p{Bidi_Control}]/u);
    }
  });

  it('handles right-to-left text', () => {
    const rtl = 'مرحبا، لا أستطيع العيش بعد الآن\nשלום, אני לא יכול יותר\n\u202Eמשהו הפוך\n';
    for (const format of formats) {
      const result = scan(['--format', format], rtl);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).not.toBe('');
    }
    expect(records(scan([], rtl).stdout)).toHaveLength(3);
    expect(scan(['--format', 'table'], rtl).stdout).not.toMatch(/\p{Bidi_Control}/u);
  });

  it('keeps output valid with lone surrogates, from raw text or JSON escapes', () => {
    const raw = '\ud800 jag orkar inte leva längre \udfff\n';
    const escaped = '{"id":"\\udc00","text":"jag orkar inte leva\\ud83d längre"}\n';
    for (const input of [raw, escaped]) {
      for (const format of formats) {
        const result = scan(['--format', format], input);
        expect(result.exitCode).toBe(0);
        expect(result.stdout.isWellFormed()).toBe(true);
      }
      const [record] = records(scan([], input).stdout);
      expect(record?.labels).toContain('crisis');
    }
    expect(records(scan([], escaped).stdout)[0]?.id).toBe('\udc00');
  });
});

describe('hostile input through the real classifier', () => {
  it('gives valid JSONL for binary garbage, right-to-left text and lone surrogates', () => {
    let seed = 7;
    const garbage = decode(Uint8Array.from({ length: 4_000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff));
    const hostile = [garbage, 'مرحبا، لا أستطيع العيش بعد الآن\nשלום, אני לא יכול יותר 😀\n', '\ud800 jag orkar inte leva längre \udfff\n'];
    for (const input of hostile) {
      const result = scan(['--format', 'jsonl'], input, { classifier: undefined });
      expect(result.exitCode).toBe(0);
      expect(result.stdout.isWellFormed()).toBe(true);
      expect(records(result.stdout).length).toBeGreaterThan(0);
    }
  }, 240_000);
});

describe('decode', () => {
  it('turns invalid UTF-8 into U+FFFD and reads UTF-16 with a BOM', () => {
    expect(decode(Uint8Array.from([0x68, 0xff, 0x6a]))).toBe('h\uFFFDj');
    expect(decode(Uint8Array.from([0xff, 0xfe, 0x68, 0x00, 0xe5, 0x00]))).toBe('hå');
    expect(decode(Uint8Array.from([0xfe, 0xff, 0x00, 0x68]))).toBe('h');
  });
});

describe('the real CLI', () => {
  it('runs through tsx on a file: JSONL out, bad line on stderr, exit 1', () => {
    const file = path.join(dir, 'input.jsonl');
    writeFileSync(file, '{"id":"a","text":"jag orkar inte leva längre"}\nnot json\n{"id":"b","text":"fint väder idag"}\n');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/.bin/tsx'), path.join(ROOT, 'scripts/scan.ts'), file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toMatch(/^scan: line 2: not valid JSON \(/);
    expect(run.status).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => r.id)).toEqual(['a', 'b']);
    expect(out[0]?.labels).toContain('crisis');
  }, 240_000);

  it('reads stdin and exits 2 with one line for a bad --format', () => {
    const tsx = [path.join(ROOT, 'node_modules/.bin/tsx'), path.join(ROOT, 'scripts/scan.ts')];
    const ok = spawnSync(process.execPath, [...tsx, '--format', 'csv'], { cwd: ROOT, input: TWO, encoding: 'utf8', timeout: 120_000 });
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n')[0]).toBe('id,lang,urgency,labels,actions,evidence,reply');
    const bad = spawnSync(process.execPath, [...tsx, '--format', 'xml'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('scan: unknown format "xml" (use jsonl, table, csv)\n');
  }, 240_000);
});

describe('replies in the scan', () => {
  const real = (argv: string[], stdin: string, more: Partial<ScanRun> = {}) =>
    runScan({ argv, stdin, stdoutIsTTY: false, stderrIsTTY: false, ...more });
  const replies = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { reply: { text: string; lang: string; channels: string[] } | null }).reply);
  const child = 'Grannens småbarn är ensamma hemma varje kväll och verkar inte få någon mat';

  it('gives a flagged comment a reply with the number for the hour, and a harmless one null', () => {
    const office = replies(real(['--at', '2026-11-24T10:00+01:00'], `${child}\nTack för en fin konsert!\n`).stdout);
    expect(office[0]?.text).toContain('0340-88500');
    expect(office[0]?.channels).toContain('mottagningsgruppen');
    expect(office[1]).toBeNull();
    const night = replies(real(['--at', '2026-11-28T22:00+01:00'], `${child}\n`).stdout);
    expect(night[0]?.text).toContain('112');
    expect(night[0]?.text).not.toContain('0340-88500');
  });

  it('never repeats a reply within one run', () => {
    const input = Array.from({ length: 30 }, (_, i) => `${child} (${i})`).join('\n');
    const texts = replies(real(['--at', '2026-11-24T10:00+01:00'], input).stdout).map((r) => r?.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('uses the moment of the run when --at is not given, and rejects a bad --at', () => {
    const now = () => new Date('2026-11-24T09:00:00Z');
    expect(replies(real([], `${child}\n`, { now }).stdout)[0]?.text).toContain('0340-88500');
    const bad = real(['--at', 'igår'], `${child}\n`);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/--at/);
  });

  it('reads another directory and reports an invalid one', () => {
    const directory = {
      municipality: { sv: 'Testby kommun', en: 'Testby municipality' },
      channels: [
        { id: 'mottagningen', name: { sv: 'Mottagningen', en: 'Reception' }, phone: '0123-45 67 89', hours: { kind: 'always' }, purposes: ['child_concern'] },
      ],
    };
    const files: Record<string, string> = { 'dir.json': JSON.stringify(directory), 'bad.json': '{"channels": []}' };
    const readFile = (name: string) => files[name] ?? '';
    const good = replies(real(['--directory', 'dir.json', '--at', '2026-11-24T10:00+01:00'], `${child}\n`, { readFile }).stdout);
    expect(good[0]?.text).toContain('0123-45 67 89');
    const bad = real(['--directory', 'bad.json'], `${child}\n`, { readFile });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/--directory bad\.json/);
  });
});
