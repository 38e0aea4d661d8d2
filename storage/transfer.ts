/**
 * Export and import, so a supervisor can collect a team's follow-ups and nothing depends on one
 * browser profile. The JSON export is versioned and redacted by default (no author names, notes
 * with personal data masked). Import validates the whole file first and writes in one transaction:
 * a corrupt, foreign or newer file writes nothing; a valid one merges by id, the newer `updatedAt`
 * winning, with audit entries unioned.
 */
import { z } from 'zod';
import { redactPersonalData } from '../classifiers/personal-data';
import { ACTIONS, LABELS, URGENCIES } from '../classifiers/types';
import { stockholmTime } from '../responses/calendar';
import { STEP_TEXT } from './checklist';
import type { SekretessvaktDB } from './db';
import { viewOf } from './due';
import { guarded, StorageError } from './errors';
import { STEP_IDS, type AuditEntry, type FlaggedComment, type FollowUpTask, type StepState } from './records';
import { newAuditEntry } from './repository';

export const EXPORT_FORMAT = 'sekretessvakt-uppfoljning';
export const EXPORT_VERSION = 1;

const label = z.enum(LABELS);
const urgency = z.enum(URGENCIES);
const platform = z.enum(['facebook', 'instagram', 'business-suite', 'other']);
const stepId = z.enum(STEP_IDS);
const time = z.number().int().nonnegative();

const commentSchema = z.object({
  key: z.string().min(3),
  platform,
  commentId: z.string().optional(),
  permalink: z.string().optional(),
  postUrl: z.string().optional(),
  author: z.string().optional(),
  excerpt: z.string().max(2000),
  assessment: z.object({
    lang: z.string(),
    labels: z.array(label),
    urgency,
    scores: z.record(label, z.number()),
    evidence: z.array(z.object({ label, ruleId: z.string(), start: z.number(), end: z.number(), excerpt: z.string() })),
    actions: z.array(z.enum(ACTIONS)),
  }),
  firstSeen: time,
  lastSeen: time,
  updatedAt: time,
  dismissedAt: time.optional(),
  dismissedBy: z.string().optional(),
});

const stepSchema = z.object({ done: z.boolean(), by: z.string(), at: time, note: z.string().optional(), detail: z.string().optional() });

const taskSchema = z.object({
  id: z.string().min(6),
  commentKey: z.string().min(3),
  platform,
  urgency,
  labels: z.array(label),
  checklist: z.array(stepId),
  steps: z.partialRecord(stepId, stepSchema),
  status: z.enum(['open', 'closed']),
  createdAt: time,
  createdBy: z.string(),
  dueAt: time,
  closedAt: time.optional(),
  closedBy: z.string().optional(),
  signedOffAt: time.optional(),
  signedOffBy: z.string().optional(),
  updatedAt: time,
});

const auditSchema = z.object({
  id: z.string().min(8),
  at: time,
  actor: z.string(),
  action: z.enum([
    'comment.recorded',
    'comment.dismissed',
    'task.created',
    'step.done',
    'step.undone',
    'task.closed',
    'task.reopened',
    'task.signed_off',
    'data.purged',
    'data.imported',
    'data.exported',
    'data.erased',
    'settings.changed',
  ]),
  taskId: z.string().optional(),
  commentKey: z.string().optional(),
  step: stepId.optional(),
  detail: z.string().optional(),
});

export const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  exportedBy: z.string(),
  redacted: z.boolean(),
  range: z.object({ from: time, to: time }).optional(),
  comments: z.array(commentSchema),
  tasks: z.array(taskSchema),
  audit: z.array(auditSchema),
});

export type ExportFile = z.infer<typeof exportSchema>;

export interface ExportOptions {
  /** Only what was created or seen within [from, to] (milliseconds). */
  range?: { from: number; to: number };
  /** Keep author names and notes as written. Off by default: an export leaves the browser. */
  unredacted?: boolean;
}

export function exportData(db: SekretessvaktDB, actor: string, now: number, options: ExportOptions = {}): Promise<ExportFile> {
  const { range } = options;
  const inRange = (at: number) => !range || (at >= range.from && at <= range.to);
  return guarded(() =>
    db.transaction('rw', [db.comments, db.tasks, db.audit], async () => {
      const tasks = (await db.tasks.toArray()).filter((t) => inRange(t.createdAt));
      const taskKeys = new Set(tasks.map((t) => t.commentKey));
      const comments = (await db.comments.toArray()).filter((c) => taskKeys.has(c.key) || inRange(c.firstSeen));
      const audit = (await db.audit.toArray()).filter((a) => inRange(a.at));
      const authors = new Map(comments.flatMap((c) => (c.author ? [[c.key, c.author] as const] : [])));
      await db.audit.add(newAuditEntry({ at: now, actor, action: 'data.exported', detail: `${tasks.length} uppföljningar${options.unredacted ? ', omaskerad' : ''}` }));
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date(now).toISOString(),
        exportedBy: actor,
        redacted: !options.unredacted,
        ...(range ? { range } : {}),
        comments: options.unredacted ? comments : comments.map(redactComment),
        tasks: options.unredacted ? tasks : tasks.map((task) => redactTask(task, authors.get(task.commentKey))),
        audit,
      } satisfies ExportFile;
    }),
  );
}

