/**
 * npm run --silent scan -- [--format jsonl|table|csv] [FILE]: classifies every comment in a file or
 * stdin and prints one result per comment, in input order. `runScan` does the work without touching
 * the process, so tests call it directly; the wiring to the real process is at the bottom.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify, type Assessment } from '../classifiers';
import { suggestReplies } from '../responses/compose';
import { parseDirectory, VARBERG_DIRECTORY, type Directory } from '../responses/directory';
import { parseInput, type InputError } from './lib/scan-input';
import { clean, formatOutput, OUTPUT_FORMATS, type OutputFormat, type Scanned } from './lib/scan-output';

export const USAGE = `Usage: npm run --silent scan -- [--format jsonl|table|csv] [--at ISO-TIME] [--directory FILE.json] [FILE]

Classifies each comment in FILE (or stdin, also with FILE "-") and prints one result per comment,
in input order.

Input   jsonl  one {"id"?, "text", "platform"?, "lang"?, "post"?} per line (.jsonl .ndjson .json)
        csv    header row with a "text" column; optional id, platform, lang, post columns (.csv)
        text   one comment per line (.txt)
        Other file names and stdin: told apart by the first non-empty line.
Output  jsonl  {id, lang, labels, urgency, scores, evidence, actions, reply} per line (default when piped)
        table  for reading (default in a terminal; colour unless NO_COLOR is set)
        csv    id,lang,urgency,labels,actions,evidence,reply
Replies reply is the first suggested reply {text, lang, channels} for a flagged comment, else null:
        --at        the moment the reply is for (ISO 8601, e.g. 2026-11-24T10:00+01:00; default now),
                    which decides the number (office hours, lunch, holidays, after hours)
        --directory a channel directory in JSON (default: Varberg municipality's)
        Replies in one run share one history, so none repeats an earlier one.
Comments without an id get "line-N", N being the input line they start on.

Exit    0 done · 1 some input was bad (reported on stderr, the rest still scanned) · 2 usage error
`;

/** Past this many comments a person at a terminal wants to see that it is still working. */
const PROGRESS_THRESHOLD = 200;
/** A binary file fed in as JSONL would otherwise bury the terminal in one error per line. */
const MAX_REPORTED_ERRORS = 20;

export interface ScanArgs {
  help: boolean;
  format?: OutputFormat;
  at?: Date;
  directory?: string;
  /** Undefined or "-" reads stdin. */
  file?: string;
}

export function parseArgs(argv: readonly string[]): { ok: true; args: ScanArgs } | { ok: false; error: string } {
  const args: ScanArgs = { help: false };
  const files: string[] = [];
  let options = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!options || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
    } else if (arg === '--') {
      options = false;
    } else if (arg === '-h' || arg === '--help') {
      args.help = true;
    } else if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : argv[++i];
      if (value === undefined || value === '') return { ok: false, error: `${arg} needs a value: ${OUTPUT_FORMATS.join(', ')}` };
      if (!isOutputFormat(value)) return { ok: false, error: `unknown format "${value}" (use ${OUTPUT_FORMATS.join(', ')})` };
      args.format = value;
    } else if (arg === '--at' || arg.startsWith('--at=')) {
      const value = arg.startsWith('--at=') ? arg.slice('--at='.length) : argv[++i];
      const at = value === undefined ? undefined : new Date(value);
      if (!at || value === '' || Number.isNaN(at.getTime())) return { ok: false, error: `--at needs an ISO date-time such as 2026-11-24T10:00+01:00, got "${value ?? ''}"` };
      args.at = at;
    } else if (arg === '--directory' || arg.startsWith('--directory=')) {
      const value = arg.startsWith('--directory=') ? arg.slice('--directory='.length) : argv[++i];
      if (value === undefined || value === '') return { ok: false, error: `${arg} needs a JSON file` };
      args.directory = value;
    } else {
      return { ok: false, error: `unknown option "${arg}" (see --help)` };
    }
  }
  if (files.length > 1) return { ok: false, error: `expected at most one FILE, got ${files.length}` };
  if (files[0] !== undefined) args.file = files[0];
  return { ok: true, args };
}

export interface ScanRun {
  argv: readonly string[];
  /** Standard input, already read; used when no FILE (or "-") is given. */
  stdin: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env?: Readonly<Record<string, string | undefined>>;
  /** Terminal columns for the table. */
  width?: number;
  readFile?: (path: string) => string;
  /** Receives progress as it happens; without it, progress lands in the returned stderr. */
  onProgress?: (chunk: string) => void;
  classifier?: (input: Parameters<typeof classify>[0]) => Assessment;
  /** The moment replies are for when --at is not given. */
  now?: () => Date;
}

