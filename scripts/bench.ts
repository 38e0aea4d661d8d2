/**
 * npm run bench: figures measured on this machine, printed next to their targets.
 *
 * A measurement, not a test: a MISS is reported and the exit code stays 0. Only a section that
 * crashes makes the run fail, because then there is no figure at all.
 *
 * Each section is a named function returning the lines to print; add later ones (page scanning)
 * to SECTIONS.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { classify, type Assessment, type CommentInput } from '../classifiers';
import { suggestReplies } from '../responses/compose';
import { VARBERG_DIRECTORY } from '../responses/directory';
import { lintReply } from '../responses/lint';
import 'fake-indexeddb/auto';
import { SekretessvaktDB } from '../storage/db';
import { dashboardSection } from './bench-dashboard';
import { listTasks, recordComment, setStep, trackComment, type SeenComment } from '../storage/repository';
import {
  formatKB,
  formatMs,
  formatNumber,
  formatPercent,
  groupBytes,
  mulberry32,
  pick,
  randomInt,
  summarize,
  targetLine,
  type Target,
} from './lib/bench-stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEED = 20_240_611;
const GENERATED_COMMENTS = 20_000;
/** `-- --calls N` shortens a run while iterating on the classifier; figures for the record use the default. */
const MEASURED_CALLS = callsFromArgs(process.argv.slice(2)) ?? 100_000;
const WARMUP_CALLS = Math.min(5_000, MEASURED_CALLS);
/** A slow classifier turns 100 000 calls into minutes; a heartbeat on stderr shows the run is alive. */
const PROGRESS_EVERY_MS = 15_000;
/**
 * A classifier 1 000 times too slow would need hours for 100 000 calls and say nothing more than
 * 10 minutes of them do. At the target rate the full run takes seconds, so this never cuts a run
 * whose figures could pass.
 */
const WARMUP_BUDGET_MS = 120_000;
const MEASURE_BUDGET_MS = 600_000;
const MIN_LENGTH = 20;
const MAX_LENGTH = 600;
/** Labelled comments from this repository only; ../shared/corpus is held out for evaluation. */
const CORPUS_FILES = ['tests/corpus/positives.jsonl', 'tests/corpus/negatives.jsonl'];

const TARGETS = {
  throughput: { name: 'throughput', kind: 'min', limit: 20_000, unit: 'comments/s' },
  p99: { name: 'p99 latency', kind: 'max', limit: 1, unit: 'ms' },
  gzip: { name: 'classifier gzip', kind: 'max', limit: 60, unit: 'KB' },
  replyP99: { name: 'reply suggestion p99', kind: 'max', limit: 2, unit: 'ms' },
  dashboardQuery: { name: 'dashboard query p99', kind: 'max', limit: 50, unit: 'ms' },
} satisfies Record<string, Target>;

interface Section {
  name: string;
  run: () => string[] | Promise<string[]>;
}

