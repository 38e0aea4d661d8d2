/**
 * The one message contract between content scripts and the background service worker.
 * Both sides import it, so a renamed field fails the typecheck on both ends at once.
 *
 * @example
 *   const reply = await sendToBackground('content/ready', { platform: 'facebook', url: location.href });
 */
import { browser } from 'wxt/browser';
import type { SeenComment } from '../storage/records';
import type { Platform } from './sites';

/** A flagged comment as a content script sends it; the background stores only a redacted excerpt. */
export type FlaggedCommentMessage = SeenComment;

export interface TabState {
  platform: Platform;
  url: string;
  /** Milliseconds since the epoch when the content script last reported in. */
  since: number;
}

export interface ProtocolMap {
  /** A content script started on a supported page. */
  'content/ready': { request: { platform: Platform; url: string }; response: { acknowledged: true } };
  /** A page of the extension asks what the background knows about one tab. */
  'tab/state': { request: { tabId: number }; response: TabState | null };
  /** Flagged comments a content script found: stored (redacted) or updated, never duplicated. */
  'comments/flagged': { request: { comments: FlaggedCommentMessage[] }; response: { stored: number; failed: number } };
  /** The recent posted replies, oldest first, for the composer's history and the draft check. */
  'replies/recent': { request: { limit?: number }; response: { texts: string[] } };
  /** A reply the moderator posted, so later suggestions stay clear of it. */
  'replies/posted': { request: { text: string }; response: { stored: true } };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<T extends MessageType> = ProtocolMap[T]['request'];
export type ResponseOf<T extends MessageType> = ProtocolMap[T]['response'];

interface Envelope<T extends MessageType = MessageType> {
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

export async function sendToBackground<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { channel: CHANNEL, type, data };
  return (await browser.runtime.sendMessage(envelope)) as ResponseOf<T>;
}

export type Handlers = {
  [T in MessageType]: (data: RequestOf<T>, sender: { tabId?: number }) => ResponseOf<T> | Promise<ResponseOf<T>>;
};

type SendResponse = (response: unknown) => void;

/**
 * Builds the runtime.onMessage listener that routes contract messages to their handler. It answers
 * through sendResponse and returns true (the callback form every browser and the fake browser
 * support); anything that is not ours gets undefined, so other listeners can answer it. A handler
 * that throws answers `{ error }` instead of leaving the sender waiting forever.
 */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, sender: { tab?: { id?: number } } | undefined, sendResponse: SendResponse): true | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type] as (data: unknown, from: { tabId?: number }) => unknown;
    const tabId = sender?.tab?.id;
    Promise.resolve()
      .then(() => handler(message.data, tabId === undefined ? {} : { tabId }))
      .then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
    return true;
  };
}
