/**
 * What the follow-up database holds. Kept minimal because the data is sensitive: a comment is kept
 * as a redacted excerpt with its assessment, never as the full text, and the audit log never holds
 * comment text at all.
 */
import type { ActionId, Assessment, Label, Urgency } from '../classifiers/types';

export type StoredPlatform = 'facebook' | 'instagram' | 'business-suite' | 'other';

/** Evidence as stored: the excerpt is redacted like the comment's. */
export interface StoredEvidence {
  label: Label;
  ruleId: string;
  start: number;
  end: number;
  excerpt: string;
}

export interface StoredAssessment {
  lang: string;
  labels: Label[];
  urgency: Urgency;
  scores: Record<Label, number>;
  evidence: StoredEvidence[];
  actions: ActionId[];
}

/** A flagged comment as a site shows it; only a redacted excerpt of `text` is ever stored. */
export interface SeenComment {
  platform: StoredPlatform;
  commentId?: string;
  permalink?: string;
  postUrl?: string;
  author?: string;
  text: string;
  assessment: Assessment;
}

export interface FlaggedComment {
  /** `${platform}:${commentId}`, or `${platform}:${permalink}` when the site shows no id. */
  key: string;
  platform: StoredPlatform;
  commentId?: string;
  permalink?: string;
  postUrl?: string;
  /** The display name the site shows; never exported unless asked for. */
  author?: string;
  /** With personal identity numbers, phone numbers, e-mail, street addresses and full names masked. */
  excerpt: string;
  assessment: StoredAssessment;
  firstSeen: number;
  lastSeen: number;
  updatedAt: number;
  /** A moderator marked the flag "Inte relevant": a false positive, kept for supervisors to review. */
  dismissedAt?: number;
  dismissedBy?: string;
}

/** The guideline's follow-up steps, in the order a moderator takes them. */
export const STEP_IDS = ['acknowledged', 'referred', 'police_report', 'concern_report', 'manager_informed', 'got_help'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepState {
  done: boolean;
  /** Moderator name or initials. */
  by: string;
  at: number;
  note?: string;
  /**
   * What the step needs to say: the channel referred to, the police report number, the manager
   * informed, how the person got help.
   */
  detail?: string;
}

export interface FollowUpTask {
  /** `task:${commentKey}`: one task per comment, the same id on every moderator's machine. */
  id: string;
  commentKey: string;
  platform: StoredPlatform;
  urgency: Urgency;
  labels: Label[];
  /** The steps this comment needs, from its assessment's actions. */
  checklist: StepId[];
  steps: Partial<Record<StepId, StepState>>;
  status: 'open' | 'closed';
  createdAt: number;
  createdBy: string;
  dueAt: number;
  closedAt?: number;
  closedBy?: string;
  /** A supervisor reviewed the closed follow-up and approved it; reopening clears it. */
  signedOffAt?: number;
  signedOffBy?: string;
  updatedAt: number;
}

export type AuditAction =
  | 'comment.recorded'
  | 'comment.dismissed'
  | 'task.created'
  | 'step.done'
  | 'step.undone'
  | 'task.closed'
  | 'task.reopened'
  | 'task.signed_off'
  | 'data.purged'
  | 'data.imported'
  | 'data.exported'
  | 'data.erased'
  | 'settings.changed';

/** Append-only. Says who did what to which task, never what the comment said. */
export interface AuditEntry {
  /** Random, so entries from several moderators can be unioned without clashes. */
  id: string;
  at: number;
  actor: string;
  action: AuditAction;
  taskId?: string;
  commentKey?: string;
  step?: StepId;
  /** Counts, a channel id, a file name: never comment text or personal data. */
  detail?: string;
}

export interface ReplyRecord {
  id?: number;
  text: string;
  at: number;
}

export interface Settings {
  moderator: string;
  /** A system notification when an acute comment is flagged (needs the optional notifications permission). */
  notifyAcute: boolean;
  retentionDays: number;
  thresholds: Partial<Record<Label, number>>;
  /** A directory (responses/directory.ts) that replaces the built-in one; validated when used. */
  directoryOverride?: unknown;
  /** The language of the extension's own pages and overlay; 'auto' follows the browser. */
  uiLanguage: UiLanguagePreference;
}

export const UI_LANGUAGE_PREFERENCES = ['auto', 'sv', 'en'] as const;
export type UiLanguagePreference = (typeof UI_LANGUAGE_PREFERENCES)[number];

export const DEFAULT_SETTINGS: Settings = { moderator: '', notifyAcute: false, retentionDays: 90, thresholds: {}, uiLanguage: 'auto' };
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 365;

/**
 * What the extension's own diagnostics log holds: what the site adapters found and what went
 * wrong, so a broken adapter after a site change is visible. Never comment text.
 */
export interface DiagnosticEntry {
  id?: number;
  at: number;
  /** Where it happened: a platform's content script, the background or a page. */
  source: StoredPlatform | 'background' | 'page';
  kind: 'scan' | 'error';
  /** Host and path only, never a query string. */
  where?: string;
  message: string;
}

export const STORED_PLATFORMS: readonly StoredPlatform[] = ['facebook', 'instagram', 'business-suite', 'other'];

/** `platform:id`: the key a flagged comment is stored under, the same on every moderator's machine. */
export function commentKeyOf(comment: Pick<SeenComment, 'platform' | 'commentId' | 'permalink'>): string {
  const platform = STORED_PLATFORMS.includes(comment.platform) ? comment.platform : 'other';
  const id = comment.commentId?.trim() || comment.permalink?.trim();
  if (!id) throw new RangeError('A comment needs an id or a permalink to be stored');
  return `${platform}:${id}`;
}

export const taskIdOf = (commentKey: string) => `task:${commentKey}`;