function callsFromArgs(args: string[]): number | undefined {
  const at = args.indexOf('--calls');
  if (at < 0) return undefined;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--calls wants a positive integer, got ${args[at + 1] ?? 'nothing'}`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Comments to classify

type Random = () => number;

/**
 * Fragments in the register of real comments under municipal posts. Harmless ones dominate as on
 * a real page, so throughput reflects mostly-clean traffic while every rule family still fires.
 */
const HARMLESS_SV = [
  'Tack för infon!',
  'När öppnar badhuset igen efter renoveringen?',
  'Bra jobbat med snöröjningen i år 👍',
  'Varför är det fortfarande inte plogat på Lindvägen? Bussen kommer inte fram.',
  'Kommer det finnas parkering vid nya förskolan?',
  'Härligt att se att biblioteket har öppet på söndagar nu',
  'hur anmäler man sig till simskolan? hittar inget på hemsidan',
  'Vilka tider gäller för återvinningscentralen i påsk?',
  'jag dör av skratt 😂 vem skrev det här',
  'Mördande tråkigt med detaljplaner men bra att ni sänder',
  'Fina bilder från nationaldagsfirandet! 🇸🇪',
  'Blir det någon tipspromenad i naturreservatet i höst också?',
  'Kan man lämna synpunkter på översiktsplanen digitalt?',
  'Äntligen en ny lekplats i Centrum, barnen älskar den',
  'Är det sant att busslinje 4 ska läggas ner?',
  'Gatlyktorna på cykelvägen vid skolan har varit släckta en vecka, kan ni kolla?',
  'Tack till personalen på äldreboendet för ett fint sommarfirande ❤️',
  'hej! var hittar jag blanketten för bygglov?',
  'Ser fram emot konserten i parken',
  'Hur långt har ni kommit med den nya cykelbanan längs ån?',
];
const HARMLESS_EN = [
  'Thanks for the update!',
  'When does the library open on Sundays?',
  'Great initiative, the kids loved the skatepark opening',
  'Is there parking near the new sports hall?',
  'Lovely photos from the national day celebration',
  'where do I apply for a parking permit? cannot find it on the website',
  'Will the swimming school run during the summer holidays too?',
  'The street lights on the cycle path have been out for a week',
  'lol this made my day 😂',
  'Any news about the bus timetable changes?',
];
const FLAGGED_SV = [
  // individual_case
  'Jag har sökt försörjningsstöd i tre månader och min handläggare på socialtjänsten svarar aldrig.',
  'Min mamma på äldreboendet har inte fått sina mediciner på två dagar, vi har klagat flera gånger.',
  'Jag fick avslag på mitt bygglov utan någon motivering och ingen ringer tillbaka.',
  'Min son har fortfarande ingen plats i särskolan trots att vi ansökte i mars.',
  // child_at_risk
  'Grannens barn är ute själva mitt i natten och pappan skriker och slår dem.',
  'brorsans flickvän röker på inne med bebisen i samma rum',
  'en 11-åring i klassen säger att hon inte får äta hemma och har blåmärken överallt',
  // crime
  'Någon bröt sig in i förrådet i natt och stal två cyklar.',
  'grannen hotar mig varje gång vi möts i trappan, sa att jag inte ska vakna imorgon',
  'Det säljs knark öppet vid skolan varje eftermiddag.',
  // crisis
  'jag orkar inte leva längre, ingen bryr sig',
  'Vi blir vräkta imorgon och har ingenstans att sova med barnen.',
  'har tänkt på att ta livet av mig hela veckan',
  // criticism
  'Chefen på socialtjänsten borde sparkas, ni har totalt misslyckats och borde skämmas.',
  'Kommunen har ljugit för oss i tre år om skolan, det här är korruption.',
  // personal data
  'mitt personnummer är 811218-9876 om ni vill kolla mitt ärende',
  'ring mig på 070-123 45 67 så förklarar jag',
  'Ni kan maila mig på anna.svensson@example.se',
  'Hon bor på Storgatan 12 och har hand om barnen ensam.',
  'Det var Karin Andersson på hemtjänsten som glömde bort pappa.',
];
const FLAGGED_EN = [
  "My son's case worker at social services hasn't called back in six weeks.",
  'I do not want to live anymore, nobody listens.',
  'Someone stole my bike outside the school again and the police did nothing.',
  'The kids next door are left alone all night and their dad hits them.',
  'The head of the school board should resign, you lied to every parent.',
  'call me on 070-123 45 67, my personal number is 811218-9876',
];
const DECORATIONS = [
  ' 😡',
  ' 😢😢',
  ' ❤️',
  '!!',
  '???',
  ' https://www.kommun.se/nyheter/2024/badhuset',
  ' @Anna Svensson',
  ' @kommunen',
  ' #varberg',
  '\n\n',
  ' …',
  ' mvh Per',
];

function generateComment(random: Random): string {
  const english = random() < 0.25;
  const harmless = english ? HARMLESS_EN : HARMLESS_SV;
  const flagged = english ? FLAGGED_EN : FLAGGED_SV;
  const flaggedShare = random() < 0.4 ? 0.35 : 0;
  const wanted = randomInt(random, MIN_LENGTH, MAX_LENGTH);
  let text = '';
  while (text.length < wanted) {
    const fragment = pick(random, random() < flaggedShare ? flagged : harmless);
    text += (text === '' ? '' : random() < 0.3 ? '\n' : ' ') + fragment;
    if (random() < 0.2) text += pick(random, DECORATIONS);
  }
  if (text.length > MAX_LENGTH) {
    const cut = text.lastIndexOf(' ', MAX_LENGTH);
    text = text.slice(0, cut >= MIN_LENGTH ? cut : MAX_LENGTH);
  }
  return text;
}

function readCorpus(): { texts: string[]; files: string[] } {
  const texts: string[] = [];
  const files: string[] = [];
  for (const file of CORPUS_FILES) {
    const full = path.join(ROOT, file);
    if (!existsSync(full)) continue;
    files.push(file);
    for (const line of readFileSync(full, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { text } = JSON.parse(line) as { text?: unknown };
      if (typeof text === 'string') texts.push(text);
    }
  }
  return { texts, files };
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Sections

function classifySection(): string[] {
  const random = mulberry32(SEED);
  const corpus = readCorpus();
  const generated = Array.from({ length: GENERATED_COMMENTS }, () => generateComment(random));
  // Built before timing so the loop measures classify, not object allocation.
  const inputs: CommentInput[] = shuffle(random, [...generated, ...corpus.texts]).map((text) => ({ text, platform: 'facebook' }));
  const meanLength = inputs.reduce((sum, input) => sum + input.text.length, 0) / inputs.length;

  // Lets the JIT optimise classify and fill the lazily compiled lexicons before anything is timed.
  const warmupStarted = performance.now();
  let nextWarmupReport = warmupStarted + PROGRESS_EVERY_MS;
  let warmupCalls = 0;
  for (let i = 0; i < WARMUP_CALLS; i++) {
    classify(inputs[i % inputs.length] as CommentInput);
    warmupCalls++;
    const now = performance.now();
    if (now - warmupStarted > WARMUP_BUDGET_MS) break;
    if (now >= nextWarmupReport) {
      process.stderr.write(`  … warm-up ${formatNumber(i + 1)} / ${formatNumber(WARMUP_CALLS)} calls after ${formatNumber((now - warmupStarted) / 1000)} s\n`);
      nextWarmupReport = now + PROGRESS_EVERY_MS;
    }
  }

  const latencies = new Float64Array(MEASURED_CALLS);
  let flagged = 0;
  let slowest = 0;
  const started = performance.now();
  let nextReport = started + PROGRESS_EVERY_MS;
  let calls = 0;
  for (let i = 0; i < MEASURED_CALLS; i++) {
    // Carries on after the warm-up comments, so the first timed calls are not ones already seen.
    const input = inputs[(warmupCalls + i) % inputs.length] as CommentInput;
    const t0 = performance.now();
    const result = classify(input);
    const t1 = performance.now();
    const elapsed = t1 - t0;
    latencies[i] = elapsed;
    calls++;
    // Using the result keeps the call observable, and tells whether the mix really exercises the rules.
    if (result.labels.length > 0) flagged++;
    if (elapsed > (latencies[slowest] ?? 0)) slowest = i;
    if (t1 >= nextReport) {
      process.stderr.write(`  … ${formatNumber(i + 1)} / ${formatNumber(MEASURED_CALLS)} calls after ${formatNumber((t1 - started) / 1000)} s\n`);
      nextReport = t1 + PROGRESS_EVERY_MS;
    }
    if (t1 - started > MEASURE_BUDGET_MS) break;
  }
  const wallMs = performance.now() - started;

  const stats = summarize(latencies.subarray(0, calls));
  const perSecond = calls / (wallMs / 1000);
  const slowestText = (inputs[(warmupCalls + slowest) % inputs.length] as CommentInput).text;
  const sources = corpus.files.length > 0 ? `${formatNumber(corpus.texts.length)} from ${corpus.files.join(', ')}` : 'no labelled corpus found';

  return [
    `input      ${formatNumber(inputs.length)} distinct comments: ${formatNumber(generated.length)} generated (seed ${SEED}, ${MIN_LENGTH}-${MAX_LENGTH} chars), ${sources}`,
    `           mean length ${formatNumber(meanLength)} chars; ${formatPercent(flagged / calls)} of calls flagged something`,
    `calls      ${formatNumber(warmupCalls)} warm-up, then ${formatNumber(calls)} measured on one thread in ${formatNumber(wallMs / 1000, 2)} s${
      calls < MEASURED_CALLS ? ` (stopped at the ${MEASURE_BUDGET_MS / 1000} s budget)` : ''
    }${calls < 100_000 ? ' (a short run: quote only figures from 100 000 calls)' : ''}`,
    `latency    mean ${formatMs(stats.mean)} · min ${formatMs(stats.min)} · p50 ${formatMs(stats.p50)} · p90 ${formatMs(stats.p90)} · p99 ${formatMs(stats.p99)} · max ${formatMs(stats.max)}`,
    `           slowest call: a ${formatNumber(slowestText.length)}-char comment (a GC pause can dominate the max)`,
    '',
    targetLine(TARGETS.throughput, perSecond, `${formatNumber(perSecond)} /s`),
    targetLine(TARGETS.p99, stats.p99, formatMs(stats.p99)),
  ];
}

/** The options a content script bundling the classifier would use. */
function bundleOptions(external: string[] = []): BuildOptions & { write: false; metafile: true } {
  return {
    entryPoints: [path.join(ROOT, 'classifiers/index.ts')],
    absWorkingDir: ROOT,
    // Never written (write: false); esbuild needs an output name to key the metafile.
    outfile: 'classifier-bench.js',
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    external,
    logLevel: 'silent',
  };
}

async function bundle(external: string[] = []) {
  const result = await build(bundleOptions(external));
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output file');
  const gzip = gzipSync(output.contents, { level: 9 }).length;
  return { raw: output.contents.length, gzip, metafile: result.metafile };
}

async function bundleSection(): Promise<string[]> {
  const whole = await bundle();
  const outputs = Object.values(whole.metafile.outputs);
  const inputs = outputs.flatMap((output) => Object.entries(output.inputs).map(([file, info]) => [file, info.bytesInOutput] as const));
  const groups = groupBytes(inputs, whole.raw);
  const glue = whole.raw - groups.reduce((sum, group) => sum + group.bytes, 0);

  const lines = [
    `bundle     classifiers/index.ts, esbuild esm/browser/es2022, minified: ${formatKB(whole.raw)} raw, ${formatKB(whole.gzip)} gzip -9`,
    '',
    'bytes in the minified bundle by package (gzip saved by leaving the package out, with whatever only it pulls in):',
  ];
  for (const group of groups) {
    let saved = '';
    if (!group.name.startsWith('(own)')) {
      // Per-input gzip is not additive, so measure the real cost: bundle again without the package.
      const without = await bundle([group.name]);
      saved = `  (-${formatKB(whole.gzip - without.gzip)} gzip)`;
    }
    lines.push(`  ${group.name.padEnd(36)} ${formatKB(group.bytes).padStart(10)} ${formatPercent(group.share).padStart(7)}${saved}`);
  }
  if (glue > 0) lines.push(`  ${'(esbuild glue, exports)'.padEnd(36)} ${formatKB(glue).padStart(10)} ${formatPercent(glue / whole.raw).padStart(7)}`);
  lines.push('', targetLine(TARGETS.gzip, whole.gzip / 1024, formatKB(whole.gzip)));
  return lines;
}

const REPLY_CALLS = 3_000;
const REPLY_WARMUP = 300;
/** Moments a moderator works at: office hours, lunch, an evening, a weekend night, a holiday eve (UTC). */
const REPLY_MOMENTS = ['2026-11-24T09:00:00Z', '2026-11-24T11:20:00Z', '2026-11-25T18:30:00Z', '2026-11-28T22:00:00Z', '2026-12-24T10:00:00Z'].map((iso) => new Date(iso));

/**
 * suggestReplies() as a moderator meets it: three suggestions for a flagged comment, with a full
 * history of 50 recent replies that grows with each posted one; and lintReply() on each suggestion,
 * as the draft check runs on a reply before it is posted.
 */
function replySection(): string[] {
  const flagged: Array<{ text: string; assessment: Assessment }> = [];
  for (const text of readCorpus().texts) {
    const assessment = classify({ text, platform: 'facebook' });
    if (assessment.labels.length > 0) flagged.push({ text, assessment });
  }
  if (flagged.length === 0) throw new Error(`no flagged comments in ${CORPUS_FILES.join(', ')}`);
  const history: string[] = [];
  const suggestTimes = new Float64Array(REPLY_CALLS);
  const lintTimes = new Float64Array(REPLY_CALLS);
  let lintErrors = 0;
  for (let i = 0; i < REPLY_WARMUP + REPLY_CALLS; i++) {
    const { text, assessment } = flagged[i % flagged.length]!;
    // A minute apart, so the same comment seen again gets a new seed, as it would later in a day.
    const now = new Date(REPLY_MOMENTS[i % REPLY_MOMENTS.length]!.getTime() + i * 60_000);
    const t0 = performance.now();
    const suggestions = suggestReplies(assessment, text, { now, directory: VARBERG_DIRECTORY, history });
    const t1 = performance.now();
    const first = suggestions[0];
    if (!first) throw new Error(`no suggestion for a flagged comment: ${text.slice(0, 60)}`);
    const findings = lintReply(first.text, { comment: text, assessment, history });
    const t2 = performance.now();
    history.push(first.text);
    if (history.length > 50) history.shift();
    if (i < REPLY_WARMUP) continue;
    suggestTimes[i - REPLY_WARMUP] = t1 - t0;
    lintTimes[i - REPLY_WARMUP] = t2 - t1;
    if (findings.some((f) => f.severity === 'error')) lintErrors++;
  }
  const suggest = summarize(suggestTimes);
  const lint = summarize(lintTimes);
  return [
    `input      ${formatNumber(flagged.length)} flagged comments from ${CORPUS_FILES.join(', ')}, at ${REPLY_MOMENTS.length} moments (office hours to a holiday eve)`,
    `calls      ${formatNumber(REPLY_WARMUP)} warm-up, then ${formatNumber(REPLY_CALLS)} measured, each with the last 50 posted replies as history`,
    `suggest    3 suggestions: mean ${formatMs(suggest.mean)} · p50 ${formatMs(suggest.p50)} · p90 ${formatMs(suggest.p90)} · p99 ${formatMs(suggest.p99)} · max ${formatMs(suggest.max)}`,
    `lint       one draft:     mean ${formatMs(lint.mean)} · p50 ${formatMs(lint.p50)} · p90 ${formatMs(lint.p90)} · p99 ${formatMs(lint.p99)} · max ${formatMs(lint.max)}`,
    `           ${formatNumber(lintErrors)} of ${formatNumber(REPLY_CALLS)} first suggestions had a linter error`,
    '',
    targetLine(TARGETS.replyP99, suggest.p99, formatMs(suggest.p99)),
  ];
}

const STORED_COMMENTS = 10_000;
const QUERY_RUNS = 50;

/**
 * The follow-up store with a busy page's worth of data: 10 000 flagged comments, each recorded
 * and tracked through the repository (one transaction each, as the background does), a third of
 * them with a step done; then the dashboard's main query, open high and acute tasks by due time,
 * first page. Runs on fake-indexeddb in Node, which is slower than a browser's IndexedDB, so the
 * figures are an upper bound.
 */
async function storageSection(): Promise<string[]> {
  const flagged: Array<{ text: string; assessment: Assessment }> = [];
  for (const text of readCorpus().texts) {
    const assessment = classify({ text, platform: 'facebook' });
    if (assessment.labels.length > 0) flagged.push({ text, assessment });
  }
  const db = new SekretessvaktDB(`bench-${Date.now()}`);
  await db.open();
  try {
    const start = Date.parse('2026-11-02T08:00:00Z');
    const insertTimes = new Float64Array(STORED_COMMENTS);
    const insertStarted = performance.now();
    let nextReport = insertStarted + PROGRESS_EVERY_MS;
    for (let i = 0; i < STORED_COMMENTS; i++) {
      const { text, assessment } = flagged[i % flagged.length]!;
      const at = start + i * 90_000;
      const seen: SeenComment = { platform: i % 4 === 0 ? 'instagram' : 'facebook', commentId: `c${i}`, postUrl: `https://www.facebook.com/varbergskommun/posts/${i % 40}`, author: 'Bench Person', text, assessment };
      const t0 = performance.now();
      await recordComment(db, seen, 'bench', at);
      const task = await trackComment(db, `${seen.platform}:c${i}`, 'bench', at);
      if (i % 3 === 0) await setStep(db, task.id, 'acknowledged', { done: true }, 'bench', at + 60_000);
      insertTimes[i] = performance.now() - t0;
      if (performance.now() >= nextReport) {
        process.stderr.write(`  … stored ${formatNumber(i + 1)} / ${formatNumber(STORED_COMMENTS)}\n`);
        nextReport = performance.now() + PROGRESS_EVERY_MS;
      }
    }
    const insertWall = performance.now() - insertStarted;
    const now = start + STORED_COMMENTS * 90_000;
    const queryTimes = new Float64Array(QUERY_RUNS);
    let total = 0;
    for (let i = 0; i < QUERY_RUNS + 5; i++) {
      const t0 = performance.now();
      const page = await listTasks(db, { status: 'open', urgency: ['acute', 'high'], limit: 50 }, now);
      const elapsed = performance.now() - t0;
      total = page.total;
      if (i >= 5) queryTimes[i - 5] = elapsed;
    }
    const insert = summarize(insertTimes);
    const query = summarize(queryTimes);
    return [
      `data       ${formatNumber(STORED_COMMENTS)} flagged comments with tasks (${formatNumber(flagged.length)} distinct texts), on fake-indexeddb`,
      `insert     record + track (+ a step for a third): ${formatNumber(insertWall / 1000, 1)} s in all, mean ${formatMs(insert.mean)} · p99 ${formatMs(insert.p99)} per comment`,
      `query      open acute/high tasks by due time, first 50 of ${formatNumber(total)} (with the total count): mean ${formatMs(query.mean)} · p50 ${formatMs(query.p50)} · p99 ${formatMs(query.p99)} over ${QUERY_RUNS} runs`,
      '',
      targetLine(TARGETS.dashboardQuery, query.p99, formatMs(query.p99)),
    ];
  } finally {
    db.close();
    await db.delete();
  }
}

