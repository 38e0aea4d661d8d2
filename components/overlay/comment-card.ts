/**
 * The card a badge opens: why the comment is flagged (evidence with personal data masked), what
 * the guideline asks for, replies to copy and a check of the moderator's own draft.
 *
 * Plain DOM, not React: React and react-dom add about 68 KB (gzip) to every content script, which
 * alone breaks the 150 KB budget (measured: 160 KB with React, 96 KB without). Each part of the
 * card updates on its own, so typing a draft or copying a reply never moves the focus.
 */
import { redactPersonalData } from '../../classifiers/personal-data';
import type { Assessment } from '../../classifiers/types';
import { suggestReplies } from '../../responses/compose';
import type { Directory } from '../../responses/directory-types';
import { lintReply } from '../../responses/lint';
import { checklistFor } from '../../storage/checklist';
import type { PageComment } from '../../utils/adapters/types';
import { LABEL_TEXT, URGENCY_LOOK } from '../../utils/label-text';
import type { TaskStatus } from '../../utils/messages';
import type { UiLanguage } from '../../utils/ui-text';
import { overlayText, type OverlayText } from './overlay-text';

export type CardStatus = { kind: 'none' } | { kind: 'tracked'; status: TaskStatus } | { kind: 'dismissed' } | { kind: 'failed' };

export interface CommentCardProps {
  lang: UiLanguage;
  comment: PageComment;
  assessment: Assessment;
  directory: Directory;
  now: () => Date;
  /** Recent posted replies, newest last: suggestions and the draft check stay clear of them. */
  history: readonly string[];
  status: CardStatus;
  busy?: boolean;
  /** Resolves true when the text is on the clipboard. */
  onCopy(text: string): Promise<boolean>;
  onFollowUp(): void;
  onDismiss(): void;
  onClose(): void;
}

type Child = Node | string | null | undefined | false;

let nextId = 0;

export class CommentCard {
  readonly element: HTMLElement;
  readonly #doc: Document;
  readonly #text: OverlayText;
  readonly #now: Date;
  #props: CommentCardProps;
  #seed: number | undefined;
  readonly #suggestionList: HTMLElement;
  readonly #findings: HTMLElement;
  readonly #draft: HTMLTextAreaElement;
  readonly #followUp: HTMLButtonElement;
  readonly #dismiss: HTMLButtonElement;
  readonly #status: HTMLElement;
  readonly #title: HTMLElement;

