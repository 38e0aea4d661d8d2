import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickUiLanguage, type UiLanguage } from '../utils/ui-text';
import './extension-page.css';

/** Mounts an extension page's React tree into its #root, in the user's UI language. */
export function mountPage(render: (lang: UiLanguage) => ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Sekretessvakt: the page has no #root element to mount into.');
  const lang = pickUiLanguage(navigator.languages);
  document.documentElement.lang = lang;
  createRoot(container).render(<StrictMode>{render(lang)}</StrictMode>);
}
