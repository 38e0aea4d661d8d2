/**
 * One small interface every site adapter implements, so the scanner and the overlay never know
 * which site they are on. Sites obfuscate their markup and change it often: adapters anchor on
 * structure, links and accessibility attributes, never on generated class names, and they never
 * throw: markup they cannot read yields null, which the scanner counts for the diagnostics log.
 */
import type { Platform } from '../sites';

export type CommentDepth = 'comment' | 'reply';

/** A comment as the page shows it. */
export interface PageComment {
  platform: Platform;
  /** The site's own id for the comment, when the markup carries one (Facebook's comment_id). */
  commentId?: string;
  /** An absolute link to the comment itself, when the markup has one. */
  permalink?: string;
  /** The display name the site shows. */
  author?: string;
  /** The comment text as shown, collapsed "See more" text included only as far as it is shown. */
  text: string;
  /** ISO 8601 time the site shows for the comment, when it gives a machine-readable one. */
  time?: string;
  /** The post the comment belongs to: the page address without query or fragment. */
  postUrl: string;
  depth: CommentDepth;
}

export interface SiteAdapter {
  readonly platform: Platform;
  /**
   * The comment elements in `root` (root itself included when it is one), in document order. A
   * reply's element may lie inside its parent's element; both are returned.
   */
  findComments(root: ParentNode): Element[];
  /** Reads one element that findComments returned; null when its markup is partial or broken. */
  read(element: Element, pageUrl: string): PageComment | null;
  /**
   * The element the extension's badge is placed after: inside the comment, next to its text, and
   * never inside a nested reply.
   */
  badgeAnchor(element: Element): Element | null;
}
