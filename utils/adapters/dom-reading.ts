/**
 * What every site adapter reads the same way: text as the page shows it, machine times and
 * addresses. Everything here walks the DOM with textContent-level reads only (no innerText, no
 * layout), because adapters run over thousands of comments on one page.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new line when text is shown, so paragraphs do not run together. */
const LINE_BREAKING_TAGS = new Set(['BR', 'DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Whether a node is an element, without relying on the page window's `Element` class (frames, parsed documents). */
export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === ELEMENT_NODE;
}

/**
 * Collapses markup whitespace (indentation, line wrapping) to single spaces, keeping line breaks that
 * came from the markup's own structure.
 *
 * @example normaliseShownText('  Hej \n  då \n\n igen ') === 'Hej då igen'
 */
export function normaliseShownText(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The text a user sees in `root`, minus the subtrees `isLeftOut` rejects (buttons such as "Visa mer",
 * the author's own link). Emoji drawn as images count by their alt text; `<br>` and block elements
 * become line breaks.
 *
 * @example shownText(block, (el) => el.matches('[role="button"]')) // "Lång text…" without "Visa mer"
 */
export function shownText(root: Element, isLeftOut: (element: Element) => boolean): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        // Source line breaks inside a text node are formatting, not the writer's: a space.
        parts.push((child.nodeValue ?? '').replace(/\s+/gu, ' '));
      } else if (isElement(child) && !isLeftOut(child)) {
        appendElement(child, parts, visit);
      }
    }
  };
  visit(root);
  return normaliseShownText(parts.join(''));
}

function appendElement(element: Element, parts: string[], visit: (node: Node) => void): void {
  if (element.tagName === 'IMG') {
    parts.push(element.getAttribute('alt') ?? '');
    return;
  }
  const breaksLine = LINE_BREAKING_TAGS.has(element.tagName);
  if (breaksLine) parts.push('\n');
  visit(element);
  if (breaksLine) parts.push('\n');
}

/** An element's text content with whitespace collapsed: for names, where image alt text is decoration. */
export function plainText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/**
 * Keeps the outermost of `candidates` (given in document order) that `accept` lets through, so a
 * wrapper and the paragraphs inside it are not read twice.
 */
export function outermostOf(candidates: Iterable<Element>, accept: (element: Element) => boolean): Element[] {
  const kept: Element[] = [];
  for (const candidate of candidates) {
    // In document order a descendant of a kept element can only follow the most recently kept one.
    if (kept.at(-1)?.contains(candidate)) continue;
    if (accept(candidate)) kept.push(candidate);
  }
  return kept;
}

/**
 * The page address a comment belongs to: no query, no fragment.
 *
 * @example postUrlOf('https://www.facebook.com/a/posts/1?comment_id=2#x') === 'https://www.facebook.com/a/posts/1'
 */
export function postUrlOf(pageUrl: string): string {
  const url = parseUrl(pageUrl);
  return url ? url.origin + url.pathname : (pageUrl.split(/[?#]/u)[0] ?? pageUrl);
}

/** `new URL` that answers null instead of throwing on markup-supplied addresses. */
export function parseUrl(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * An ISO 8601 time from `time[datetime]` or from Facebook's older `abbr[data-utime]` (Unix seconds);
 * undefined when the element is missing or its value is not a valid time.
 *
 * @example machineTimeOf(timeElement) === '2024-06-10T07:15:00.000Z'
 */
export function machineTimeOf(element: Element | null): string | undefined {
  if (!element) return undefined;
  const unixSeconds = element.getAttribute('data-utime');
  const date = unixSeconds !== null && unixSeconds.trim() !== ''
    ? new Date(Number(unixSeconds) * 1000)
    : new Date(element.getAttribute('datetime') ?? '');
  return Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}
