/**
 * What runs on Facebook, Business Suite and Instagram: the site adapter finds comments, the
 * scanner hands on new and changed ones, the classifier flags them, and the overlay marks them.
 * The tab's triage queue goes to the background (for the side panel and the toolbar count) with
 * redacted excerpts only. Every entry point from the page is guarded: an error goes to the
 * extension's diagnostics log, never into the page.
 */
import { classify } from '../../classifiers/classify';
import { prepareConcepts } from '../../classifiers/concepts';
import type { Assessment } from '../../classifiers/types';
import { VARBERG_DIRECTORY } from '../../responses/varberg-directory';
import { commentKeyOf, type SeenComment } from '../../storage/records';
import { redactExcerpt } from '../../storage/redact';
import { Badge, BADGE_TAG } from '../../components/overlay/badge';
import type { CardStatus } from '../../components/overlay/comment-card';
import { OverlayPanel, OVERLAY_TAG } from '../../components/overlay/overlay-panel';
import { overlayText } from '../../components/overlay/overlay-text';
import type { PageComment, SiteAdapter } from '../adapters/types';
import { LABEL_TEXT, URGENCY_LOOK } from '../label-text';
import type { ContentSettings, DiagnosticReport, MessageType, RequestOf, ResponseOf, TabScan, TriageItem } from '../messages';
import type { UiLanguage } from '../ui-text';
import { Scanner, type IdleScheduler } from './scanner';

export type Send = <T extends MessageType>(type: T, data: RequestOf<T>) => Promise<ResponseOf<T>>;

export interface ContentAppOptions {
  adapter: SiteAdapter;
  doc: Document;
  lang: UiLanguage;
  send: Send;
  now?: () => Date;
  schedule?: IdleScheduler;
  copy?: (text: string) => Promise<boolean>;
  /** How long the triage report waits to gather more changes. */
  reportDelayMs?: number;
  /** How long after the page settles its scan summary goes to the diagnostics log. */
  summaryDelayMs?: number;
}

interface Entry {
  key: string;
  element: Element;
  comment: PageComment;
  assessment: Assessment;
  badge: Badge;
  item: TriageItem;
  status: CardStatus;
}

const MAX_ERRORS_PER_PAGE = 20;
/** While a long page is being scanned, badges are placed this often; at once when it is done. */
const PLACE_WHILE_SCANNING_MS = 400;
/** A card opens without history or status rather than wait on a background that does not answer. */
const ANSWER_TIMEOUT_MS = 500;
const FALLBACK_SETTINGS: ContentSettings = { moderator: '', thresholds: {}, directory: VARBERG_DIRECTORY };

export class ContentApp {
  readonly #options: ContentAppOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #keyOfElement = new WeakMap<Element, string>();
  readonly #toStore = new Map<string, SeenComment>();
  #settings: ContentSettings = FALLBACK_SETTINGS;
  #scanner: Scanner | null = null;
  #panel: OverlayPanel | null = null;
  #scanned = 0;
  #unreadable = 0;
  #errors = 0;
  #reportTimer: number | undefined;
  #placeTimer: number | undefined;
  readonly #toPlace = new Set<Entry>();
  #summaryTimer: number | undefined;
  #href = '';
  #startedAt = 0;
  /** Recent posted replies, fetched when a card opens. */
  #history: readonly string[] = [];
  /** A follow-up or dismissal is on its way to the background. */
  #busy = false;

  constructor(options: ContentAppOptions) {
    this.#options = options;
  }

  get entries(): ReadonlyMap<string, Entry> {
    return this.#entries;
  }