const SECTIONS: Section[] = [
  { name: 'classify(): throughput and latency', run: classifySection },
  { name: 'suggestReplies() and lintReply(): time per comment', run: replySection },
  { name: 'follow-up storage: 10 000 comments and the dashboard query', run: storageSection },
  { name: 'classifier in a content script: bundle size', run: bundleSection },
  { name: 'dashboard with 10 000 follow-ups: first rows and filter changes (Chromium)', run: dashboardSection },
];

/** `-- --only dashboard` runs the sections whose name contains the word, while iterating on one. */
function onlyFromArgs(args: string[]): string | undefined {
  const at = args.indexOf('--only');
  return at >= 0 ? args[at + 1]?.toLowerCase() : undefined;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`# Sekretessvakt bench: node ${process.version}, ${os.platform()}/${os.arch()}, ${cpu} (${os.cpus().length} threads)`);
  let crashed = false;
  const only = onlyFromArgs(process.argv.slice(2));
  for (const section of SECTIONS.filter((s) => !only || s.name.toLowerCase().includes(only))) {
    console.log(`\n## ${section.name}`);
    try {
      for (const line of await section.run()) console.log(line);
    } catch (error) {
      crashed = true;
      console.log(`section failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  process.exitCode = crashed ? 1 : 0;
}

await main();
