import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageComment } from '../adapters/types';
import { Scanner } from './scanner';
import { manualScheduler, mutationsDelivered, testAdapter } from './test-adapter';

function comment(id: string, text: string): HTMLElement {
  const div = document.createElement('div');
  div.setAttribute('data-c', id);
  const p = document.createElement('p');
  p.textContent = text;
  div.append(p);
  return div;
}

describe('Scanner', () => {
  let scanner: Scanner;
  let seen: PageComment[];
  let idle: ReturnType<typeof vi.fn<() => void>>;
  let scheduler: ReturnType<typeof manualScheduler>;

  function start(options: { sliceMs?: number; clock?: () => number } = {}) {
    seen = [];
    idle = vi.fn<() => void>();
    scheduler = manualScheduler();
    scanner = new Scanner({
      adapter: testAdapter,
      root: document,
      pageUrl: () => 'https://www.facebook.com/a/posts/1',
      onComment: (_element, c) => seen.push(c),
      onIdle: idle,
      schedule: scheduler.schedule,
      ...options,
    });
    scanner.start();
  }

  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => scanner?.stop());

  it('reads every comment already on the page, in idle slices, and says when it is done', () => {
    for (let i = 0; i < 5; i++) document.body.append(comment(`c${i}`, `Kommentar ${i}`));
    start();
    expect(seen).toEqual([]);
    scheduler.flush();
    expect(seen.map((c) => c.commentId)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(idle).toHaveBeenCalled();
    expect(scanner.busy).toBe(false);
  });

  it('stops each slice when its time is up and goes on in the next one', () => {
    for (let i = 0; i < 30; i++) document.body.append(comment(`c${i}`, `Kommentar ${i}`));
    let time = 0;
    // Every clock read costs 1 ms, so a 4 ms slice reads only a few comments.
    start({ sliceMs: 4, clock: () => time++ });
    const slices = scheduler.flush();
    expect(seen).toHaveLength(30);
    expect(slices).toBeGreaterThan(5);
  });

  it('hands on comments added later (infinite scroll, "view more comments") and nothing twice', async () => {
    document.body.append(comment('c1', 'Första'));
    start();
    scheduler.flush();
    const more = document.createElement('section');
    more.append(comment('c2', 'Andra'), comment('c3', 'Tredje'));
    document.body.append(more);
    await mutationsDelivered();
    scheduler.flush();
    expect(seen.map((c) => c.commentId)).toEqual(['c1', 'c2', 'c3']);
  });

  it('reads an edited comment again, and ignores a re-render with the same text', async () => {
    const c1 = comment('c1', 'Före');
    document.body.append(c1);
    start();
    scheduler.flush();
    c1.querySelector('p')!.textContent = 'Efter ändring';
    await mutationsDelivered();
    scheduler.flush();
    c1.querySelector('p')!.replaceWith(Object.assign(document.createElement('p'), { textContent: 'Efter ändring' }));
    await mutationsDelivered();
    scheduler.flush();
    expect(seen.map((c) => c.text)).toEqual(['Före', 'Efter ändring']);
  });

  it('finds a reply added inside a comment it already read', async () => {
    const c1 = comment('c1', 'Fråga');
    document.body.append(c1);
    start();
    scheduler.flush();
    c1.append(comment('r1', 'Svar'));
    await mutationsDelivered();
    scheduler.flush();
    expect(seen.map((c) => [c.commentId, c.depth])).toEqual([
      ['c1', 'comment'],
      ['r1', 'reply'],
    ]);
  });

  it('ignores changes to the extension’s own nodes', async () => {
    scheduler = manualScheduler();
    const read = vi.spyOn(testAdapter, 'findComments');
    const own = document.createElement('sekretessvakt-badge');
    scanner = new Scanner({
      adapter: testAdapter,
      root: document,
      pageUrl: () => '',
      onComment: () => undefined,
      isOwnNode: (node) => node.nodeName === 'SEKRETESSVAKT-BADGE',
      schedule: scheduler.schedule,
    });
    scanner.start();
    scheduler.flush();
    read.mockClear();
    document.body.append(own);
    await mutationsDelivered();
    scheduler.flush();
    expect(read).not.toHaveBeenCalled();
  });

  it('rescans the whole page after navigation, reading comments it saw before', () => {
    document.body.append(comment('c1', 'Samma'));
    start();
    scheduler.flush();
    scanner.rescan();
    scheduler.flush();
    expect(seen.map((c) => c.commentId)).toEqual(['c1', 'c1']);
  });

  it('counts unreadable comments once and reports adapter errors without throwing into the page', () => {
    const onUnreadable = vi.fn();
    const onError = vi.fn();
    const broken = document.createElement('div');
    broken.setAttribute('data-c', 'x');
    document.body.append(broken, comment('ok', 'Läsbar'));
    scheduler = manualScheduler();
    scanner = new Scanner({
      adapter: {
        ...testAdapter,
        read: (element, url) => {
          if (element.getAttribute('data-c') === 'ok') throw new Error('adapter broke');
          return testAdapter.read(element, url);
        },
      },
      root: document,
      pageUrl: () => '',
      onComment: () => undefined,
      onUnreadable,
      onError,
      schedule: scheduler.schedule,
    });
    scanner.start();
    expect(() => scheduler.flush()).not.toThrow();
    expect(onUnreadable).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'adapter broke' }));
  });

  it('does nothing after stop', async () => {
    start();
    scheduler.flush();
    scanner.stop();
    document.body.append(comment('late', 'Sen'));
    await mutationsDelivered();
    scheduler.flush();
    expect(seen).toEqual([]);
  });
});

describe('Scanner preparation', () => {
  it('spreads preparation over slices before reading any comment', () => {
    document.body.innerHTML = '<div data-c="a"><p>Text</p></div>';
    const scheduler = manualScheduler();
    let steps = 0;
    const seen: string[] = [];
    const scanner = new Scanner({
      adapter: testAdapter,
      root: document,
      pageUrl: () => '',
      onComment: (_e, c) => seen.push(`${c.commentId} after ${steps} steps`),
      prepare: (hasTime) => {
        while (steps < 5 && hasTime()) steps++;
        return steps >= 5;
      },
      schedule: scheduler.schedule,
      sliceMs: 2,
      clock: (() => {
        let t = 0;
        return () => t++;
      })(),
    });
    scanner.start();
    expect(scheduler.flush()).toBeGreaterThan(2);
    expect(seen).toEqual(['a after 5 steps']);
    scanner.stop();
  });
});
