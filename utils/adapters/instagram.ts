/**
 * Instagram post and reel pages (/p/<code>/, /reel/<code>/). Instagram's markup has no comment role
 * or label, so the adapter anchors on the one durable thing each comment has: its timestamp links
 * to the comment itself (/p/<code>/c/<id>/, replies /p/<code>/c/<parent>/r/<id>/).
 *
 * Rules:
 * - A comment's container is found by climbing from that permalink to the nearest ancestor holding
 *   the author's link and text, stopping before any ancestor that also holds another comment's
 *   permalink or another timestamp (the caption has a timestamp but no /c/ link, so it is never a comment).
 * - The author is the first profile link (/username/) with a name; "@name" links are mentions.
 * - Text is the container's dir="auto" blocks read as shown, minus the author link and buttons.
 * - A reply is one whose permalink has /r/, or one listed in a nested list under another comment.
 */
import {
  machineTimeOf,
  outermostOf,
  parseUrl,
  plainText,
  postUrlOf,
  shownText,
} from './dom-reading';
import type { CommentDepth, PageComment, SiteAdapter } from './types';

/** Where each selector anchors and why. Never class names: Instagram generates them per build. */
const SELECTORS = {
  // Candidate permalinks; commentPathOf checks the exact shape, since a user called "c" has /c/ too.
  commentLink: 'a[href*="/c/"]',
  // A linked timestamp marks another comment or the caption (whose timestamp links to the post).
  linkedTime: 'a[href] time',
  // User-written text is marked for bidirectional layout.
  textBlock: '[dir="auto"]',
  // Text inside these is UI or metadata (names, "Svara", "Se översättning", times), not the comment.
  notCommentText: 'a, button, [role="button"], time',
  // Left out while reading a text block: "mer"/"Visa mer" buttons and times.
  leftOut: 'button, [role="button"], time',
  link: 'a[href]',
  time: 'time[datetime]',
  // Regions far larger than one comment: climbing never takes them as a comment's container.
  region: 'html, body, main, article, section, [role="main"], [role="dialog"]',
} as const;

/** /p/<code>/c/<id>/ or /p/<code>/c/<parent>/r/<id>/, optionally under /<username>/, for posts and reels. */
const COMMENT_PATH = /^\/(?:[\w.]+\/)?(?:p|reel|reels)\/[\w-]+\/c\/(\d+)(?:\/r\/(\d+))?\/?$/u;
/** A profile address: one path segment that is a possible username. */
const PROFILE_PATH = /^\/([\w.]{1,30})\/?$/u;
/** Single-segment addresses that are Instagram's own pages, not profiles. */
const RESERVED_PATHS = new Set(['explore', 'reels', 'direct', 'accounts', 'stories', 'about', 'legal', 'p', 'reel']);
// Comments are a few levels of wrappers deep; a bound keeps broken markup from climbing far.
const MAX_CLIMB = 30;

interface CommentPath {
  commentId: string;
  isReply: boolean;
}

function pathnameOf(link: Element): string | undefined {
  const href = link.getAttribute('href');
  return href ? parseUrl(href, 'https://www.instagram.com/')?.pathname : undefined;
}

function commentPathOf(link: Element): CommentPath | null {
  const match = COMMENT_PATH.exec(pathnameOf(link) ?? '');
  const [, commentId, replyId] = match ?? [];
  if (replyId) return { commentId: replyId, isReply: true };
  return commentId ? { commentId, isReply: false } : null;
}

function isProfileLink(link: Element): boolean {
  const username = PROFILE_PATH.exec(pathnameOf(link) ?? '')?.[1];
  return username !== undefined && !RESERVED_PATHS.has(username.toLowerCase());
}

/** The author's link: the first profile link showing a name. "@name" links are mentions in the text. */
function authorLinkIn(container: Element): Element | null {
  for (const link of container.querySelectorAll(SELECTORS.link)) {
    const name = plainText(link);
    if (name !== '' && !name.startsWith('@') && isProfileLink(link)) return link;
  }
  return null;
}

function leftOutOfText(authorLink: Element | null): (element: Element) => boolean {
  return (element) => element === authorLink || element.matches(SELECTORS.leftOut);
}

/** The container's text blocks that show text, outermost first, each with its text. */
function shownBlocksIn(container: Element, authorLink: Element | null): { block: Element; text: string }[] {
  const blocks = outermostOf(
    container.querySelectorAll(SELECTORS.textBlock),
    (block) => block.closest(SELECTORS.notCommentText) === null && block.querySelector(SELECTORS.commentLink) === null,
  );
  const isLeftOut = leftOutOfText(authorLink);
  return blocks.map((block) => ({ block, text: shownText(block, isLeftOut) })).filter(({ text }) => text !== '');
}