function redactComment({ author: _author, ...comment }: FlaggedComment): FlaggedComment {
  return comment;
}

/**
 * Notes are free text: personal data in them is masked, and so is the commenter's name, which a
 * moderator naturally writes ("Ringde Anna …") and a pattern cannot always tell from other words.
 */
function redactTask(task: FollowUpTask, author: string | undefined): FollowUpTask {
  const mask = (text: string) => {
    const masked = redactPersonalData(text);
    return author && author.trim().length > 1 ? masked.split(author.trim()).join('[namn]') : masked;
  };
  const steps: FollowUpTask['steps'] = {};
  for (const [id, step] of Object.entries(task.steps) as Array<[keyof FollowUpTask['steps'], StepState]>) {
    steps[id] = { ...step, ...(step.note ? { note: mask(step.note) } : {}), ...(step.detail ? { detail: mask(step.detail) } : {}) };
  }
  return { ...task, steps };
}

export interface ImportResult {
  comments: { added: number; updated: number; kept: number };
  tasks: { added: number; updated: number; kept: number };
  audit: number;
}

const REFUSED = {
  notJson: { sv: 'Filen är inte en JSON-fil från Sekretessvakt. Inget har sparats.', en: 'The file is not a Sekretessvakt JSON file. Nothing was saved.' },
  foreign: { sv: 'Filen kommer inte från Sekretessvakt. Inget har sparats.', en: 'The file does not come from Sekretessvakt. Nothing was saved.' },
  newer: {
    sv: 'Filen kommer från en nyare version av Sekretessvakt. Uppdatera tillägget och försök igen. Inget har sparats.',
    en: 'The file comes from a newer version of Sekretessvakt. Update the extension and try again. Nothing was saved.',
  },
  corrupt: { sv: 'Filen är skadad eller ofullständig. Inget har sparats.', en: 'The file is damaged or incomplete. Nothing was saved.' },
};

/** Checks a file without writing anything; throws StorageError('invalid-import') saying why. */
export function parseExport(text: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StorageError('invalid-import', [], { cause: error }, REFUSED.notJson);
  }
  const head = typeof data === 'object' && data !== null ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format !== EXPORT_FORMAT) throw new StorageError('invalid-import', [], {}, REFUSED.foreign);
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) throw new StorageError('invalid-import', [`version ${head.version}`], {}, REFUSED.newer);
  const result = exportSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(filen)'}: ${issue.message}`);
    throw new StorageError('invalid-import', problems, {}, REFUSED.corrupt);
  }
  for (const task of result.data.tasks) {
    if (task.id !== `task:${task.commentKey}`) throw new StorageError('invalid-import', [`tasks: ${task.id} hör inte till ${task.commentKey}`], {}, REFUSED.corrupt);
  }
  return result.data;
}

export interface ImportPreview extends ImportResult {
  exportedBy: string;
  exportedAt: string;
  redacted: boolean;
  /** The tasks that would be added or would replace an older copy, for the supervisor to look at. */
  changes: Array<{ task: FollowUpTask; change: 'added' | 'updated' }>;
}

/**
 * What importing a file would do, without writing anything: the supervisor sees how many tasks
 * are new, how many replace an older copy and how many are kept as they are, before merging.
 */
export async function previewImport(db: SekretessvaktDB, text: string): Promise<ImportPreview> {
  const file = parseExport(text);
  return guarded(() =>
    db.transaction('r', [db.comments, db.tasks, db.audit], async () => {
      const preview: ImportPreview = {
        comments: { added: 0, updated: 0, kept: 0 },
        tasks: { added: 0, updated: 0, kept: 0 },
        audit: 0,
        exportedBy: file.exportedBy,
        exportedAt: file.exportedAt,
        redacted: file.redacted,
        changes: [],
      };
      await planMerge<FlaggedComment>(db.comments, file.comments as FlaggedComment[], (c) => c.key, preview.comments);
      const taskPlan = await planMerge<FollowUpTask>(db.tasks, file.tasks as FollowUpTask[], (t) => t.id, preview.tasks);
      preview.changes = taskPlan.map(({ item, change }) => ({ task: item, change }));
      preview.audit = (await freshAudit(db, file)).length;
      return preview;
    }),
  );
}

