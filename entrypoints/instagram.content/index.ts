import { defineContentScript } from '#imports';
import { runContentScript } from '../../utils/content-script-boot';
import { INSTAGRAM_MATCHES } from '../../utils/sites';

export default defineContentScript({
  matches: [...INSTAGRAM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript('instagram', document, ctx.signal);
  },
});