/** Whether `parent` holds, beside the branch we climbed from, another comment or the caption. */
function holdsAnotherItemBeside(parent: Element, climbedFrom: Element): boolean {
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === climbedFrom) continue;
    if (holdsAnotherItem(sibling)) return true;
  }
  return false;
}

function holdsAnotherItem(element: Element): boolean {
  // querySelector stops at the first hit, so a sibling list of 2,000 comments answers at its first one.
  if (element.matches(SELECTORS.linkedTime) || element.querySelector(SELECTORS.linkedTime) !== null) return true;
  // A comment without a timestamp still has its permalink; other /c/ links (a user called "c") do not count.
  if (element.matches(SELECTORS.commentLink) && commentPathOf(element)) return true;
  for (const link of element.querySelectorAll(SELECTORS.commentLink)) {
    if (commentPathOf(link)) return true;
  }
  return false;
}

/**
 * The comment container for a permalink: the nearest ancestor with author and text, or failing an
 * author the nearest with text; null when the comment shows no text of its own.
 */
function containerOf(permalink: Element): Element | null {
  let nearestWithText: Element | null = null;
  let climbedFrom = permalink;
  for (let step = 0; step < MAX_CLIMB; step++) {
    const parent = climbedFrom.parentElement;
    if (!parent || parent.matches(SELECTORS.region) || holdsAnotherItemBeside(parent, climbedFrom)) break;
    const authorLink = authorLinkIn(parent);
    if (shownBlocksIn(parent, authorLink).length > 0) {
      if (authorLink) return parent;
      nearestWithText ??= parent;
    }
    climbedFrom = parent;
  }
  return nearestWithText;
}

/** The container's permalink, when `element` is exactly the container that permalink climbs to. */
function permalinkOwnedBy(element: Element): { permalink: Element; path: CommentPath } | null {
  for (const link of element.querySelectorAll(SELECTORS.commentLink)) {
    const path = commentPathOf(link);
    if (path) return containerOf(link) === element ? { permalink: link, path } : null;
  }
  return null;
}

/**
 * Replies sit in a list nested in the parent comment's list item: the enclosing item of our list
 * item holds a comment permalink outside our list. Its permalink comes before the reply list, so
 * the first one decides.
 */
function isInReplyList(container: Element): boolean {
  const ownItem = container.closest('li');
  const ownList = ownItem?.parentElement;
  const outerItem = ownList?.closest('li');
  if (!ownList || !outerItem) return false;
  const first = outerItem.querySelector(SELECTORS.commentLink);
  return first !== null && !ownList.contains(first) && commentPathOf(first) !== null;
}

function depthOf(container: Element, path: CommentPath): CommentDepth {
  return path.isReply || isInReplyList(container) ? 'reply' : 'comment';
}

function read(element: Element, pageUrl: string): PageComment | null {
  const owned = permalinkOwnedBy(element);
  if (!owned) return null;
  const authorLink = authorLinkIn(element);
  const text = shownBlocksIn(element, authorLink).map((shown) => shown.text).join('\n');
  if (text === '') return null;
  const { permalink, path } = owned;
  return {
    platform: 'instagram',
    commentId: path.commentId,
    permalink: parseUrl(permalink.getAttribute('href') ?? '', pageUrl)?.href,
    author: authorLink ? plainText(authorLink) : undefined,
    text,
    time: machineTimeOf(permalink.querySelector(SELECTORS.time) ?? element.querySelector(SELECTORS.time)),
    postUrl: postUrlOf(pageUrl),
    depth: depthOf(element, path),
  };
}

function findComments(root: ParentNode): Element[] {
  const containers = new Set<Element>();
  for (const link of root.querySelectorAll(SELECTORS.commentLink)) {
    if (!commentPathOf(link)) continue;
    const container = containerOf(link);
    // Containers never nest (a container holds no other permalink), so link order is document order.
    if (container && (container === root || root.contains(container))) containers.add(container);
  }
  return [...containers];
}

function badgeAnchor(element: Element): Element | null {
  if (!permalinkOwnedBy(element)) return null;
  return shownBlocksIn(element, authorLinkIn(element)).at(-1)?.block ?? null;
}

/** www.instagram.com post and reel pages. */
export const instagramAdapter: SiteAdapter = { platform: 'instagram', findComments, read, badgeAnchor };
