/**
 * npm run eval [FILE ...]: scores classify() on labelled JSONL (default ../shared/corpus/dev.jsonl)
 * and prints the figures issue 3 asks for, then every miss. `--training` scores it on the built-in
 * practice scenarios as well: written apart from the corpus, many of them hard calls on purpose.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { classify } from '../classifiers';
import { VARBERG_DIRECTORY } from '../responses/directory';
import { builtInScenarios } from '../utils/training/library';
import { evaluate, type LabelledComment } from './lib/metrics';
import { evaluateReplies } from './lib/reply-metrics';

/** An office hour (Tuesday 10:00) and a weekend night (Saturday 23:00), Swedish time. */
const REPLY_MOMENTS = [
  { name: 'office hour, Tue 10:00', at: new Date('2026-11-24T10:00:00+01:00') },
  { name: 'lunch closure, Tue 12:15', at: new Date('2026-11-24T12:15:00+01:00') },
  { name: 'weekend night, Sat 23:00', at: new Date('2026-11-28T23:00:00+01:00') },
];

const DEFAULT = path.resolve(import.meta.dirname, '../../shared/corpus/dev.jsonl');

function load(file: string): LabelledComment[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledComment);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const TRAINING = 'the built-in practice scenarios (utils/training/scenarios)';
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0 && !args.includes('--training')) files.push(DEFAULT);
if (args.includes('--training')) files.push(TRAINING);

/** A scenario as a labelled comment: its comment, with the post it answers as context. */
function trainingItems(): LabelledComment[] {
  return builtInScenarios().map((s) => ({ id: s.id, text: s.comment.text, labels: s.expected.labels, urgency: s.expected.urgency, lang: s.lang, platform: s.platform, post: s.post.text }));
}

let failed = false;
for (const file of files) {
  if (file !== TRAINING && !existsSync(file)) {
    console.error(`eval: ${file} not found. Give the path of a labelled JSONL file: npm run eval -- FILE`);
    failed = true;
    continue;
  }
  const items = file === TRAINING ? trainingItems() : load(file);
  const predictions = items.map((item) => classify({ text: item.text, platform: item.platform, post: item.post }));
  const report = evaluate(items, predictions);
  console.log(`\n# ${file === TRAINING ? file : path.relative(process.cwd(), file)}: ${report.items} comments`);
  console.log('label            precision  recall     F1    tp  fp  fn');
  for (const s of report.perLabel) {
    console.log(`${s.label.padEnd(16)} ${pct(s.precision).padStart(8)} ${pct(s.recall).padStart(8)} ${s.f1.toFixed(3).padStart(6)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`);
  }
  console.log(`macro-F1                       ${report.macroF1.toFixed(3)}   (target >= 0.90)`);
  console.log(`acute-urgency recall           ${pct(report.acuteRecall)} of ${report.acuteItems}   (target >= 95%)`);
  console.log(`urgency exactly right          ${pct(report.urgencyAccuracy)}`);
  console.log(`false positives, nothing to flag ${pct(report.cleanFalsePositiveRate)} of ${report.cleanItems}   (target <= 5%)`);
  console.log(`language detected right        ${pct(report.languageAccuracy)}`);

  const assessed = items.map((item, at) => ({ text: item.text, assessment: predictions[at]! }));
  for (const moment of REPLY_MOMENTS) {
    const replies = evaluateReplies(assessed, VARBERG_DIRECTORY, moment.at);
    const distinct = Object.entries(replies.distinctFirstSentence)
      .map(([label, d]) => `${label} ${pct(d.distinct / d.total)} (${d.distinct}/${d.total})`)
      .join(', ');
    console.log(`\n## replies at ${moment.name}: ${replies.flagged} flagged comments, ${replies.suggestions} suggestions`);
    console.log(`right number for the hour       ${pct(replies.flagged ? replies.rightNumber / replies.flagged : 1)}   (target 100%)`);
    console.log(`linter errors on suggestions    ${replies.lintErrors}   (target 0)`);
    console.log(`duplicate suggestions           ${replies.duplicates}   (target 0)`);
    console.log(`distinct first sentences        ${distinct}   (target >= 80% each)`);
    if (!quiet) for (const w of replies.wrongNumber) console.log(`- expected ${w.expected.join(' + ') || 'no invented number'}: ${w.reply.slice(0, 160)}`);
  }
  if (!quiet) {
    console.log(`\n## misses (${report.misses.length})`);
    for (const m of report.misses) {
      console.log(`- ${m.id} expected [${m.expected.join(', ')}] ${m.expectedUrgency}, got [${m.got.join(', ')}] ${m.gotUrgency}\n    ${m.text.replace(/\s+/g, ' ').slice(0, 220)}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
