import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener, isEnvelope, sendToBackground, type Handlers } from './messages';

function handlers(overrides: Partial<Handlers> = {}): Partial<Handlers> {
  return {
    'content/ready': () => ({ acknowledged: true }),
    'tab/state': () => null,
    'comments/flagged': () => ({ stored: 0, failed: 0 }),
    'replies/recent': () => ({ texts: [] }),
    'replies/posted': () => ({ stored: true }),
    ...overrides,
  };
}

describe('message contract', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a typed request to its handler with the sender tab and returns the answer', async () => {
    const ready = vi.fn(() => ({ acknowledged: true as const }));
    const listener = createMessageListener(handlers({ 'content/ready': ready }));
    // The fake browser passes an empty sender; tab 7 stands in for the tab a real browser reports.
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) =>
      listener(message, { tab: { id: 7 } }, sendResponse),
    );

    const reply = await sendToBackground('content/ready', { platform: 'instagram', url: 'https://www.instagram.com/p/abc/' });

    expect(reply).toEqual({ acknowledged: true });
    expect(ready).toHaveBeenCalledWith({ platform: 'instagram', url: 'https://www.instagram.com/p/abc/' }, { tabId: 7 });
  });

  it('answers an error instead of leaving the sender waiting when a handler throws', async () => {
    fakeBrowser.runtime.onMessage.addListener(
      createMessageListener(
        handlers({
          'tab/state': () => {
            throw new Error('registry unavailable');
          },
        }),
      ),
    );
    await expect(sendToBackground('tab/state', { tabId: 1 })).resolves.toEqual({ error: 'registry unavailable' });
  });

  it('leaves messages that are not ours unanswered, so other listeners can take them', () => {
    const listener = createMessageListener(handlers());
    const sendResponse = vi.fn();
    expect(listener({ type: 'tab/state', data: { tabId: 1 } }, undefined, sendResponse)).toBeUndefined();
    expect(listener('hello', undefined, sendResponse)).toBeUndefined();
    expect(listener(null, undefined, sendResponse)).toBeUndefined();
    expect(listener({ channel: 'sekretessvakt/v1', type: 'toString', data: {} }, undefined, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('recognises only well-formed envelopes', () => {
    expect(isEnvelope({ channel: 'sekretessvakt/v1', type: 'tab/state', data: { tabId: 3 } })).toBe(true);
    expect(isEnvelope({ channel: 'sekretessvakt/v1' })).toBe(false);
    expect(isEnvelope({ channel: 'other', type: 'tab/state' })).toBe(false);
  });
});
