/**
 * A minimal adapter for the scanner and content-app tests: comments are `<div data-c="id">` with
 * the text in a `<p>`. The real adapters have their own tests against site fixtures.
 */
import type { PageComment, SiteAdapter } from '../adapters/types';

export const testAdapter: SiteAdapter = {
  platform: 'facebook',
  findComments(root) {
    const found = [...root.querySelectorAll('[data-c]')];
    return root instanceof Element && root.matches('[data-c]') ? [root, ...found] : found;
  },
  read(element, pageUrl): PageComment | null {
    const id = element.getAttribute('data-c');
    const text = element.querySelector(':scope > p')?.textContent?.trim();
    if (!id || !text) return null;
    return {
      platform: 'facebook',
      commentId: id,
      author: element.getAttribute('data-author') ?? undefined,
      text,
      postUrl: pageUrl.split(/[?#]/)[0]!,
      depth: element.parentElement?.closest('[data-c]') ? 'reply' : 'comment',
    };
  },
  badgeAnchor(element) {
    return element.querySelector(':scope > p');
  },
};

/** Runs idle work synchronously when `flush` is called, with a deadline the test controls. */
export function manualScheduler(timeRemaining = 50) {
  const queue: Array<(deadline: { timeRemaining(): number }) => void> = [];
  return {
    schedule: (work: (deadline: { timeRemaining(): number }) => void) => void queue.push(work),
    /** Runs queued slices (and the ones they queue) until none is left; returns how many ran. */
    flush(limit = 10_000): number {
      let slices = 0;
      while (queue.length > 0 && slices < limit) {
        queue.shift()!({ timeRemaining: () => timeRemaining });
        slices++;
      }
      return slices;
    },
    get pending() {
      return queue.length;
    },
  };
}

/** Lets MutationObserver callbacks (microtasks) run. */
export const mutationsDelivered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
