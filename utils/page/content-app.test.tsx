import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VARBERG_DIRECTORY } from '../../responses/directory';
import { BADGE_TAG } from '../../components/overlay/badge';
import { OVERLAY_TAG } from '../../components/overlay/overlay-panel';
import type { MessageType, RequestOf, TabScan } from '../messages';
import { ContentApp, keyOf, type Send } from './content-app';
import { manualScheduler, testAdapter } from './test-adapter';

const CHILD = 'Grannens barn är ensamma hemma hela nätterna och gråter. Ring mig på 070-123 45 67.';
const HARMLESS = 'Vad roligt med den nya lekplatsen!';

function post(html: string) {
  document.body.innerHTML = html;
}
const commentHtml = (id: string, text: string, author = 'Anna Berg') => `<div data-c="${id}" data-author="${author}"><p>${text}</p></div>`;

describe('ContentApp', () => {
  let sent: Array<{ type: MessageType; data: unknown }>;
  let app: ContentApp;
  let scheduler: ReturnType<typeof manualScheduler>;
  let copy: ReturnType<typeof vi.fn<(text: string) => Promise<boolean>>>;

  const send: Send = async (type, data) => {
    sent.push({ type, data });
    const answers: Partial<Record<MessageType, unknown>> = {
      'settings/content': { moderator: 'AB', thresholds: {}, directory: VARBERG_DIRECTORY },
      'replies/recent': { texts: [] },
      'tasks/status': { statuses: {} },
      'tasks/track': { taskId: 'task:x', status: { progress: 'new', overdue: false, done: 0, total: 4 } },
      'comments/dismissed': { stored: true },
      'tab/scan': { acknowledged: true },
      'comments/flagged': { stored: 1, failed: 0 },
      'replies/posted': { stored: true },
      'diagnostics/report': { kept: 1 },
    };
    return answers[type] as never;
  };
  const sentOf = <T extends MessageType>(type: T) => sent.filter((m) => m.type === type).map((m) => m.data as RequestOf<T>);
  const lastScan = () => sentOf('tab/scan').at(-1) as TabScan;
  const badges = () => [...document.querySelectorAll(BADGE_TAG)] as HTMLElement[];
  const card = () => document.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelector('.panel') as HTMLElement | null;

  async function settle() {
    // Mutation records arrive in a microtask (or a timer in happy-dom); both are faked here.
    await vi.advanceTimersByTimeAsync(1);
    scheduler.flush();
    await vi.advanceTimersByTimeAsync(300);
  }

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    sent = [];
    scheduler = manualScheduler();
    copy = vi.fn(async () => true);
    window.history.replaceState(null, '', '/varbergskommun/posts/1');
  });

  afterEach(() => {
    app?.stop();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  async function start(html: string) {
    post(html);
    app = new ContentApp({ adapter: testAdapter, doc: document, lang: 'sv', send, schedule: scheduler.schedule, copy, now: () => new Date('2026-11-24T09:00:00Z'), summaryDelayMs: 1000 });
    await app.start();
    await settle();
  }

  it('marks flagged comments with a badge after their text and leaves the others alone', async () => {
    await start(commentHtml('c1', CHILD) + commentHtml('c2', HARMLESS));
    expect(badges()).toHaveLength(1);
    const badge = badges()[0]!;
    expect(badge.previousElementSibling?.textContent).toBe(CHILD);
    const button = badge.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toContain('Brådskande');
    expect(button.getAttribute('aria-label')).toContain('Barn som far illa');
    // The page's own text is untouched: the badge's words live in its shadow root.
    expect(document.querySelector('[data-c="c1"]')!.textContent).toBe(CHILD);
  });

  it('reports the tab’s queue with redacted excerpts and stores the flagged comments', async () => {
    await start(commentHtml('c1', CHILD) + commentHtml('c2', HARMLESS));
    const scan = lastScan();
    expect(scan.scanned).toBe(2);
    expect(scan.items).toHaveLength(1);
    expect(scan.items[0]).toMatchObject({ key: 'facebook:c1', urgency: 'high', depth: 'comment', author: 'Anna Berg' });
    expect(scan.items[0]!.labels).toContain('child_at_risk');
    expect(JSON.stringify(scan)).not.toContain('070-123 45 67');
    expect(sentOf('comments/flagged').flatMap((m) => m.comments.map((c) => c.commentId))).toEqual(['c1']);
  });

  it('flags comments that arrive later and removes the badge when an edit takes the reason away', async () => {
    await start(commentHtml('c1', HARMLESS));
    expect(badges()).toHaveLength(0);
    document.body.insertAdjacentHTML('beforeend', commentHtml('c2', CHILD));
    await settle();
    expect(badges()).toHaveLength(1);
    document.querySelector('[data-c="c2"] > p')!.textContent = 'Förlåt, fel tråd. Tack för infon om lekplatsen!';
    await settle();
    expect(badges()).toHaveLength(0);
    expect(lastScan().items).toEqual([]);
  });

  it('puts the badge back when the site re-renders the comment with the same text', async () => {
    await start(commentHtml('c1', CHILD));
    const p = document.querySelector('[data-c="c1"] > p')!;
    p.replaceWith(Object.assign(document.createElement('p'), { textContent: CHILD }));
    badges()[0]!.remove();
    await settle();
    expect(badges()).toHaveLength(1);
  });

  it('opens a card with the evidence masked, the steps, replies to copy and the draft check; copying remembers the reply', async () => {
    await start(commentHtml('c1', CHILD));
    await act(async () => badges()[0]!.shadowRoot!.querySelector('button')!.click());
    await act(async () => vi.advanceTimersByTimeAsync(10));
    const panel = card()!;
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain('Steg enligt riktlinjen');
    expect(panel.textContent).toContain('Gör en orosanmälan till socialtjänsten.');
    expect(panel.textContent).not.toContain('070-123 45 67');
    const replies = [...panel.querySelectorAll('.card__reply')].map((p) => p.textContent);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    const copyButton = [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Kopiera')!;
    await act(async () => copyButton.click());
    expect(copy).toHaveBeenCalledWith(replies[0]);
    expect(sentOf('replies/posted')).toEqual([{ text: replies[0] }]);
    expect(panel.textContent).toContain('Kopierat');
  });

  it('"Följ upp" creates the task and "Inte relevant" records a false positive, both shown on the card and in the queue', async () => {
    await start(commentHtml('c1', CHILD));
    await act(async () => badges()[0]!.shadowRoot!.querySelector('button')!.click());
    const button = (name: string) => [...card()!.querySelectorAll('button')].find((b) => b.textContent === name)!;
    await act(async () => button('Följ upp').click());
    expect(sentOf('tasks/track')[0]!.comment).toMatchObject({ platform: 'facebook', commentId: 'c1', text: CHILD });
    expect(card()!.textContent).toContain('Uppföljning skapad. 0 av 4 steg klara.');
    await act(async () => button('Inte relevant').click());
    await act(async () => vi.advanceTimersByTimeAsync(300));
    expect(sentOf('comments/dismissed')).toHaveLength(1);
    expect(lastScan().items[0]!.dismissed).toBe(true);
    expect(badges()[0]!.shadowRoot!.textContent).toContain('Inte relevant');
  });

  it('closes the card with Escape and gives focus back to the badge', async () => {
    await start(commentHtml('c1', CHILD));
    await act(async () => badges()[0]!.shadowRoot!.querySelector('button')!.click());
    const dialog = card()!.querySelector('[role="dialog"]')!;
    await act(async () => dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(card()!.hidden).toBe(true);
    expect(document.activeElement).toBe(badges()[0]);
  });

  it('reveals a comment for the side panel, and says so when it is gone', async () => {
    await start(commentHtml('c1', CHILD));
    const scrolled = vi.fn();
    (document.querySelector('[data-c="c1"]') as HTMLElement).scrollIntoView = scrolled;
    expect(app.reveal('facebook:c1')).toBe(true);
    expect(scrolled).toHaveBeenCalled();
    expect(app.reveal('facebook:unknown')).toBe(false);
  });

  it('starts over after the site navigates to another post', async () => {
    await start(commentHtml('c1', CHILD));
    window.history.pushState(null, '', '/varbergskommun/posts/2');
    document.body.innerHTML = commentHtml('c9', HARMLESS);
    app.checkNavigation();
    await settle();
    expect(badges()).toHaveLength(0);
    expect(lastScan()).toMatchObject({ url: expect.stringContaining('/posts/2'), scanned: 1, items: [] });
  });

  it('logs what it found once the page settles, and says so when it found no comments at all', async () => {
    await start('<div>Ingen kommentar här</div>');
    await vi.advanceTimersByTimeAsync(1100);
    const [entry] = sentOf('diagnostics/report').flatMap((m) => m.entries);
    expect(entry).toMatchObject({ source: 'facebook', kind: 'scan', where: expect.stringContaining('/varbergskommun/posts/1') });
    expect(entry!.message).toContain('Inga kommentarer hittades');
  });

  it('keeps working with the built-in directory when the background does not answer, and never throws into the page', async () => {
    post(commentHtml('c1', CHILD));
    const failing: Send = async (type, data) => {
      if (type === 'settings/content' || type === 'tab/scan') throw new Error('Could not establish connection');
      return send(type, data);
    };
    app = new ContentApp({ adapter: testAdapter, doc: document, lang: 'sv', send: failing, schedule: scheduler.schedule, copy });
    await expect(app.start()).resolves.toBeUndefined();
    await settle();
    expect(badges()).toHaveLength(1);
    expect(sentOf('diagnostics/report').flatMap((m) => m.entries).map((e) => e.message)).toContain('Error: Could not establish connection');
  });

  it('keys comments without id by author and text, the same every time', () => {
    const a = keyOf({ platform: 'instagram', text: 'Hej', author: 'x', postUrl: '', depth: 'comment' });
    const b = keyOf({ platform: 'instagram', text: 'Hej', author: 'x', postUrl: '', depth: 'comment' });
    expect(a).toBe(b);
    expect(a).toMatch(/^instagram:text-/);
  });
});
