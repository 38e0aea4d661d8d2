import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm start` opens a browser with the extension loaded. On Debian the browser is Chromium at
// /usr/bin/chromium; elsewhere web-ext finds Chrome itself. Put personal overrides in
// web-ext.config.local.ts (ignored by git), not here.
const debianChromium = '/usr/bin/chromium';

export default defineWebExtConfig({
  ...(existsSync(debianChromium) ? { binaries: { chrome: debianChromium } } : {}),
  startUrls: ['https://www.facebook.com/'],
});
