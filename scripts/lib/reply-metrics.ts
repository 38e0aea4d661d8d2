/**
 * Reply figures for `npm run eval`: for every comment the classifier flags, the first suggested
 * reply at a given moment, checked against what the guideline asks, independently of referral.ts:
 * - the right number for the hour: 112 when acute; for a child at risk the reception team's number
 *   in office hours, that number and 112 when it is closed for a short while (lunch), and 112
 *   (socialjouren) outside office hours; 114 14 for a crime that is not acute;
 *   90101 for suicidal thoughts; and never a number the directory does not hold;
 * - linter errors on every suggestion; duplicates: a posted (first) reply equal to an earlier one,
 *   or two equal suggestions for one comment (the moderator posts one; the others are not history);
 * - per label, the share of distinct first sentences among the first replies.
 */
import type { Assessment } from '../../classifiers';
import { firstSentence, suggestReplies } from '../../responses/compose';
import type { Channel, Directory } from '../../responses/directory';
import { lintReply } from '../../responses/lint';
import { openState } from '../../responses/referral';
import { stockholmTime, type LocalTime } from '../../responses/calendar';

export interface ReplyReport {
  moment: string;
  flagged: number;
  rightNumber: number;
  wrongNumber: Array<{ text: string; reply: string; expected: string[] }>;
  suggestions: number;
  lintErrors: number;
  duplicates: number;
  distinctFirstSentence: Record<string, { distinct: number; total: number }>;
}

const SUICIDE_RULES = new Set(['suicidal-thoughts', 'suicide-plan', 'self-harm']);
const NUMBER = /(?<![\d])(?:\+?\d[\d -]{1,14}\d|\d{3,})(?![\d])/g;

export function expectedNumbers(assessment: Assessment, directory: Directory, now: Date): string[] {
  const at = stockholmTime(now);
  const reception = directory.channels.find((c) => c.id === 'mottagningsgruppen');
  const officeOpen = reception ? openState(reception, directory, at) === 'open' : false;
  const numbers: string[] = [];
  const has = (label: Assessment['labels'][number]) => assessment.labels.includes(label);
  const acute = assessment.urgency === 'acute';
  if (acute) numbers.push('112');
  if (has('child_at_risk')) {
    // Closed for lunch or just before opening: the reception team's number (and 112 for anything
    // acute), as a short wait is better than the emergency line for a matter that can wait.
    const reopensSoon = reception && !officeOpen && !acute && opensWithin(reception, directory, at, 90);
    if (reception?.phone && (officeOpen || reopensSoon)) numbers.push(reception.phone);
    if (!officeOpen) numbers.push('112');
  }
  if (has('crime') && !acute) numbers.push('114 14');
  if (has('crisis') && assessment.evidence.some((e) => SUICIDE_RULES.has(e.ruleId))) numbers.push('90101');
  return [...new Set(numbers)];
}

/** Whether the channel is open at some minute of the next `minutes`, the same day. */
function opensWithin(channel: Channel, directory: Directory, at: LocalTime, minutes: number): boolean {
  for (let m = at.minutes + 1; m <= Math.min(at.minutes + minutes, 24 * 60 - 1); m++) {
    if (openState(channel, directory, { ...at, minutes: m }) === 'open') return true;
  }
  return false;
}

export function evaluateReplies(
  comments: ReadonlyArray<{ text: string; assessment: Assessment }>,
  directory: Directory,
  now: Date,
): ReplyReport {
  const known = new Set(directory.channels.flatMap((c) => (c.phone ? [c.phone.replace(/\D/g, '')] : [])));
  const history: string[] = [];
  const posted = new Set<string>();
  const firstSentences = new Map<string, string[]>();
  const report: ReplyReport = { moment: now.toISOString(), flagged: 0, rightNumber: 0, wrongNumber: [], suggestions: 0, lintErrors: 0, duplicates: 0, distinctFirstSentence: {} };
  for (const { text, assessment } of comments) {
    if (assessment.labels.length === 0) continue;
    report.flagged++;
    const suggestions = suggestReplies(assessment, text, { now, directory, history });
    report.duplicates += suggestions.length - new Set(suggestions.map((s) => s.text)).size;
    if (suggestions[0] && posted.has(suggestions[0].text)) report.duplicates++;
    if (suggestions[0]) posted.add(suggestions[0].text);
    for (const suggestion of suggestions) {
      report.suggestions++;
      if (lintReply(suggestion.text, { comment: text, assessment, history }).some((f) => f.severity === 'error')) report.lintErrors++;
    }
    const first = suggestions[0];
    if (!first) {
      report.wrongNumber.push({ text, reply: '(no reply)', expected: expectedNumbers(assessment, directory, now) });
      continue;
    }
    history.push(first.text);
    const expected = expectedNumbers(assessment, directory, now);
    const invented = (first.text.match(NUMBER) ?? []).some((n) => !known.has(n.replace(/\D/g, '')));
    if (expected.every((n) => first.text.includes(n)) && !invented) report.rightNumber++;
    else report.wrongNumber.push({ text, reply: first.text, expected });
    const sentence = firstSentence(first.text);
    for (const label of assessment.labels) firstSentences.set(label, [...(firstSentences.get(label) ?? []), sentence]);
  }
  for (const [label, sentences] of firstSentences) report.distinctFirstSentence[label] = { distinct: new Set(sentences).size, total: sentences.length };
  return report;
}