export interface ScanResult {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

export function runScan(run: ScanRun): ScanResult {
  const parsed = parseArgs(run.argv);
  if (!parsed.ok) return { stdout: '', stderr: `scan: ${parsed.error}\n`, exitCode: 2 };
  const { args } = parsed;
  if (args.help) return { stdout: USAGE, stderr: '', exitCode: 0 };

  const file = args.file === '-' ? undefined : args.file;
  let content = run.stdin;
  if (file !== undefined) {
    try {
      content = (run.readFile ?? readTextFile)(file);
    } catch (error) {
      return { stdout: '', stderr: `scan: ${describeReadError(file, error)}\n`, exitCode: 2 };
    }
  }

  let directory: Directory = VARBERG_DIRECTORY;
  if (args.directory !== undefined) {
    try {
      directory = parseDirectory(JSON.parse((run.readFile ?? readTextFile)(args.directory)));
    } catch (error) {
      return { stdout: '', stderr: `scan: --directory ${args.directory}: ${error instanceof Error ? error.message : String(error)}\n`, exitCode: 2 };
    }
  }
  const now = args.at ?? (run.now ?? (() => new Date()))();
  const history: string[] = [];

  const input = parseInput(content, file !== undefined ? { fileName: file } : {});
  const errors: InputError[] = [...input.errors];
  const progressChunks: string[] = [];
  const progress = run.onProgress ?? ((chunk: string) => progressChunks.push(chunk));
  const total = input.records.length;
  const showProgress = run.stderrIsTTY && total > PROGRESS_THRESHOLD;
  const step = Math.max(1, Math.ceil(total / 100));
  const classifier = run.classifier ?? classify;

  const scanned: Scanned[] = [];
  input.records.forEach((record, index) => {
    const { id, line, text, ...context } = record;
    try {
      const assessment = classifier({ text, ...context });
      // classify() promises never to throw or return junk; one broken comment still must not sink the batch.
      if (isAssessment(assessment)) {
        const first = assessment.labels.length > 0 ? suggestReplies(assessment, text, { now, directory, history, count: 2 })[0] : undefined;
        if (first) history.push(first.text);
        scanned.push({ id, text, assessment, reply: first ? { text: first.text, lang: first.lang, channels: first.channels } : null });
      }
      else errors.push({ line, message: 'classifier returned no assessment' });
    } catch (error) {
      errors.push({ line, message: `classifier failed (${error instanceof Error ? error.message : String(error)})` });
    }
    if (showProgress && ((index + 1) % step === 0 || index + 1 === total)) progress(`\rscan: ${index + 1}/${total} comments`);
  });
  if (showProgress) progress('\r\x1b[K');

  const format = args.format ?? (run.stdoutIsTTY ? 'table' : 'jsonl');
  const noColour = run.env?.NO_COLOR !== undefined && run.env.NO_COLOR !== '';
  const stdout = formatOutput(format, scanned, { colour: run.stdoutIsTTY && !noColour, width: run.width ?? 100 });
  return { stdout, stderr: progressChunks.join('') + reportErrors(errors), exitCode: errors.length > 0 ? 1 : 0 };
}

function reportErrors(errors: InputError[]): string {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  const lines = sorted.slice(0, MAX_REPORTED_ERRORS).map((e) => `scan: line ${e.line}: ${clean(e.message)}\n`);
  const rest = sorted.length - MAX_REPORTED_ERRORS;
  if (rest > 0) lines.push(`scan: ${rest} more bad line${rest === 1 ? '' : 's'} not shown\n`);
  return lines.join('');
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

function isAssessment(value: unknown): value is Assessment {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Partial<Record<keyof Assessment, unknown>>;
  return typeof a.lang === 'string' && typeof a.urgency === 'string' && Array.isArray(a.labels) && Array.isArray(a.evidence) && Array.isArray(a.actions);
}

/** Invalid UTF-8 becomes U+FFFD rather than an error; Excel's "Unicode text" export is UTF-16 with a BOM. */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function readTextFile(path: string): string {
  return decode(readFileSync(path));
}

function describeReadError(file: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return `no such file: ${file}`;
  if (code === 'EISDIR') return `${file} is a directory, not a file`;
  if (code === 'EACCES') return `no permission to read ${file}`;
  return `cannot read ${file} (${error instanceof Error ? error.message : String(error)})`;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function main(): Promise<void> {
  // `scan ... | head` closes the pipe early; that is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const argv = process.argv.slice(2);
  const parsed = parseArgs(argv);
  let stdin = '';
  // Only wait on stdin when it is the input; `--help` or a bad flag must not hang on a terminal.
  if (parsed.ok && !parsed.args.help && (parsed.args.file === undefined || parsed.args.file === '-')) {
    if (process.stdin.isTTY) process.stderr.write('scan: reading comments from stdin, end with Ctrl-D (see --help)\n');
    stdin = decode(await readStream(process.stdin));
  }
  const result = runScan({
    argv,
    stdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    // A pty that reports 0 columns (script, some CI runners) gets the full 100.
    width: Math.max(40, Math.min(100, process.stdout.columns || 100)),
    onProgress: (chunk) => process.stderr.write(chunk),
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  // exitCode rather than exit(): exit() can cut off output still flowing into a pipe.
  process.exitCode = result.exitCode;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    process.stderr.write(`scan: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
