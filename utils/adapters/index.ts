/**
 * The site adapters, one per platform. Content scripts ask for theirs by platform so the scanner and
 * the overlay stay site-agnostic.
 *
 * @example const adapter = adapterFor('instagram'); adapter.findComments(document).map((el) => adapter.read(el, location.href));
 */
import type { Platform } from '../sites';
import { businessSuiteAdapter, facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import type { SiteAdapter } from './types';

export type { CommentDepth, PageComment, SiteAdapter } from './types';
export { businessSuiteAdapter, facebookAdapter, instagramAdapter };

const ADAPTERS: Record<Platform, SiteAdapter> = {
  facebook: facebookAdapter,
  'business-suite': businessSuiteAdapter,
  instagram: instagramAdapter,
};

export function adapterFor(platform: Platform): SiteAdapter {
  return ADAPTERS[platform];
}
