import type { ReactNode } from 'react';
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
      <header className="sv-page__header">
        <img className="sv-page__logo" src="/icon/48.png" alt="" width={32} height={32} />
        <span className="sv-page__product">{text.productName}</span>
      </header>
      <main className="sv-page__main">
        <h1>{title}</h1>
        <p>{lead}</p>
        {children}
      </main>
    </div>
  );
}
