/**
 * Input side of `npm run scan`: decides whether a text is JSONL, CSV or one comment per line and
 * turns it into comments, each with the line it started on, plus the lines that could not be used.
 * Pure: no I/O, never throws on any string.
 */

export type InputFormat = 'jsonl' | 'csv' | 'text';

export interface ScanRecord {
  /**
   * The input's own id, or `line-N` (N = the 1-based line the comment starts on, header included)
   * when it has none: unlike a running count, it stays put when other lines are bad or blank and
   * points straight at the source line.
   */
  id: string;
  /** 1-based physical line the comment starts on. */
  line: number;
  text: string;
  platform?: string;
  lang?: string;
  post?: string;
}

export interface InputError {
  line: number;
  message: string;
}

export interface ParsedInput {
  format: InputFormat;
  records: ScanRecord[];
  errors: InputError[];
}

const BOM = '\uFEFF';
const HEADER_CELL = /^[A-Za-z_][\w-]*$/;
const OPTIONAL_FIELDS = ['platform', 'lang', 'post'] as const;

/** Format implied by a file name, or undefined when only the content can tell. */
export function formatFromName(name: string): InputFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'jsonl' || ext === 'ndjson' || ext === 'json') return 'jsonl';
  if (ext === 'csv') return 'csv';
  if (ext === 'txt') return 'text';
  return undefined;
}

/** Guesses the format from the first non-empty line: `{` is JSONL, a `text` header is CSV, else text. */
export function detectFormat(content: string): InputFormat {
  const first = splitLines(stripBom(content)).find((line) => line.trim() !== '');
  if (first === undefined) return 'text';
  if (first.trimStart().startsWith('{')) return 'jsonl';
  return csvHeader(first) ? 'csv' : 'text';
}

export function parseInput(content: string, options: { format?: InputFormat; fileName?: string } = {}): ParsedInput {
  const text = stripBom(content);
  const format = options.format ?? (options.fileName ? formatFromName(options.fileName) : undefined) ?? detectFormat(text);
  if (format === 'jsonl') return { format, ...parseJsonl(text) };
  if (format === 'csv') return { format, ...parseCsvInput(text) };
  return { format, ...parseText(text) };
}

export function stripBom(content: string): string {
  return content.startsWith(BOM) ? content.slice(1) : content;
}

function parseText(content: string): Omit<ParsedInput, 'format'> {
  const records: ScanRecord[] = [];
  splitLines(content).forEach((line, index) => {
    if (line.trim() !== '') records.push({ id: `line-${index + 1}`, line: index + 1, text: line });
  });
  return { records, errors: [] };
}

function parseJsonl(content: string): Omit<ParsedInput, 'format'> {
  const records: ScanRecord[] = [];
  const errors: InputError[] = [];
  const lines = splitLines(content);
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  // A .json file holding an array would otherwise give one baffling error per line.
  if (firstIndex >= 0 && lines[firstIndex]?.trimStart().startsWith('[')) {
    return { records, errors: [{ line: firstIndex + 1, message: "a JSON array is not JSONL: put one object per line (e.g. jq -c '.[]')" }] };
  }
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      errors.push({ line, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    if (!isObject(value)) {
      errors.push({ line, message: 'expected a JSON object' });
      return;
    }
    if (typeof value.text !== 'string') {
      errors.push({ line, message: 'no string "text" field' });
      return;
    }
    const rawId = value.id;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : `line-${line}`;
    records.push({ id, line, text: value.text, ...optionalFields((name) => value[name]) });
  });
  return { records, errors };
}

function parseCsvInput(content: string): Omit<ParsedInput, 'format'> {
  const headerLine = splitLines(content).find((line) => line.trim() !== '');
  if (headerLine === undefined) return { records: [], errors: [] };
  const delimiter = csvHeader(headerLine)?.delimiter ?? ',';
  const { rows, errors } = parseCsv(content, delimiter);
  while (rows[0] && isBlankRow(rows[0].fields)) rows.shift();
  const header = rows.shift();
  if (!header) return { records: [], errors };
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const textColumn = columns.indexOf('text');
  if (textColumn < 0) return { records: [], errors: [...errors, { line: header.line, message: 'CSV header has no "text" column' }] };
  const column = (row: string[], name: string) => {
    const index = columns.indexOf(name);
    return index >= 0 ? row[index] : undefined;
  };

  const records: ScanRecord[] = [];
  for (const { fields, line } of rows) {
    if (isBlankRow(fields)) continue;
    const text = fields[textColumn];
    if (text === undefined) {
      errors.push({ line, message: `row has ${fields.length} field(s), no "text" value` });
      continue;
    }
    const id = column(fields, 'id');
    records.push({ id: id ? id : `line-${line}`, line, text, ...optionalFields((name) => column(fields, name)) });
  }
  errors.sort((a, b) => a.line - b.line);
  return { records, errors };
}

export interface CsvRow {
  fields: string[];
  /** 1-based line the row starts on. */
  line: number;
}

/**
 * RFC 4180 with the leniency real exports need: quoted fields may hold delimiters, doubled quotes
 * and line breaks; a stray quote inside an unquoted field is kept as text; CRLF or LF both end a row.
 * An unterminated quoted field is reported and its row dropped, since it swallowed the rest of the input.
 */
export function parseCsv(content: string, delimiter = ','): { rows: CsvRow[]; errors: InputError[] } {
  const rows: CsvRow[] = [];
  const errors: InputError[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };

  while (i < content.length) {
    const char = content[i];
    if (quoted) {
      if (char === '"') {
        if (content[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && content[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) {
    errors.push({ line: quoteLine, message: 'unterminated quoted field; the rest of the input is in it' });
  } else if (field !== '' || fields.length > 0) {
    endRow();
  }
  return { rows, errors };
}

/** The header's delimiter when the line looks like a CSV header with a `text` column. */
function csvHeader(line: string): { delimiter: string } | undefined {
  // Swedish Excel writes `;` because `,` is the decimal separator.
  for (const delimiter of [',', ';']) {
    if (!line.includes(delimiter)) continue;
    const cells = line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (cells.every((cell) => HEADER_CELL.test(cell)) && cells.some((cell) => cell.toLowerCase() === 'text')) return { delimiter };
  }
  return undefined;
}

function optionalFields(get: (name: string) => unknown): Partial<Pick<ScanRecord, (typeof OPTIONAL_FIELDS)[number]>> {
  const out: Partial<Pick<ScanRecord, (typeof OPTIONAL_FIELDS)[number]>> = {};
  for (const name of OPTIONAL_FIELDS) {
    const value = get(name);
    // Empty CSV cells and JSON nulls mean "not given", so the classifier still detects the language.
    if (typeof value === 'string' && value.trim() !== '') out[name] = value.trim();
  }
  return out;
}

function splitLines(content: string): string[] {
  const lines = content.split(/\r\n|\n|\r/);
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A blank line parses as one empty field; it separates rows, it is not a comment. */
function isBlankRow(fields: readonly string[]): boolean {
  return fields.length === 1 && fields[0]?.trim() === '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
