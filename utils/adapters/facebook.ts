/**
 * Facebook and Meta Business Suite render every post, comment and reply as an ARIA article, and
 * both apps share that comment markup inside different shells, so one factory serves both.
 *
 * Rules, in the order the code applies them:
 * - A comment is an article holding its own permalink (a link with a `comment_id` query parameter
 *   that is not inside a nested article). The post is an article too, but has no such link.
 * - A reply is a comment inside another comment's article, or one whose permalink names a
 *   `reply_comment_id`.
 * - Text is the article's own `dir="auto"` blocks (not those of nested replies), read as shown minus
 *   buttons ("Visa mer", "See more"). The author is the first named link before that text, and only
 *   failing that the aria-label, whose wording depends on the page language.
 */
import type { Platform } from '../sites';
import {
  isElement,
  machineTimeOf,
  outermostOf,
  parseUrl,
  plainText,
  postUrlOf,
  shownText,
} from './dom-reading';
import type { CommentDepth, PageComment, SiteAdapter } from './types';

/** Where each selector anchors and why. Never class names: Facebook generates them per build. */
const SELECTORS = {
  // Posts, comments and replies all carry role="article" for screen readers, which outlives redesigns.
  article: 'div[role="article"]',
  // A comment's timestamp links to the comment itself; this is what tells a comment from the post.
  commentLink: 'a[href*="comment_id="]',
  // User-written text is marked for bidirectional layout, one block per paragraph.
  textBlock: 'div[dir="auto"]',
  // Text inside these is UI (names, "Gilla", "Svara", "Visa mer"), never the comment itself.
  notCommentText: 'a, button, [role="button"]',
  // Buttons left out of the shown text: "Visa mer"/"See more" sits inside the collapsed text block.
  button: 'button, [role="button"]',
  link: 'a[href]',
  // Facebook shows relative times ("2 tim"); only these carry a machine-readable one.
  machineTime: 'abbr[data-utime], time[datetime]',
} as const;

// Facebook's per-viewer tracking parameters (__cft__[0], __tn__, __xts__): long, tied to the session,
// and not needed to open the comment, so they are not stored.
const TRACKING_PARAMETER = /^__/u;

// Node.DOCUMENT_POSITION_PRECEDING, spelled out so the code does not need the page's Node global.
const DOCUMENT_POSITION_PRECEDING = 2;

type ArticlePlatform = Exclude<Platform, 'instagram'>;

/** The value of one query parameter of a raw href, without needing a base address to resolve it. */
function queryParameter(href: string, name: string): string | undefined {
  const queryStart = href.indexOf('?');
  if (queryStart < 0) return undefined;
  const fragmentStart = href.indexOf('#', queryStart);
  const query = href.slice(queryStart + 1, fragmentStart < 0 ? undefined : fragmentStart);
  const value = new URLSearchParams(query).get(name);
  return value === null || value.trim() === '' ? undefined : value.trim();
}

function isCommentPermalink(link: Element): boolean {
  return queryParameter(link.getAttribute('href') ?? '', 'comment_id') !== undefined;
}

function ownedBy(article: Element, element: Element): boolean {
  return element.closest(SELECTORS.article) === article;
}

/**
 * The article's own permalink. Profile links inside a comment may carry a comment_id too, so the last
 * one wins: the timestamp follows the name and the text.
 */
function ownPermalinkOf(article: Element): Element | null {
  let permalink: Element | null = null;
  for (const link of article.querySelectorAll(SELECTORS.commentLink)) {
    if (ownedBy(article, link) && isCommentPermalink(link)) permalink = link;
  }
  return permalink;
}

/**
 * A cheap test for ancestors: a comment's own permalink comes before its nested replies, so only the
 * first comment link needs checking. A full scan of the post article for each of 2,000 comments
 * would be quadratic.
 */
function startsWithOwnPermalink(article: Element): boolean {
  const first = article.querySelector(SELECTORS.commentLink);
  return first !== null && ownedBy(article, first) && isCommentPermalink(first);
}

function depthOf(article: Element, permalink: Element): CommentDepth {
  if (queryParameter(permalink.getAttribute('href') ?? '', 'reply_comment_id')) return 'reply';
  let outer = article.parentElement?.closest(SELECTORS.article);
  while (outer) {
    if (startsWithOwnPermalink(outer)) return 'reply';
    outer = outer.parentElement?.closest(SELECTORS.article);
  }
  return 'comment';
}

/** The article's own text blocks: not a nested reply's, not UI, and not wrappers around the permalink. */
function ownTextBlocksOf(article: Element): Element[] {
  return outermostOf(
    article.querySelectorAll(SELECTORS.textBlock),
    (block) =>
      ownedBy(article, block) &&
      block.closest(SELECTORS.notCommentText) === null &&
      block.querySelector(SELECTORS.commentLink) === null,
  );
}

/** The first named link before the text: the author's profile link (the avatar link before it has no text). */
function authorLinkOf(article: Element, firstTextBlock: Element, permalink: Element): Element | null {
  for (const link of article.querySelectorAll(SELECTORS.link)) {
    const isBeforeText =
      (firstTextBlock.compareDocumentPosition(link) & DOCUMENT_POSITION_PRECEDING) !== 0 && !link.contains(firstTextBlock);
    // Links come in document order: past the text start, any later link is a mention or the timestamp.
    if (!isBeforeText) break;
    if (link !== permalink && ownedBy(article, link) && !link.matches(SELECTORS.button) && plainText(link) !== '') {
      return link;
    }
  }
  return null;
}