  async start(): Promise<void> {
    const { doc, adapter } = this.#options;
    try {
      this.#settings = await this.#options.send('settings/content', {});
    } catch {
      // The background may be restarting: flag with the built-in directory rather than not at all.
    }
    this.#href = this.#pageUrl();
    this.#startedAt = performance.now();
    this.#scanner = new Scanner({
      adapter,
      root: doc,
      pageUrl: () => this.#pageUrl(),
      onComment: (element, comment) => this.#guard(() => this.#onComment(element, comment)),
      onUnchanged: (element) => this.#guard(() => this.#keepBadge(element)),
      onUnreadable: () => {
        this.#unreadable++;
        this.#scheduleReport();
      },
      onIdle: () => this.#onIdle(),
      onError: (error) => this.#reportError(error),
      prepare: prepareConcepts,
      isOwnNode: (node) => node.nodeName === BADGE_TAG.toUpperCase() || node.nodeName === OVERLAY_TAG.toUpperCase(),
      ...(this.#options.schedule ? { schedule: this.#options.schedule } : {}),
    });
    this.#scanner.start();
  }

  stop(): void {
    this.#scanner?.stop();
    this.#panel?.destroy();
    for (const entry of this.#entries.values()) entry.badge.remove();
    this.#entries.clear();
    const win = this.#options.doc.defaultView;
    win?.clearTimeout(this.#reportTimer);
    win?.clearTimeout(this.#summaryTimer);
    win?.clearTimeout(this.#placeTimer);
  }

  /** Call when the address may have changed: a single-page app moved to another post. */
  checkNavigation(): void {
    this.#guard(() => {
      const href = this.#pageUrl();
      if (href === this.#href) return;
      this.#href = href;
      this.#panel?.close();
      for (const entry of this.#entries.values()) entry.badge.remove();
      this.#entries.clear();
      this.#scanned = 0;
      this.#unreadable = 0;
      this.#scanner?.rescan();
      this.#scheduleReport();
    });
  }

  /** The side panel's "Visa på sidan". */
  reveal(key: string): boolean {
    const entry = this.#entries.get(key);
    if (!entry || !entry.element.isConnected) return false;
    entry.element.scrollIntoView({ block: 'center' });
    this.#overlay().highlight(entry.element);
    entry.badge.focus();
    return true;
  }

  #pageUrl(): string {
    return this.#options.doc.location?.href ?? '';
  }

  #onComment(element: Element, comment: PageComment): void {
    this.#scanned++;
    const assessment = classify({ text: comment.text, platform: comment.platform }, { thresholds: this.#settings.thresholds });
    const key = keyOf(comment);
    const existing = this.#entries.get(key);
    if (assessment.labels.length === 0) {
      // An edit can take away what made a comment flagged.
      if (existing && existing.element === element) {
        existing.badge.remove();
        this.#entries.delete(key);
        this.#scheduleReport();
      }
      return;
    }
    const badge = existing?.badge ?? new Badge(this.#options.doc, () => this.#guard(() => this.#open(key)));
    const item: TriageItem = {
      key,
      platform: comment.platform,
      ...(comment.author ? { author: comment.author } : {}),
      excerpt: redactExcerpt(comment.text),
      labels: assessment.labels,
      urgency: assessment.urgency,
      depth: comment.depth,
      ...(comment.time ? { time: comment.time } : {}),
      flaggedAt: existing?.item.flaggedAt ?? (this.#options.now?.() ?? new Date()).getTime(),
      ...(existing?.item.dismissed ? { dismissed: true } : {}),
    };
    const entry: Entry = { key, element, comment, assessment, badge, item, status: existing?.status ?? { kind: 'none' } };
    this.#entries.set(key, entry);
    this.#keyOfElement.set(element, key);
    this.#showBadge(entry);
    this.#toStore.set(key, this.#seen(entry));
    if (this.#panel?.openKey === key) this.#renderCard(entry);
    this.#scheduleReport();
  }

  #keepBadge(element: Element): void {
    const key = this.#keyOfElement.get(element);
    const entry = key ? this.#entries.get(key) : undefined;
    // Same text, same look: only the badge's place may need mending after the site re-rendered.
    if (entry && entry.element === element && !entry.badge.host.isConnected) {
      this.#toPlace.add(entry);
      this.#schedulePlacing();
    }
  }

  #showBadge(entry: Entry): void {
    const { lang } = this.#options;
    const labelNames = entry.assessment.labels.map((label) => LABEL_TEXT[lang][label]).join(', ');
    const look = entry.item.dismissed ? { ...URGENCY_LOOK[lang].none, word: overlayText(lang).notRelevant } : URGENCY_LOOK[lang][entry.assessment.urgency];
    entry.badge.show({ look, labelNames, ariaLabel: overlayText(lang).badgeLabel(look.word, labelNames) });
    this.#toPlace.add(entry);
    this.#schedulePlacing();
  }

  /**
   * Badges go into the page in batches: every insertion makes the browser lay out the page again,
   * and on a post with thousands of comments one layout per idle slice cost seconds (measured:
   * 3.6 s of rendering for 2 000 comments when each slice placed its own badges).
   */
  #schedulePlacing(): void {
    const win = this.#options.doc.defaultView;
    if (!win || this.#placeTimer !== undefined) return;
    this.#placeTimer = win.setTimeout(() => {
      this.#placeTimer = undefined;
      this.#guard(() => this.#placeBadges());
    }, this.#scanner?.busy ? PLACE_WHILE_SCANNING_MS : 0);
  }

  #placeBadges(): void {
    const batch = [...this.#toPlace];
    this.#toPlace.clear();
    for (const entry of batch) {
      if (this.#entries.get(entry.key) !== entry || !entry.element.isConnected) continue;
      entry.badge.placeAfter(this.#options.adapter.badgeAnchor(entry.element) ?? entry.element);
    }
  }

  #seen(entry: Entry): SeenComment {
    const { comment } = entry;
    return {
      platform: comment.platform,
      ...(comment.commentId ? { commentId: comment.commentId } : { commentId: entry.key.slice(entry.key.indexOf(':') + 1) }),
      ...(comment.permalink ? { permalink: comment.permalink } : {}),
      postUrl: comment.postUrl,
      ...(comment.author ? { author: comment.author } : {}),
      text: comment.text,
      assessment: entry.assessment,
    };
  }

  #overlay(): OverlayPanel {
    this.#panel ??= new OverlayPanel(this.#options.doc);
    return this.#panel;
  }

  async #open(key: string): Promise<void> {
    const entry = this.#entries.get(key);
    if (!entry) return;
    // The history comes first: suggestions drawn without it would be redrawn under the moderator's eyes.
    const [history, statuses] = await Promise.allSettled([
      withTimeout(this.#options.send('replies/recent', { limit: 50 }), ANSWER_TIMEOUT_MS),
      withTimeout(this.#options.send('tasks/status', { keys: [key] }), ANSWER_TIMEOUT_MS),
    ]);
    const status = statuses.status === 'fulfilled' ? statuses.value?.statuses?.[key] : undefined;
    if (status) entry.status = { kind: 'tracked', status };
    this.#history = history.status === 'fulfilled' && Array.isArray(history.value?.texts) ? history.value.texts : [];
    this.#renderCard(entry, () => entry.badge.focus());
  }

  #renderCard(entry: Entry, returnFocus?: () => void): void {
    this.#overlay().show(
      entry.key,
      {
        lang: this.#options.lang,
        comment: entry.comment,
        assessment: entry.assessment,
        directory: this.#settings.directory,
        now: this.#options.now ?? (() => new Date()),
        history: this.#history,
        status: entry.status,
        busy: this.#busy,
        onCopy: (text) => this.#copy(text),
        onFollowUp: () => void this.#act(entry, 'tasks/track'),
        onDismiss: () => void this.#act(entry, 'comments/dismissed'),
      },
      returnFocus,
    );
  }

  async #copy(text: string): Promise<boolean> {
    const copied = await (this.#options.copy ?? copyToClipboard(this.#options.doc))(text);
    // A copied suggestion is almost always posted: remembering it keeps the next ones different.
    if (copied) this.#options.send('replies/posted', { text }).catch(() => undefined);
    return copied;
  }

  async #act(entry: Entry, action: 'tasks/track' | 'comments/dismissed'): Promise<void> {
    this.#busy = true;
    this.#renderCard(entry);
    try {
      if (action === 'tasks/track') {
        const { status } = await this.#options.send('tasks/track', { comment: this.#seen(entry) });
        if (!status) throw new Error('no answer');
        entry.status = { kind: 'tracked', status };
      } else {
        const answer = await this.#options.send('comments/dismissed', { comment: this.#seen(entry) });
        if (answer?.stored !== true) throw new Error('no answer');
        entry.status = { kind: 'dismissed' };
        entry.item = { ...entry.item, dismissed: true };
        this.#showBadge(entry);
        this.#scheduleReport();
      }
    } catch (error) {
      entry.status = { kind: 'failed' };
      this.#reportError(error);
    } finally {
      this.#busy = false;
      if (this.#panel?.openKey === entry.key) this.#renderCard(entry);
    }
  }

  #onIdle(): void {
    this.#placeBadges();
    this.#scheduleReport();
    const win = this.#options.doc.defaultView;
    if (!win) return;
    win.clearTimeout(this.#summaryTimer);
    const where = this.#where();
    this.#summaryTimer = win.setTimeout(() => this.#summarise(where), this.#options.summaryDelayMs ?? 5000);
  }

  /** One line per page in the diagnostics log: what the adapter found, so a site change shows. */
  #summarise(where: string): void {
    if (where !== this.#where()) return;
    const found = this.#scanned + this.#unreadable;
    const message =
      found === 0
        ? 'Inga kommentarer hittades. Om sidan visar kommentarer kan sidans uppbyggnad ha ändrats.'
        : `${found} kommentarer hittades, ${this.#entries.size} flaggades, ${this.#unreadable} gick inte att läsa.`;
    this.#diagnose({ kind: 'scan', message });
  }

  #scheduleReport(): void {
    const win = this.#options.doc.defaultView;
    if (!win || this.#reportTimer !== undefined) return;
    this.#reportTimer = win.setTimeout(() => {
      this.#reportTimer = undefined;
      void this.#report();
    }, this.#options.reportDelayMs ?? 250);
  }

  async #report(): Promise<void> {
    const scan: TabScan = {
      url: this.#pageUrl(),
      scanned: this.#scanned,
      unreadable: this.#unreadable,
      items: [...this.#entries.values()].map((entry) => entry.item),
      startedAt: this.#startedAt,
      ...(this.#scanner?.busy ? {} : { settledAt: performance.now() }),
    };
    const batch = [...this.#toStore.values()];
    this.#toStore.clear();
    try {
      await this.#options.send('tab/scan', scan);
      for (let i = 0; i < batch.length; i += 200) await this.#options.send('comments/flagged', { comments: batch.slice(i, i + 200) });
    } catch (error) {
      this.#reportError(error);
    }
  }

  #where(): string {
    const location = this.#options.doc.location;
    return location ? `${location.host}${location.pathname}` : '';
  }

  #reportError(error: unknown): void {
    if (++this.#errors > MAX_ERRORS_PER_PAGE) return;
    // The message only: a stack or the error object could carry comment text.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : 'Okänt fel';
    this.#diagnose({ kind: 'error', message: message.slice(0, 200) });
  }

  #diagnose(entry: Pick<DiagnosticReport, 'kind' | 'message'>): void {
    const report: DiagnosticReport = { at: Date.now(), source: this.#options.adapter.platform, where: this.#where(), ...entry };
    this.#options.send('diagnostics/report', { entries: [report] }).catch(() => undefined);
  }

  #guard(work: () => void | Promise<void>): void {
    try {
      const result = work();
      if (result instanceof Promise) result.catch((error: unknown) => this.#reportError(error));
    } catch (error) {
      this.#reportError(error);
    }
  }
}

/** The stored key; a comment without id or permalink gets one from its author and text. */
export function keyOf(comment: PageComment): string {
  if (comment.commentId || comment.permalink) return commentKeyOf(comment);
  return commentKeyOf({ platform: comment.platform, commentId: `text-${hashOf(`${comment.author ?? ''}\u0000${comment.text}`)}` });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer in time')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function hashOf(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

function copyToClipboard(doc: Document): (text: string) => Promise<boolean> {
  return async (text) => {
    try {
      await doc.defaultView?.navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  };
}
