import { defineContentScript } from '#imports';
import { runContentScript } from '../../utils/content-script-boot';
import { FACEBOOK_MATCHES } from '../../utils/sites';

export default defineContentScript({
  matches: [...FACEBOOK_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript('facebook', document, ctx.signal);
  },
});