/**
 * Last resort for the author: the article's aria-label. Only the English wording is verified;
 * the Swedish patterns are unverified guesses at Facebook's translation.
 */
const AUTHOR_LABEL_PATTERNS: readonly RegExp[] = [
  /^Reply by (.+?) to .+$/u,
  /^(?:Comment|Reply) by (.+?)(?:\s+(?:\d+|an?|one)\s+\w+\s+ago|\s+just now)?$/u,
  // Unverified guesses at the Swedish labels: "Svar av X på Ys kommentar", "Kommentar av X".
  /^Svar (?:av|från) (.+?) (?:på|till) .+$/u,
  /^(?:Kommentar|Svar) (?:av|från) (.+?)(?:\s+för\s+.+\s+sedan|\s+\d+\s+\w+\s+sedan)?$/u,
];

function authorFromLabel(article: Element): string | undefined {
  const label = (article.getAttribute('aria-label') ?? '').replace(/\s+/gu, ' ').trim();
  for (const pattern of AUTHOR_LABEL_PATTERNS) {
    const name = pattern.exec(label)?.[1]?.trim();
    if (name) return name;
  }
  return undefined;
}

function cleanPermalink(permalink: Element, pageUrl: string): string | undefined {
  const url = parseUrl(permalink.getAttribute('href') ?? '', pageUrl);
  if (!url) return undefined;
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}

function commentIdOf(permalink: Element): string | undefined {
  const href = permalink.getAttribute('href') ?? '';
  return queryParameter(href, 'reply_comment_id') ?? queryParameter(href, 'comment_id');
}

function ownMachineTimeOf(article: Element): string | undefined {
  for (const element of article.querySelectorAll(SELECTORS.machineTime)) {
    if (ownedBy(article, element)) return machineTimeOf(element);
  }
  return undefined;
}

interface ArticleParts {
  permalink: Element;
  authorLink: Element | null;
  /** The own text blocks that show any text, with that text. */
  shownBlocks: { block: Element; text: string }[];
}

/** What read and badgeAnchor share: null unless the article is a comment with text of its own. */
function partsOf(article: Element): ArticleParts | null {
  if (!article.matches(SELECTORS.article)) return null;
  const permalink = ownPermalinkOf(article);
  const blocks = ownTextBlocksOf(article);
  const firstBlock = blocks[0];
  if (!permalink || !firstBlock) return null;

  const authorLink = authorLinkOf(article, firstBlock, permalink);
  const isLeftOut = (node: Element): boolean =>
    node === authorLink || node.matches(SELECTORS.button) || node.matches(SELECTORS.article);
  const shownBlocks = blocks
    .map((block) => ({ block, text: shownText(block, isLeftOut) }))
    .filter(({ text }) => text !== '');
  return shownBlocks.length > 0 ? { permalink, authorLink, shownBlocks } : null;
}

function readCommentArticle(platform: ArticlePlatform, element: Element, pageUrl: string): PageComment | null {
  const parts = partsOf(element);
  if (!parts) return null;
  const { permalink, authorLink, shownBlocks } = parts;
  return {
    platform,
    commentId: commentIdOf(permalink),
    permalink: cleanPermalink(permalink, pageUrl),
    author: authorLink ? plainText(authorLink) : authorFromLabel(element),
    text: shownBlocks.map(({ text }) => text).join('\n'),
    time: ownMachineTimeOf(element),
    postUrl: postUrlOf(pageUrl),
    depth: depthOf(element, permalink),
  };
}

function findCommentArticles(root: ParentNode): Element[] {
  const commentArticles = new Set<Element>();
  for (const link of root.querySelectorAll(SELECTORS.commentLink)) {
    const article = link.closest(SELECTORS.article);
    if (article && isCommentPermalink(link)) commentArticles.add(article);
  }
  if (commentArticles.size === 0) return [];
  // Walking the articles (not the links) yields document order and leaves out articles around root.
  const articles = [...root.querySelectorAll(SELECTORS.article)];
  if (isElement(root) && root.matches(SELECTORS.article)) articles.unshift(root);
  return articles.filter((article) => commentArticles.has(article));
}

function badgeAnchorOf(element: Element): Element | null {
  return partsOf(element)?.shownBlocks.at(-1)?.block ?? null;
}

function createArticleAdapter(platform: ArticlePlatform): SiteAdapter {
  return {
    platform,
    findComments: findCommentArticles,
    read: (element, pageUrl) => readCommentArticle(platform, element, pageUrl),
    badgeAnchor: badgeAnchorOf,
  };
}

/** www.facebook.com and web.facebook.com. */
export const facebookAdapter: SiteAdapter = createArticleAdapter('facebook');

/** business.facebook.com: Meta Business Suite's comment views use Facebook's comment articles. */
export const businessSuiteAdapter: SiteAdapter = createArticleAdapter('business-suite');
