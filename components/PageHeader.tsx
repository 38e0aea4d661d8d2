/**
 * The top of every full extension page: the product mark, and for pages with several views the
 * links between them (the current one marked for screen readers and underlined, not only coloured).
 */
import type { MouseEvent } from 'react';

export function PageHeader() {
  return (
    <header className="sv-page__header">
      <img className="sv-page__logo" src="/icon/48.png" alt="" width={32} height={32} />
      <span className="sv-page__product">Sekretessvakt</span>
    </header>
  );
}

export interface ViewLink {
  hash: string;
  label: string;
  current: boolean;
}

/** Links, not buttons: each view has an address, so it opens in a new tab and survives a reload. */
export function ViewNav({ label, links, onGo }: { label: string; links: readonly ViewLink[]; onGo(hash: string): void }) {
  const follow = (event: MouseEvent, hash: string) => {
    event.preventDefault();
    onGo(hash);
  };
  return (
    <nav className="sv-page__views" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.hash}>
            <a href={`#${link.hash}`} aria-current={link.current ? 'page' : undefined} onClick={(e) => follow(e, link.hash)}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
