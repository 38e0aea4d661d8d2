/**
 * The one message contract between content scripts and the background service worker.
 * Both sides import it, so a renamed field fails the typecheck on both ends at once.
 *
 * @example
 *   const reply = await sendToBackground('content/ready', { platform: 'facebook', url: location.href });
 */
import { browser } from 'wxt/browser';
import type { Label, Urgency } from '../classifiers/types';
import type { Directory } from '../responses/directory';
import type { DiagnosticEntry, SeenComment } from '../storage/records';
import type { CommentDepth } from './adapters/types';
import type { Platform } from './sites';

/** A flagged comment as a content script sends it; the background stores only a redacted excerpt. */
export type FlaggedCommentMessage = SeenComment;

/**
 * One flagged comment in a tab's triage queue. Holds a redacted excerpt only: the queue is shown in
 * the side panel, and the full text stays on the page.
 */
export interface TriageItem {
  /** The stored comment key (`platform:id`), the same the follow-up task is keyed on. */
  key: string;
  platform: Platform;
  author?: string;
  /** Personal data masked, at most 280 characters. */
  excerpt: string;
  labels: Label[];
  urgency: Urgency;
  depth: CommentDepth;
  /** ISO time the site shows for the comment, when it shows one. */
  time?: string;
  /** Milliseconds since the epoch when the extension first flagged it on this tab. */
  flaggedAt: number;
  /** The moderator marked it "Inte relevant" (a false positive) on this tab. */
  dismissed?: boolean;
}

/** What a content script has seen on its tab so far. */
export interface TabScan {
  url: string;
  /** Comments read and classified. */
  scanned: number;
  /** Comment elements the adapter found but could not read (partial or changed markup). */
  unreadable: number;
  items: TriageItem[];
  /** The page's performance.now() when its scan queue last ran empty; absent while it is busy. */
  settledAt?: number;
  /** The page's performance.now() when the content script started scanning. */
  startedAt?: number;
}

export interface TabState {
  platform: Platform;
  url: string;
  /** Milliseconds since the epoch when the content script last reported in. */
  since: number;
}

/** The follow-up status of a flagged comment, for the overlay and the side panel. */
export interface TaskStatus {
  progress: 'new' | 'in_progress' | 'closed';
  overdue: boolean;
  done: number;
  total: number;
}

/** What a content script needs from the settings: read through the background, never stored in the page. */
export interface ContentSettings {
  moderator: string;
  thresholds: Partial<Record<Label, number>>;
  /** The municipality's channel directory, already validated (the built-in one when the override is invalid). */
  directory: Directory;
}

/** Messages to the background service worker. */
export interface ProtocolMap {
  /** A content script started on a supported page. */
  'content/ready': { request: { platform: Platform; url: string }; response: { acknowledged: true } };
  /** A page of the extension asks what the background knows about one tab. */
  'tab/state': { request: { tabId: number }; response: TabState | null };
  /** A content script's triage queue after a scan: replaces what the background held for the tab. */
  'tab/scan': { request: TabScan; response: { acknowledged: true } };
  /** The side panel asks for a tab's triage queue; null when no content script runs there. */
  'tab/triage': { request: { tabId: number }; response: TabScan | null };
  /** Flagged comments a content script found: stored (redacted) or updated, never duplicated. */
  'comments/flagged': { request: { comments: FlaggedCommentMessage[] }; response: { stored: number; failed: number } };
  /** "Följ upp": store the comment (redacted) and open its follow-up task, or return the one it has. */
  'tasks/track': { request: { comment: FlaggedCommentMessage }; response: { taskId: string; status: TaskStatus } };
  /** "Inte relevant": store the comment as a false positive for supervisors to review. */
  'comments/dismissed': { request: { comment: FlaggedCommentMessage }; response: { stored: true } };
  /** Follow-up status of the given comment keys; keys without a task are left out. */
  'tasks/status': { request: { keys: string[] }; response: { statuses: Record<string, TaskStatus> } };
  /** The settings a content script works with. */
  'settings/content': { request: Record<string, never>; response: ContentSettings };
  /** Reads (no `on`) or sets the acute-notification setting; the page asks for the permission first. */
  'settings/notify-acute': { request: { on?: boolean }; response: { on: boolean } };
  /** Entries for the extension's own diagnostics log: counts and errors, never comment text. */
  'diagnostics/report': { request: { entries: DiagnosticReport[] }; response: { kept: number } };
  /** The recent posted replies, oldest first, for the composer's history and the draft check. */
  'replies/recent': { request: { limit?: number }; response: { texts: string[] } };
  /** A reply the moderator posted, so later suggestions stay clear of it. */
  'replies/posted': { request: { text: string }; response: { stored: true } };
}

