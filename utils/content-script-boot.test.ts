import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACTIVE_ATTRIBUTE, bootContentScript } from './content-script-boot';
import { createMessageListener } from './messages';

describe('bootContentScript', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.documentElement.removeAttribute(ACTIVE_ATTRIBUTE);
  });

  function answerReady() {
    fakeBrowser.runtime.onMessage.addListener(
      createMessageListener({
        'content/ready': () => ({ acknowledged: true }),
        'tab/state': () => null,
        'comments/flagged': () => ({ stored: 0, failed: 0 }),
        'replies/recent': () => ({ texts: [] }),
        'replies/posted': () => ({ stored: true }),
      }),
    );
  }

  it('marks the page once the background has acknowledged it, and unmarks it when the script is stopped', async () => {
    answerReady();
    const controller = new AbortController();

    await expect(bootContentScript('facebook', document, controller.signal)).resolves.toBe(true);
    expect(document.documentElement.getAttribute(ACTIVE_ATTRIBUTE)).toBe('facebook');

    controller.abort();
    expect(document.documentElement.hasAttribute(ACTIVE_ATTRIBUTE)).toBe(false);
  });

  it('stays silent and leaves the page untouched when the background cannot be reached', async () => {
    // No listener: sendMessage rejects, as it does while the extension reloads.
    await expect(bootContentScript('instagram', document, new AbortController().signal)).resolves.toBe(false);
    expect(document.documentElement.hasAttribute(ACTIVE_ATTRIBUTE)).toBe(false);
  });

  it('does not mark a page whose script was stopped while waiting for the background', async () => {
    answerReady();
    const controller = new AbortController();
    const booting = bootContentScript('facebook', document, controller.signal);
    controller.abort();
    await expect(booting).resolves.toBe(false);
    expect(document.documentElement.hasAttribute(ACTIVE_ATTRIBUTE)).toBe(false);
  });
});
