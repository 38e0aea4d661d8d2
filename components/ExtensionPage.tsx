import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';
import { uiText, type PageId, type UiLanguage } from '../utils/ui-text';

interface ExtensionPageProps {
  page: PageId;
  lang: UiLanguage;
  children?: ReactNode;
}

/** The frame every extension page shares: the product mark, the page title and its lead text. */
export function ExtensionPage({ page, lang, children }: ExtensionPageProps) {
  const text = uiText(lang);
  const { title, lead } = text.pages[page];
  return (
    <div className="sv-page" lang={lang}>
      <PageHeader />
      <main className="sv-page__main">
        <h1>{title}</h1>
        <p>{lead}</p>
        {children}
      </main>
    </div>
  );
}
