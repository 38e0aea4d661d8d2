/**
 * The one panel the overlay opens on the page, in a shadow root so neither the page's styles nor
 * ours leak across. It holds the comment card and the highlight ring the side panel's
 * "Visa på sidan" draws around a comment.
 */
import { CommentCard, type CommentCardProps } from './comment-card';
import { OVERLAY_CSS } from './overlay-style';

export const OVERLAY_TAG = 'sekretessvakt-overlay';
const HIGHLIGHT_MS = 2500;

export class OverlayPanel {
  readonly host: HTMLElement;
  readonly #doc: Document;
  readonly #panel: HTMLDivElement;
  readonly #ring: HTMLDivElement;
  #card: CommentCard | null = null;
  #returnFocus: (() => void) | null = null;
  #ringTimer: number | undefined;
  #openKey: string | null = null;

  constructor(doc: Document) {
    this.#doc = doc;
    this.host = doc.createElement(OVERLAY_TAG);
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.#panel = doc.createElement('div');
    this.#panel.className = 'panel';
    this.#panel.hidden = true;
    this.#ring = doc.createElement('div');
    this.#ring.className = 'highlight';
    this.#ring.hidden = true;
    shadow.append(style, this.#ring, this.#panel);
    // On <html>, outside <body>, so a site that re-renders its body does not throw us out.
    doc.documentElement.append(this.host);
  }

  get openKey(): string | null {
    return this.#openKey;
  }

  /** Opens (or re-renders) the card for one comment; focus returns to `returnFocus` on close. */
  show(key: string, props: Omit<CommentCardProps, 'onClose'>, returnFocus?: () => void): void {
    if (!this.host.isConnected) this.#doc.documentElement.append(this.host);
    if (returnFocus) this.#returnFocus = returnFocus;
    const full: CommentCardProps = { ...props, onClose: () => this.close() };
    if (this.#card && this.#openKey === key) {
      this.#card.update(full);
      return;
    }
    this.#openKey = key;
    this.#card = new CommentCard(this.#doc, full);
    this.#panel.replaceChildren(this.#card.element);
    this.#panel.hidden = false;
    this.#card.focus();
  }

  close(): void {
    this.#panel.hidden = true;
    this.#openKey = null;
    this.#card = null;
    this.#panel.replaceChildren();
    const back = this.#returnFocus;
    this.#returnFocus = null;
    back?.();
  }

  /** Draws a ring around the element for a moment, where it lies in the document. */
  highlight(element: Element): void {
    const win = this.#doc.defaultView;
    if (!win) return;
    const rect = element.getBoundingClientRect();
    Object.assign(this.#ring.style, {
      top: `${rect.top + win.scrollY - 6}px`,
      left: `${rect.left + win.scrollX - 6}px`,
      width: `${rect.width + 12}px`,
      height: `${rect.height + 12}px`,
      opacity: '1',
    });
    this.#ring.hidden = false;
    win.clearTimeout(this.#ringTimer);
    this.#ringTimer = win.setTimeout(() => {
      this.#ring.hidden = true;
    }, HIGHLIGHT_MS);
  }

  destroy(): void {
    this.#card = null;
    this.host.remove();
  }
}