/** Merges a file into the database in one transaction: all of it or, on any failure, none of it. */
export async function importData(db: SekretessvaktDB, text: string, actor: string, now: number): Promise<ImportResult> {
  const file = parseExport(text);
  return guarded(() =>
    db.transaction('rw', [db.comments, db.tasks, db.audit], async () => {
      const result: ImportResult = { comments: { added: 0, updated: 0, kept: 0 }, tasks: { added: 0, updated: 0, kept: 0 }, audit: 0 };
      await db.comments.bulkPut((await planMerge<FlaggedComment>(db.comments, file.comments as FlaggedComment[], (c) => c.key, result.comments)).map((p) => p.item));
      await db.tasks.bulkPut((await planMerge<FollowUpTask>(db.tasks, file.tasks as FollowUpTask[], (t) => t.id, result.tasks)).map((p) => p.item));
      const fresh = await freshAudit(db, file);
      await db.audit.bulkAdd(fresh);
      result.audit = fresh.length;
      await db.audit.add(
        newAuditEntry({
          at: now,
          actor,
          action: 'data.imported',
          detail: `från ${file.exportedBy || 'okänd'}: ${result.tasks.added} nya och ${result.tasks.updated} uppdaterade uppföljningar, ${result.audit} loggposter`,
        }),
      );
      return result;
    }),
  );
}

async function freshAudit(db: SekretessvaktDB, file: ExportFile): Promise<AuditEntry[]> {
  const known = new Set((await db.audit.bulkGet(file.audit.map((a) => a.id))).flatMap((a) => (a ? [a.id] : [])));
  const unique = new Map((file.audit as AuditEntry[]).filter((a) => !known.has(a.id)).map((a) => [a.id, a]));
  return [...unique.values()];
}

/** Which incoming records are new or newer than the stored copy; counts all three outcomes. */
async function planMerge<T extends { updatedAt: number }>(
  table: { bulkGet(keys: string[]): Promise<Array<T | undefined>> },
  incoming: readonly T[],
  keyOf: (item: T) => string,
  counts: { added: number; updated: number; kept: number },
): Promise<Array<{ item: T; change: 'added' | 'updated' }>> {
  // The same record twice in one file: the newer copy counts.
  const newest = new Map<string, T>();
  for (const item of incoming) {
    const seen = newest.get(keyOf(item));
    if (!seen || item.updatedAt > seen.updatedAt) newest.set(keyOf(item), item);
  }
  const items = [...newest.values()];
  const existing = await table.bulkGet(items.map(keyOf));
  const plan: Array<{ item: T; change: 'added' | 'updated' }> = [];
  items.forEach((item, i) => {
    const current = existing[i];
    if (!current) {
      counts.added++;
      plan.push({ item, change: 'added' });
    } else if (item.updatedAt > current.updatedAt) {
      counts.updated++;
      plan.push({ item, change: 'updated' });
    } else counts.kept++;
  });
  return plan;
}

/** A CSV of tasks for spreadsheets: semicolons and a BOM, as Swedish Excel expects. */
export function tasksCsv(rows: ReadonlyArray<{ task: FollowUpTask; comment?: FlaggedComment | undefined }>, now: number): string {
  const header = ['Uppföljning', 'Plattform', 'Inlägg', 'Kommentar (maskerad)', 'Brådska', 'Etiketter', 'Skapad', 'Skapad av', 'Klar senast', 'Status', 'Försenad'];
  for (const step of STEP_IDS) header.push(STEP_TEXT[step].sv);
  header.push('Stängd', 'Stängd av');
  const lines = [header];
  for (const { task, comment } of rows) {
    const view = viewOf(task, now);
    const line = [
      task.id,
      task.platform,
      comment?.postUrl ?? '',
      comment?.excerpt ?? '',
      task.urgency,
      task.labels.join(', '),
      localTime(task.createdAt),
      task.createdBy,
      localTime(task.dueAt),
      task.status === 'closed' ? 'stängd' : view.progress === 'new' ? 'ny' : 'pågår',
      view.overdue ? 'ja' : 'nej',
    ];
    for (const step of STEP_IDS) {
      const state = task.steps[step];
      if (!task.checklist.includes(step)) line.push('–');
      else if (!state?.done) line.push('');
      else line.push([`${state.by} ${localTime(state.at)}`, state.detail, state.note].filter(Boolean).join(' · '));
    }
    line.push(task.closedAt ? localTime(task.closedAt) : '', task.closedBy ?? '');
    lines.push(line);
  }
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

function localTime(ms: number): string {
  const t = stockholmTime(new Date(ms));
  return `${t.dateKey} ${String(Math.floor(t.minutes / 60)).padStart(2, '0')}:${String(t.minutes % 60).padStart(2, '0')}`;
}

function csvCell(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet: make it plain text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
