import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Code that must stay pure (STYLE.md): it runs in a content script, the worker, pages and Node alike. */
const PURE_CORES = ['classifiers/**', 'responses/**'];
const CONTENT_SCRIPTS = ['entrypoints/*.content/**', 'utils/content-script-*.ts', 'utils/page/**', 'utils/adapters/**', 'components/overlay/**'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: PURE_CORES,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill'], message: 'Pure cores take no browser API.' },
            { group: ['react', 'react-dom', 'react-dom/*', 'dexie'], message: 'Pure cores take no UI or storage.' },
            { group: ['**/storage/**', '**/entrypoints/**', '**/components/**'], message: 'Pure cores depend on nothing outside themselves.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'browser', 'chrome', 'navigator', 'localStorage', 'indexedDB', 'fetch'].map((name) => ({
          name,
          message: 'Pure cores take everything they need as arguments (STYLE.md).',
        })),
      ],
    },
  },
  {
    files: CONTENT_SCRIPTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-react-hooks'], message: 'Content scripts run in the site origin: reach stored records through background messages.' },
            {
              // storage/ except its pure modules (records, checklist, redact), which hold no database code.
              regex: '(^|/)storage(/(?!(records|checklist|redact)$)[^/]+)?$',
              message: 'Content scripts run in the site origin: reach stored records through background messages (only the pure records, checklist and redact modules are allowed).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The extension never calls out: no network requests.' },
        { name: 'XMLHttpRequest', message: 'The extension never calls out: no network requests.' },
      ],
    },
  },
);
