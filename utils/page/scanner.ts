/**
 * Incremental scanning: one MutationObserver notes where the page changed, and the work (finding
 * comment elements, reading them, handing them on) runs in small idle-time slices, so a page with
 * thousands of comments never stutters. Only new or changed comments are handed on: each element's
 * last read text is remembered, and an edited comment is read again because its text changed.
 */
import type { PageComment, SiteAdapter } from '../adapters/types';

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export type IdleScheduler = (work: (deadline: IdleDeadlineLike) => void) => void;

export interface ScannerOptions {
  adapter: SiteAdapter;
  root: Document;
  pageUrl: () => string;
  /** A new or changed comment; the element is the one the adapter found. */
  onComment(element: Element, comment: PageComment): void;
  /** A comment read again with the same text (a re-render): the overlay checks its badge is still there. */
  onUnchanged?(element: Element, comment: PageComment): void;
  /** A comment element the adapter found but could not read. */
  onUnreadable?(element: Element): void;
  /** The queue ran empty: everything on the page has been handled. */
  onIdle?(): void;
  /** Errors are reported, never thrown into the page. */
  onError?(error: unknown): void;
  /** Nodes the extension itself added (badges, overlay hosts): their changes are ignored. */
  isOwnNode?(node: Node): boolean;
  /** Starts work when the page is idle. */
  schedule?: IdleScheduler;
  /**
   * Continues queued work in the next task. By default a fresh macrotask, not another idle
   * callback: Chrome runs an idle callback posted from an idle callback only in the next idle
   * period, which left the main thread unused 80% of the time (measured: 2 000 comments took 3.6 s
   * instead of about 1 s). Each slice still ends after `sliceMs`, so input and frames get their turn.
   */
  next?: IdleScheduler;
  /** Preparation spread over the first slices (the classifier's lexicons); true once done. */
  prepare?: (hasTime: () => boolean) => boolean;
  /** Milliseconds of work per slice. */
  sliceMs?: number;
  clock?: () => number;
}

/** Long enough to make progress, far below the 50 ms that makes a long task. */
export const DEFAULT_SLICE_MS = 8;
/** How far up from a changed node to look for the comment it belongs to. */
const MAX_CLIMB = 40;

/** Runs work in a new macrotask as soon as the event loop is free (MessageChannel is not clamped like setTimeout). */
export function taskScheduler(win: Window): IdleScheduler {
  const MessageChannelCtor = (win as Window & typeof globalThis).MessageChannel ?? globalThis.MessageChannel;
  if (typeof MessageChannelCtor !== 'function') return (work) => void win.setTimeout(() => work({ timeRemaining: () => DEFAULT_SLICE_MS }), 0);
  const channel = new MessageChannelCtor();
  const queue: Array<(deadline: IdleDeadlineLike) => void> = [];
  channel.port1.onmessage = () => queue.shift()?.({ timeRemaining: () => DEFAULT_SLICE_MS });
  return (work) => {
    queue.push(work);
    channel.port2.postMessage(null);
  };
}

export function idleScheduler(win: Window): IdleScheduler {
  if (typeof win.requestIdleCallback === 'function') {
    // The timeout keeps scanning moving on a busy page; slices stay small either way.
    return (work) => void win.requestIdleCallback((deadline) => work(deadline), { timeout: 200 });
  }
  return (work) => void win.setTimeout(() => work({ timeRemaining: () => DEFAULT_SLICE_MS }), 16);
}

export class Scanner {
  readonly #options: Required<Pick<ScannerOptions, 'schedule' | 'next' | 'sliceMs' | 'clock'>> & ScannerOptions;
  /** Subtrees to search for comment elements. */
  readonly #roots = new Set<Node>();
  /** Comment elements to read. */
  readonly #pending = new Set<Element>();
  /** The text each comment element had when last read. */
  #lastText = new WeakMap<Element, string>();
  #known = new WeakSet<Element>();
  #observer: MutationObserver | null = null;
  #scheduled = false;
  #stopped = true;
  #prepared = false;

