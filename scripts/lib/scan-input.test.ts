// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, formatFromName, parseCsv, parseInput } from './scan-input';
import { csvField } from './scan-output';

describe('format detection', () => {
  it('trusts the file extension, whatever the case', () => {
    expect(formatFromName('a.jsonl')).toBe('jsonl');
    expect(formatFromName('dir/a.ndjson')).toBe('jsonl');
    expect(formatFromName('export.JSON')).toBe('jsonl');
    expect(formatFromName('a.CSV')).toBe('csv');
    expect(formatFromName('a.txt')).toBe('text');
    expect(formatFromName('a.log')).toBeUndefined();
    expect(formatFromName('no-extension')).toBeUndefined();
  });

  it('reads the first non-empty line otherwise', () => {
    expect(detectFormat('\n\n  {"text":"hej"}\n')).toBe('jsonl');
    expect(detectFormat('id,text,platform\n1,hej,facebook\n')).toBe('csv');
    expect(detectFormat('"id","Text"\n1,hej\n')).toBe('csv');
    expect(detectFormat('id;text\n1;hej\n')).toBe('csv');
    expect(detectFormat('\uFEFF{"text":"hej"}')).toBe('jsonl');
    expect(detectFormat('hej hej\n{"text":"x"}')).toBe('text');
    expect(detectFormat('')).toBe('text');
  });

  it('does not take a comment that happens to start with "text," for a CSV header', () => {
    expect(detectFormat('text, please call me back\n')).toBe('text');
    expect(detectFormat('text\n')).toBe('text');
  });

  it('lets the extension win over the content', () => {
    const parsed = parseInput('{"text":"hej"}\n', { fileName: 'notes.txt' });
    expect(parsed.format).toBe('text');
    expect(parsed.records[0]?.text).toBe('{"text":"hej"}');
  });

  it('lets an explicit format win over the extension', () => {
    expect(parseInput('a\n', { format: 'text', fileName: 'x.csv' }).format).toBe('text');
  });
});

describe('JSONL', () => {
  it('keeps order, ids and the optional fields, and names the rest line-N', () => {
    const input = ['{"id":"a","text":"ett","platform":"facebook","lang":"sv","post":"Nytt badhus"}', '', '{"text":"två"}', '{"id":7,"text":"tre","lang":null}'].join('\n');
    const { format, records, errors } = parseInput(input);
    expect(format).toBe('jsonl');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { id: 'a', line: 1, text: 'ett', platform: 'facebook', lang: 'sv', post: 'Nytt badhus' },
      { id: 'line-3', line: 3, text: 'två' },
      { id: '7', line: 4, text: 'tre' },
    ]);
  });

  it('reports a bad line by number and still reads the others', () => {
    const input = '{"text":"ett"}\r\n{"text":"två"}\r\n{"text": nope}\r\n[1]\r\n{"txt":"x"}\r\n{"text":5}\r\n{"text":"sju"}\r\n';
    const { records, errors } = parseInput(input, { format: 'jsonl' });
    expect(records.map((r) => [r.line, r.text])).toEqual([
      [1, 'ett'],
      [2, 'två'],
      [7, 'sju'],
    ]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(errors[0]?.message).toMatch(/^not valid JSON \(.+\)$/);
    expect(errors[1]?.message).toBe('expected a JSON object');
    expect(errors[2]?.message).toBe('no string "text" field');
  });

  it('explains once that a JSON array is not JSONL', () => {
    const { records, errors } = parseInput('[\n  {"text":"a"}\n]\n', { fileName: 'export.json' });
    expect(records).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/JSON array is not JSONL/);
  });

  it('keeps a lone surrogate written as a JSON escape', () => {
    const { records } = parseInput('{"text":"a\\ud800b"}');
    expect(records[0]?.text).toBe('a\ud800b');
  });
});