  constructor(doc: Document, props: CommentCardProps) {
    this.#doc = doc;
    this.#props = props;
    this.#text = overlayText(props.lang);
    this.#now = props.now();
    const { lang, comment, assessment } = props;
    const text = this.#text;
    const id = `sekretessvakt-card-${++nextId}`;
    const look = URGENCY_LOOK[lang][assessment.urgency];

    const badge = this.#el('span', { class: 'urgency' }, this.#el('span', { 'aria-hidden': 'true' }, look.icon), ` ${look.word}`);
    badge.style.background = look.background;
    badge.style.color = look.foreground;
    this.#title = this.#el('h2', { id: `${id}-title`, class: 'card__title', tabindex: '-1' }, badge, ' ', assessment.labels.map((label) => LABEL_TEXT[lang][label]).join(' · '));
    const close = this.#button(text.close, () => this.#props.onClose(), 'card__close');

    const meta = [comment.author ? text.writtenBy(comment.author) : '', comment.depth === 'reply' ? text.inThread : ''].filter(Boolean).join(' · ');
    const passages = distinctPassages(assessment.evidence).slice(0, 5);
    const evidence =
      passages.length === 0
        ? this.#el('p', {}, text.noEvidence)
        : this.#el(
            'ul',
            { class: 'card__evidence' },
            ...passages.map((e) => this.#el('li', {}, this.#el('strong', {}, `${LABEL_TEXT[lang][e.label]}:`), ` ”${redactPersonalData(e.excerpt)}”`)),
          );
    const steps = this.#el('ol', { class: 'card__steps' }, ...checklistFor(assessment.actions).map((step) => this.#el('li', {}, text.step[step])));

    this.#suggestionList = this.#el('ol', { class: 'card__suggestions' });
    const more = this.#button(text.moreSuggestions, () => {
      this.#seed = Math.floor(Math.random() * 2 ** 32);
      this.#renderSuggestions();
    }, 'card__secondary');

    this.#draft = this.#el('textarea', { id: `${id}-draft`, rows: '4', 'aria-describedby': `${id}-hint` }) as HTMLTextAreaElement;
    this.#draft.addEventListener('input', () => this.#renderFindings());
    this.#findings = this.#el('div', { class: 'card__findings', role: 'status' });

    this.#followUp = this.#button(text.followUp, () => this.#props.onFollowUp(), 'card__primary');
    this.#dismiss = this.#button(text.notRelevant, () => this.#props.onDismiss());
    this.#status = this.#el('p', { class: 'card__status', role: 'status' });

    this.element = this.#el(
      'section',
      { class: 'card', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': `${id}-title` },
      this.#el('header', { class: 'card__header' }, this.#title, close),
      assessment.urgency === 'acute' && this.#el('p', { class: 'card__acute', role: 'alert' }, text.acuteNow),
      meta && this.#el('p', { class: 'card__meta' }, meta),
      this.#el('p', { class: 'card__reminder' }, text.secrecyReminder),
      this.#el('h3', {}, text.why),
      evidence,
      this.#el('h3', {}, text.steps),
      steps,
      this.#el('h3', {}, text.suggestions),
      this.#suggestionList,
      more,
      this.#el('label', { class: 'card__label', for: `${id}-draft` }, text.draft),
      this.#el('p', { class: 'card__hint', id: `${id}-hint` }, text.draftHint),
      this.#draft,
      this.#findings,
      this.#el('div', { class: 'card__actions' }, this.#followUp, this.#dismiss),
      this.#status,
    );
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.#props.onClose();
    });
    this.#renderSuggestions();
    this.#renderStatus();
  }

  /** Moves focus into the card, so keyboard and screen-reader users land on it. */
  focus(): void {
    this.#title.focus();
  }

  /** New status or busy state; the suggestions the moderator is reading stay as they are. */
  update(props: CommentCardProps): void {
    this.#props = props;
    this.#renderStatus();
  }

  #renderSuggestions(): void {
    const { assessment, comment, directory, history } = this.#props;
    const suggestions = suggestReplies(assessment, comment.text, { now: this.#now, directory, history, ...(this.#seed === undefined ? {} : { seed: this.#seed }) });
    const text = this.#text;
    if (suggestions.length === 0) {
      this.#suggestionList.replaceChildren(this.#el('li', {}, text.noSuggestions));
      return;
    }
    this.#suggestionList.replaceChildren(
      ...suggestions.map((suggestion, i) => {
        const feedback = this.#el('span', { class: 'card__error', role: 'status' });
        const copy = this.#button(text.copy, async () => {
          const ok = await this.#props.onCopy(suggestion.text);
          copy.textContent = ok ? `✓ ${text.copied}` : text.copy;
          copy.classList.toggle('copied', ok);
          feedback.textContent = ok ? '' : text.copyFailed;
        });
        copy.setAttribute('aria-label', `${text.copy}: ${text.suggestionLabel(i + 1)}`);
        return this.#el('li', { lang: suggestion.lang }, this.#el('p', { class: 'card__reply' }, suggestion.text), copy, feedback);
      }),
    );
  }

  #renderFindings(): void {
    const draft = this.#draft.value;
    const { comment, assessment, history, directory, lang } = this.#props;
    if (draft.trim() === '') {
      this.#findings.replaceChildren();
      return;
    }
    const findings = lintReply(draft, { comment: comment.text, assessment, history, directory });
    if (findings.length === 0) {
      this.#findings.replaceChildren(this.#el('p', {}, this.#text.draftOk));
      return;
    }
    this.#findings.replaceChildren(
      this.#el('p', {}, this.#text.draftFindings(findings.length)),
      this.#el(
        'ul',
        {},
        ...findings.map((finding) =>
          this.#el('li', { class: finding.severity === 'error' ? 'finding finding--error' : 'finding' }, `${finding.severity === 'error' ? '✖' : '⚠'} ${finding.message[lang]}`),
        ),
      ),
    );
  }

  #renderStatus(): void {
    const { status, busy } = this.#props;
    const text = this.#text;
    this.#followUp.disabled = busy === true || status.kind === 'tracked';
    this.#dismiss.disabled = busy === true || status.kind === 'dismissed';
    this.#status.textContent =
      status.kind === 'tracked'
        ? status.status.progress === 'closed'
          ? text.closedTask
          : text.followedUp(status.status.done, status.status.total)
        : status.kind === 'dismissed'
          ? text.dismissed
          : status.kind === 'failed'
            ? text.failed
            : '';
  }

  #button(label: string, onClick: () => void | Promise<void>, className?: string): HTMLButtonElement {
    const button = this.#el('button', { type: 'button', ...(className ? { class: className } : {}) }, label) as HTMLButtonElement;
    button.addEventListener('click', () => void onClick());
    return button;
  }

  #el(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
    const element = this.#doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    for (const child of children) if (child) element.append(child);
    return element;
  }
}

/** Several rules often match the same words: a passage overlapping one already shown is left out. */
export function distinctPassages(evidence: Assessment['evidence']): Assessment['evidence'] {
  const shown: Assessment['evidence'] = [];
  for (const e of evidence) {
    if (!shown.some((s) => s.start < e.end && e.start < s.end)) shown.push(e);
  }
  return shown;
}