  constructor(options: ScannerOptions) {
    const win = options.root.defaultView;
    const fallback: IdleScheduler = (work) => void setTimeout(() => work({ timeRemaining: () => DEFAULT_SLICE_MS }), 16);
    this.#options = {
      schedule: options.schedule ?? (win ? idleScheduler(win) : fallback),
      // A test that controls `schedule` controls the continuation too.
      next: options.next ?? options.schedule ?? (win ? taskScheduler(win) : fallback),
      sliceMs: options.sliceMs ?? DEFAULT_SLICE_MS,
      clock: options.clock ?? (() => performance.now()),
      ...options,
    };
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    const MutationObserverCtor = this.#options.root.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    this.#observer = new MutationObserverCtor((records) => this.#guard(() => this.#noteMutations(records)));
    this.#observer.observe(this.#options.root, { childList: true, subtree: true, characterData: true });
    this.#enqueueRoot(this.#options.root);
  }

  stop(): void {
    this.#stopped = true;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#roots.clear();
    this.#pending.clear();
  }

  /** Forgets what was read and scans the whole page again (after navigating to another post). */
  rescan(): void {
    this.#lastText = new WeakMap();
    this.#known = new WeakSet();
    this.#pending.clear();
    this.#roots.clear();
    this.#enqueueRoot(this.#options.root);
  }

  /** True while work is queued. */
  get busy(): boolean {
    return this.#roots.size > 0 || this.#pending.size > 0;
  }

  #noteMutations(records: readonly MutationRecord[]): void {
    const own = this.#options.isOwnNode;
    for (const record of records) {
      if (own?.(record.target)) continue;
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && !own?.(node)) this.#roots.add(node);
        }
      }
      // A change inside a known comment (an edit, "See more" expanded) means reading it again.
      const comment = this.#knownCommentAround(record.target);
      if (comment) this.#pending.add(comment);
    }
    this.#wake();
  }

  #knownCommentAround(node: Node): Element | null {
    let current: Node | null = node;
    for (let depth = 0; current && depth < MAX_CLIMB; depth++) {
      if (current.nodeType === 1 && this.#known.has(current as Element)) return current as Element;
      current = current.parentNode;
    }
    return null;
  }

  #enqueueRoot(node: Node): void {
    this.#roots.add(node);
    this.#wake();
  }

  #wake(continuing = false): void {
    if (this.#scheduled || this.#stopped || !this.busy) return;
    this.#scheduled = true;
    (continuing ? this.#options.next : this.#options.schedule)((deadline) => {
      this.#scheduled = false;
      this.#guard(() => this.#slice(deadline));
    });
  }

  #slice(deadline: IdleDeadlineLike): void {
    if (this.#stopped) return;
    const { clock, sliceMs } = this.#options;
    const budget = Math.min(sliceMs, Math.max(2, deadline.timeRemaining()));
    const end = clock() + budget;
    if (!this.#prepared) {
      this.#prepared = this.#options.prepare?.(() => clock() < end) ?? true;
      if (!this.#prepared) {
        this.#wake(true);
        return;
      }
    }
    while (clock() < end) {
      const root = first(this.#roots);
      if (root) {
        this.#roots.delete(root);
        if (root.isConnected) this.#expand(root);
        continue;
      }
      const element = first(this.#pending);
      if (!element) break;
      this.#pending.delete(element);
      this.#guard(() => this.#read(element));
    }
    if (this.busy) this.#wake(true);
    else this.#options.onIdle?.();
  }

  #expand(root: Node): void {
    const parent = root as ParentNode;
    if (typeof parent.querySelectorAll !== 'function') return;
    for (const element of this.#options.adapter.findComments(parent)) {
      this.#known.add(element);
      this.#pending.add(element);
    }
  }

  #read(element: Element): void {
    if (!element.isConnected) return;
    const comment = this.#options.adapter.read(element, this.#options.pageUrl());
    if (!comment) {
      if (!this.#lastText.has(element)) {
        this.#lastText.set(element, '');
        this.#options.onUnreadable?.(element);
      }
      return;
    }
    if (this.#lastText.get(element) === comment.text) {
      this.#options.onUnchanged?.(element, comment);
      return;
    }
    this.#lastText.set(element, comment.text);
    this.#options.onComment(element, comment);
  }

  #guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.#options.onError?.(error);
    }
  }
}

function first<T>(set: Set<T>): T | undefined {
  for (const value of set) return value;
  return undefined;
}
