/**
 * The small mark on a flagged comment: colour, icon and a word, so urgency reads at a glance and
 * never by colour alone. Plain DOM in its own shadow root: a page with hundreds of flags gets
 * hundreds of badges, and each must cost next to nothing.
 */
import type { UrgencyLook } from '../../utils/label-text';
import { BADGE_CSS } from './overlay-style';

export const BADGE_TAG = 'sekretessvakt-badge';

export interface BadgeLook {
  look: UrgencyLook;
  labelNames: string;
  ariaLabel: string;
}

export class Badge {
  readonly host: HTMLElement;
  readonly #button: HTMLButtonElement;
  readonly #word: HTMLSpanElement;
  readonly #icon: HTMLSpanElement;

  constructor(doc: Document, onOpen: (badge: Badge) => void) {
    this.host = doc.createElement(BADGE_TAG);
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    this.#button = doc.createElement('button');
    this.#button.type = 'button';
    this.#icon = doc.createElement('span');
    this.#icon.setAttribute('aria-hidden', 'true');
    this.#word = doc.createElement('span');
    this.#button.append(this.#icon, this.#word);
    this.#button.addEventListener('click', (event) => {
      // The comment under the badge may be a link: the click is ours alone.
      event.preventDefault();
      event.stopPropagation();
      onOpen(this);
    });
    shadow.append(style, this.#button);
  }

  show({ look, labelNames, ariaLabel }: BadgeLook): void {
    this.#icon.textContent = look.icon;
    this.#word.textContent = `${look.word} · ${labelNames}`;
    this.#button.style.background = look.background;
    this.#button.style.color = look.foreground;
    this.#button.setAttribute('aria-label', ariaLabel);
    this.#button.title = ariaLabel;
  }

  /** Places the badge after the anchor, unless it is already there. */
  placeAfter(anchor: Element): void {
    if (this.host.previousElementSibling !== anchor || !this.host.isConnected) anchor.after(this.host);
  }

  focus(): void {
    this.#button.focus();
  }

  remove(): void {
    this.host.remove();
  }
}