/** Messages from the extension's pages to a tab's content script. */
export interface ContentProtocolMap {
  /** Scroll to the comment and highlight it. */
  'page/reveal': { request: { key: string }; response: { found: boolean } };
}

/** Messages the background broadcasts to the extension's open pages. */
export interface PageProtocolMap {
  /** A tab's triage queue changed. */
  'tab/changed': { request: { tabId: number }; response: void };
}

export type DiagnosticReport = Omit<DiagnosticEntry, 'id'>;

type AllMaps = ProtocolMap & ContentProtocolMap & PageProtocolMap;

export type MessageType = keyof ProtocolMap;
export type RequestOf<T extends keyof AllMaps> = AllMaps[T]['request'];
export type ResponseOf<T extends keyof AllMaps> = AllMaps[T]['response'];

interface Envelope<T extends keyof AllMaps = keyof AllMaps> {
  channel: typeof CHANNEL;
  type: T;
  data: RequestOf<T>;
}

/** Messages from other extensions or the page never carry this marker, so they are ignored. */
const CHANNEL = 'sekretessvakt/v1';

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { channel?: unknown }).channel === CHANNEL &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

export function envelope<T extends keyof AllMaps>(type: T, data: RequestOf<T>): Envelope<T> {
  return { channel: CHANNEL, type, data };
}

export async function sendToBackground<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return (await browser.runtime.sendMessage(envelope(type, data))) as ResponseOf<T>;
}

export async function sendToTab<T extends keyof ContentProtocolMap>(tabId: number, type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return (await browser.tabs.sendMessage(tabId, envelope(type, data))) as ResponseOf<T>;
}

/** Tells open extension pages; no page open is normal, so "no receiver" is not an error. */
export async function broadcastToPages<T extends keyof PageProtocolMap>(type: T, data: RequestOf<T>): Promise<void> {
  try {
    await browser.runtime.sendMessage(envelope(type, data));
  } catch {
    // Nobody is listening.
  }
}

export type HandlersOf<M> = {
  [T in keyof M]: M[T] extends { request: infer Q; response: infer R } ? (data: Q, sender: { tabId?: number }) => R | Promise<R> : never;
};
export type Handlers = HandlersOf<ProtocolMap>;

type SendResponse = (response: unknown) => void;

/**
 * Builds the runtime.onMessage listener that routes contract messages to their handler. It answers
 * through sendResponse and returns true (the callback form every browser and the fake browser
 * support); anything that is not ours gets undefined, so other listeners can answer it. A handler
 * that throws answers `{ error }` instead of leaving the sender waiting forever.
 */
export function createMessageListener<M = ProtocolMap>(handlers: NoInfer<Partial<HandlersOf<M>>>) {
  return (message: unknown, sender: { tab?: { id?: number } } | undefined, sendResponse: SendResponse): true | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = (handlers as Record<string, unknown>)[message.type] as (data: unknown, from: { tabId?: number }) => unknown;
    const tabId = sender?.tab?.id;
    Promise.resolve()
      .then(() => handler(message.data, tabId === undefined ? {} : { tabId }))
      .then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
    return true;
  };
}
