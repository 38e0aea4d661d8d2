import { defineContentScript } from '#imports';
import { runContentScript } from '../../utils/content-script-boot';
import { BUSINESS_SUITE_MATCHES } from '../../utils/sites';

export default defineContentScript({
  matches: [...BUSINESS_SUITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript('business-suite', document, ctx.signal);
  },
});
