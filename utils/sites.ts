/**
 * The pages the extension works on. One list, so the manifest's host permissions, the content
 * scripts' match patterns and the end-to-end tests cannot drift apart.
 */
export const FACEBOOK_MATCHES = ['https://www.facebook.com/*', 'https://web.facebook.com/*'] as const;
export const BUSINESS_SUITE_MATCHES = ['https://business.facebook.com/*'] as const;
export const INSTAGRAM_MATCHES = ['https://www.instagram.com/*'] as const;

export const ALL_SITE_MATCHES = [
  ...FACEBOOK_MATCHES,
  ...BUSINESS_SUITE_MATCHES,
  ...INSTAGRAM_MATCHES,
] as const;

export type Platform = 'facebook' | 'business-suite' | 'instagram';