describe('CSV', () => {
  it('handles RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes', () => {
    const input = '\uFEFFid,text,platform\r\n1,"Hej, kommunen",facebook\r\n2,"Han sa ""nej""",instagram\r\n3,"rad ett\r\nrad två",\r\n4,enkel,\r\n';
    const { format, records, errors } = parseInput(input);
    expect(format).toBe('csv');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { id: '1', line: 2, text: 'Hej, kommunen', platform: 'facebook' },
      { id: '2', line: 3, text: 'Han sa "nej"', platform: 'instagram' },
      { id: '3', line: 4, text: 'rad ett\r\nrad två' },
      // Line 6, not 5: the quoted line break in row 3 took a line.
      { id: '4', line: 6, text: 'enkel' },
    ]);
  });

  it('finds the columns by name in any order and names rows without an id line-N', () => {
    const input = 'lang,Text,post,id\nsv,första,Om skolan,\n,andra,,x9\n\n en ,tredje,,\n';
    const { records } = parseInput(input, { fileName: 'c.csv' });
    expect(records).toEqual([
      { id: 'line-2', line: 2, text: 'första', lang: 'sv', post: 'Om skolan' },
      { id: 'x9', line: 3, text: 'andra' },
      { id: 'line-5', line: 5, text: 'tredje', lang: 'en' },
    ]);
  });

  it('reads the semicolon CSV that Swedish Excel writes', () => {
    const { records } = parseInput('id;text\n1;"Hej; hej, igen"\n');
    expect(records).toEqual([{ id: '1', line: 2, text: 'Hej; hej, igen' }]);
  });

  it('skips blank lines before the header', () => {
    const { records } = parseInput('\n\nid,text\n1,hej\n', { format: 'csv' });
    expect(records).toEqual([{ id: '1', line: 4, text: 'hej' }]);
  });

  it('reports a header without a text column', () => {
    const { records, errors } = parseInput('id,comment\n1,hej\n', { fileName: 'c.csv' });
    expect(records).toEqual([]);
    expect(errors).toEqual([{ line: 1, message: 'CSV header has no "text" column' }]);
  });

  it('reports short rows and an unterminated quote by line, keeping the good rows', () => {
    const { records, errors } = parseInput('id,text\n1,ett\n2\n3,"aldrig stängd\n4,fyra\n', { format: 'csv' });
    expect(records.map((r) => r.id)).toEqual(['1']);
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
    expect(errors[1]?.message).toMatch(/unterminated quoted field/);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(parseCsv('a,b"c,"d"e\n').rows[0]?.fields).toEqual(['a', 'b"c', 'de']);
  });

  it('parses back whatever csvField wrote (cells a spreadsheet would run as formulas come back with a leading apostrophe)', () => {
    const written = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
        const text = table.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
        expect(parseCsv(text).rows.map((r) => r.fields)).toEqual(table.map((row) => row.map(written)));
      }),
    );
  });
});

describe('plain text', () => {
  it('takes one comment per line, skips blank lines and names them by line', () => {
    const { format, records } = parseInput('första\r\n\r\n  \nandra rad\nsista utan radslut');
    expect(format).toBe('text');
    expect(records).toEqual([
      { id: 'line-1', line: 1, text: 'första' },
      { id: 'line-4', line: 4, text: 'andra rad' },
      { id: 'line-5', line: 5, text: 'sista utan radslut' },
    ]);
  });

  it('strips a UTF-8 BOM', () => {
    expect(parseInput('\uFEFFhej').records[0]?.text).toBe('hej');
  });
});

describe('robustness', () => {
  it('never throws, whatever the input and format', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom(undefined, 'jsonl' as const, 'csv' as const, 'text' as const), (content, format) => {
        const parsed = parseInput(content, format ? { format } : {});
        for (const record of parsed.records) expect(typeof record.text).toBe('string');
      }),
    );
  });

  it('reads a 1 MB comment as one record', () => {
    const big = 'ord '.repeat(262_144);
    expect(parseInput(`${big}\n`).records[0]?.text).toHaveLength(big.length);
    expect(parseInput(`id,text\n1,"${big}"\n`).records[0]?.text).toHaveLength(big.length);
  });
});
