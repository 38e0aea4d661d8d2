import { defineConfig } from 'wxt';
import { ALL_SITE_MATCHES } from './utils/sites';
import { checkBuiltInScenarios } from './utils/training/library';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a newcomer should see where every name comes from.
  imports: false,
  hooks: {
    // A broken practice scenario stops the build with every problem listed, so none ships.
    'build:before': () => {
      checkBuiltInScenarios();
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    // Permissions arrive with the features that use them: alarms for the retention schedule
    // (sidePanel is added by WXT for the side panel). The toolbar count needs none.
    permissions: ['alarms'],
    // Asked for only when a moderator turns on notifications for acute comments.
    optional_permissions: ['notifications'],
    host_permissions: [...ALL_SITE_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sekretessvakt@sekretessvakt.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
