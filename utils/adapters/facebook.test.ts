import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { businessSuiteAdapter, facebookAdapter } from './facebook';
import { adapterFor, instagramAdapter } from './index';
import type { PageComment, SiteAdapter } from './types';

const PAGE_URL = 'https://www.facebook.com/varbergskommun/posts/1234567890123456?notif_id=77#kommentarer';
const POST_URL = 'https://www.facebook.com/varbergskommun/posts/1234567890123456';
const UI_WORDS = /Svara|Gilla|Visa mer|Se översättning|Visa fler|See more|\bReply\b|\bLike\b/u;

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');

function loadFixture(name: string): Document {
  const html = readFileSync(path.join(FIXTURES, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function readAll(adapter: SiteAdapter, root: ParentNode, pageUrl = PAGE_URL): (PageComment | null)[] {
  return adapter.findComments(root).map((element) => adapter.read(element, pageUrl));
}

function byCase(doc: Document, name: string): Element {
  const element = doc.querySelector(`[data-fixture-case="${name}"]`);
  if (!element) throw new Error(`fixture case ${name} is missing`);
  return element;
}

function stripClasses(doc: Document): void {
  for (const element of doc.querySelectorAll('[class]')) element.removeAttribute('class');
}

const permalinkFor = (commentId: string, replyId?: string): string =>
  `${POST_URL}?comment_id=${commentId}${replyId ? `&reply_comment_id=${replyId}` : ''}`;

describe('facebookAdapter on a Swedish post', () => {
  const expected: [author: string, commentId: string, depth: 'comment' | 'reply', text: string, parentId?: string][] = [
    ['Anna Berg', '1023456789012301', 'comment', 'När öppnar badplatsen vid Apelviken igen? Vi brukar åka dit varje sommar med barnen.'],
    ['Varbergs kommun', '1023456789012401', 'reply', 'Hej Anna! Badplatserna öppnar den 1 juni. Välkomna!', '1023456789012301'],
    ['Erik Lund', '1023456789012302', 'comment', 'Tack för en fantastisk julmarknad i år 🎄 Barnen älskade tomteverkstaden!'],
    ['Maria Holm', '1023456789012303', 'comment', 'Jag har väntat i tre veckor på beslut om försörjningsstöd och min handläggare svarar inte. Vad ska jag göra nu?'],
    ['Varbergs kommun', '1023456789012402', 'reply', 'Hej Maria! Vi kan inte ta upp enskilda ärenden här i kommentarerna. Ring kommunens kontaktcenter så hjälper vi dig vidare.', '1023456789012303'],
    ['Lena Ek', '1023456789012304', 'comment', 'Grannens barn är ute ensam sent varje kväll och verkar inte få mat hemma. Vem ska man prata med?'],
    ['Johan Sandberg', '1023456789012403', 'reply', 'Lena Ek du kan göra en orosanmälan till socialtjänsten, det går att vara anonym.', '1023456789012304'],
    ['Peter Nyström', '1023456789012305', 'comment', 'Jag sökte bygglov för ett uterum i januari men ingen har hört av sig. Ring mig gärna på 070-174 06 42.'],
    ['Karin Åberg', '1023456789012306', 'comment', 'Vi som bor i Trönninge har väntat länge på en gång- och cykelväg längs landsvägen. Barnen cyklar till skolan varje morgon och bilarna kör alldeles för fort…'],
    ['Sofia Lind', '1023456789012307', 'comment', 'Mer info finns på exempel.varberg.invalid/sommarjobb 👍'],
    ['Ahmed Hassan', '1023456789012308', 'comment', 'Bra att ni lyfter det här!\nHoppas många ungdomar söker i år.'],
  ];

  it('finds exactly the 8 comments and 3 replies, in document order, and not the post', () => {
    const doc = loadFixture('facebook/post-comments-sv.html');
    const found = facebookAdapter.findComments(doc);
    expect(found).toHaveLength(11);
    expect(found.map((element) => facebookAdapter.read(element, PAGE_URL)?.commentId)).toEqual(expected.map(([, id]) => id));
    const post = doc.querySelector('[aria-label="Inlägg från Varbergs kommun"]');
    expect(post).not.toBeNull();
    expect(found).not.toContain(post);
    expect(facebookAdapter.read(post as Element, PAGE_URL)).toBeNull();
  });

  it.each(expected)('reads %s (%s) as a %s with its text only', (author, commentId, depth, text, parentId) => {
    const comment = readAll(facebookAdapter, loadFixture('facebook/post-comments-sv.html')).find((c) => c?.commentId === commentId);
    expect(comment).toEqual({
      platform: 'facebook',
      commentId,
      // A reply's permalink names its parent's comment_id and its own reply_comment_id.
      permalink: parentId ? permalinkFor(parentId, commentId) : permalinkFor(commentId),
      author,
      text,
      time: undefined,
      postUrl: POST_URL,
      depth,
    });
  });

  it('never reads UI words or the author name into the text', () => {
    for (const comment of readAll(facebookAdapter, loadFixture('facebook/post-comments-sv.html'))) {
      expect(comment?.text).not.toMatch(UI_WORDS);
      expect(comment?.text.startsWith(comment.author ?? '∅')).toBe(false);
    }
  });

  it('makes permalinks absolute and drops the per-viewer tracking parameters', () => {
    const permalinks = readAll(facebookAdapter, loadFixture('facebook/post-comments-sv.html')).map((c) => c?.permalink ?? '');
    for (const permalink of permalinks) {
      expect(permalink).toMatch(/^https:\/\/www\.facebook\.com\/varbergskommun\/posts\/1234567890123456\?comment_id=\d+/u);
      expect(permalink).not.toContain('__');
    }
  });

  it('gives the same result with every class attribute removed', () => {
    const doc = loadFixture('facebook/post-comments-sv.html');
    const withClasses = readAll(facebookAdapter, doc);
    stripClasses(doc);
    expect(doc.querySelector('[class]')).toBeNull();
    expect(readAll(facebookAdapter, doc)).toEqual(withClasses);
  });

  it('includes root itself when root is a comment, with its replies but nothing around it', () => {
    const doc = loadFixture('facebook/post-comments-sv.html');
    const [maria, mariaReply] = facebookAdapter.findComments(doc).slice(3, 5);
    expect(facebookAdapter.findComments(maria as Element)).toEqual([maria, mariaReply]);
    expect(facebookAdapter.findComments(mariaReply as Element)).toEqual([mariaReply]);
    // A part of a comment (its action bar holds the permalink) is not a comment of its own.
    expect(facebookAdapter.findComments((maria as Element).querySelector('ul') as Element)).toEqual([]);
  });

  it('anchors the badge on the comment’s own last text block, never inside a reply', () => {
    const doc = loadFixture('facebook/post-comments-sv.html');
    const comments = facebookAdapter.findComments(doc);
    for (const comment of comments) {
      const anchor = facebookAdapter.badgeAnchor(comment);
      expect(anchor).not.toBeNull();
      expect(comment.contains(anchor)).toBe(true);
      expect(anchor?.closest('[role="article"]')).toBe(comment);
    }
    const [anna] = comments;
    expect(facebookAdapter.badgeAnchor(anna as Element)?.textContent).toContain('Apelviken');
    const ahmed = comments.at(-1) as Element;
    expect(facebookAdapter.badgeAnchor(ahmed)?.textContent).toBe('Hoppas många ungdomar söker i år.');
    expect(facebookAdapter.badgeAnchor(doc.querySelector('[aria-label^="Inlägg"]') as Element)).toBeNull();
  });

  it('reads without layout: no innerText, no getBoundingClientRect', () => {
    const doc = loadFixture('facebook/post-comments-sv.html');
    const innerText = vi.spyOn(HTMLElement.prototype, 'innerText', 'get');
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    for (const element of facebookAdapter.findComments(doc)) {
      facebookAdapter.read(element, PAGE_URL);
      facebookAdapter.badgeAnchor(element);
    }
    expect(innerText).not.toHaveBeenCalled();
    expect(rect).not.toHaveBeenCalled();
  });
});

describe('facebookAdapter on an English page', () => {
  const EN_PAGE = 'https://www.facebook.com/varbergskommun/posts/2234567890123456';

  it('finds the 5 comments and 1 reply with English labels and UI words', () => {
    const comments = readAll(facebookAdapter, loadFixture('facebook/post-comments-en.html'), EN_PAGE);
    expect(comments.map((c) => [c?.author, c?.depth])).toEqual([
      ['Tom Smith', 'comment'],
      ['Varberg Municipality', 'reply'],
      ['Julia Novak', 'comment'],
      ['Mark Evans', 'comment'],
      ['Sara Lindqvist', 'comment'],
      ['Ali Karimi', 'comment'],
    ]);
    for (const comment of comments) expect(comment?.text).not.toMatch(UI_WORDS);
  });

  it('reads "See more" text as shown, without the button word', () => {
    const comments = readAll(facebookAdapter, loadFixture('facebook/post-comments-en.html'), EN_PAGE);
    expect(comments[3]?.text).toBe(
      "I have been waiting for months for an answer about my son's school placement and nobody at the office calls me back. We moved here in March and…",
    );
  });

  it('takes the timestamp link as permalink even when the profile link carries a comment_id', () => {
    const [tom, reply] = readAll(facebookAdapter, loadFixture('facebook/post-comments-en.html'), EN_PAGE);
    expect(tom).toMatchObject({
      commentId: '2023456789012301',
      permalink: `${EN_PAGE}?comment_id=2023456789012301`,
      author: 'Tom Smith',
      text: 'What time does the recycling centre open on Saturdays?',
    });
    expect(reply).toMatchObject({ commentId: '2023456789012401', depth: 'reply', text: 'Hi Tom! It opens at 9 am on Saturdays.' });
  });

  it('reads a machine time only where the markup has one', () => {
    const comments = readAll(facebookAdapter, loadFixture('facebook/post-comments-en.html'), EN_PAGE);
    expect(comments.map((c) => c?.time)).toEqual([undefined, undefined, undefined, undefined, '2024-05-31T09:00:00.000Z', undefined]);
  });
});

describe('facebookAdapter on broken markup', () => {
  const BROKEN_PAGE = 'https://www.facebook.com/varbergskommun/posts/3234567890123456';

  it('skips articles without a usable permalink and the stray link, keeps the rest', () => {
    const doc = loadFixture('facebook/broken-markup.html');
    const cases = facebookAdapter.findComments(doc).map((element) => element.getAttribute('data-fixture-case'));
    expect(cases).toEqual([
      'no-text',
      'no-aria-label',
      'deep-wrappers',
      'orphan-reply',
      'reply-parent',
      'reply',
      'reply-to-reply',
      'label-only-author',
      'no-author',
      'bad-permalink-url',
      'button-only-text',
    ]);
  });

  it.each(['no-text', 'button-only-text', 'no-comment-id', 'empty-comment-id', 'orphan-parent'])(
    'reads %s as null and gives it no badge anchor',
    (name) => {
      const doc = loadFixture('facebook/broken-markup.html');
      expect(facebookAdapter.read(byCase(doc, name), BROKEN_PAGE)).toBeNull();
      expect(facebookAdapter.badgeAnchor(byCase(doc, name))).toBeNull();
    },
  );

  it.each([
    ['no-aria-label', { author: 'Birgitta Sjö', text: 'Finns det parkering vid det tillfälliga biblioteket?', depth: 'comment' }],
    ['deep-wrappers', { author: 'Hanna Vik', text: 'Tack för att ni äntligen rustar upp biblioteket!', commentId: '3023456789019905' }],
    ['orphan-reply', { author: 'Varbergs kommun', commentId: '3023456789019907', depth: 'reply' }],
    ['reply', { author: 'Lars Moberg', text: 'Det undrar jag också.', depth: 'reply' }],
    ['reply-to-reply', { author: 'Varbergs kommun', commentId: '3023456789019910', depth: 'reply' }],
    // The mention inside the text is not the author.
    ['label-only-author', { author: 'Olle Ström', text: 'Göran Ask öppnar det igen före sommaren?' }],
    ['no-author', { author: undefined, text: 'Någon som vet om wifi finns kvar?' }],
    ['bad-permalink-url', { commentId: '3023456789019913', permalink: undefined, text: 'Bra initiativ!' }],
  ] as const)('reads %s as far as its markup allows', (name, expectedPart) => {
    const comment = facebookAdapter.read(byCase(loadFixture('facebook/broken-markup.html'), name), BROKEN_PAGE);
    expect(comment).toMatchObject(expectedPart);
  });

  it('reads the parent of a reply as a comment and the reply text without the nested reply', () => {
    const comment = facebookAdapter.read(byCase(loadFixture('facebook/broken-markup.html'), 'reply-parent'), BROKEN_PAGE);
    expect(comment).toMatchObject({ depth: 'comment', text: 'Kommer sagostunden att fortsätta?' });
    const anchor = facebookAdapter.badgeAnchor(byCase(loadFixture('facebook/broken-markup.html'), 'reply'));
    expect(anchor?.textContent).toBe('Det undrar jag också.');
  });
});

describe('facebookAdapter author from aria-label, the last resort', () => {
  // English patterns are Facebook's; the Swedish ones are unverified guesses (see facebook.ts).
  it.each([
    ['Comment by Anna Berg', 'Anna Berg'],
    ['Comment by Anna Berg 2 hours ago', 'Anna Berg'],
    ['Comment by Anna Berg an hour ago', 'Anna Berg'],
    ["Reply by Erik Lund to Anna Berg's comment", 'Erik Lund'],
    ["Reply by Erik Lund to Anna Berg's comment 3 minutes ago", 'Erik Lund'],
    ['Kommentar av Anna Berg', 'Anna Berg'],
    ['Kommentar av Anna Berg för 2 timmar sedan', 'Anna Berg'],
    ['Svar av Erik Lund på Anna Bergs kommentar', 'Erik Lund'],
    ['Inlägg från Varbergs kommun', undefined],
  ])('"%s" names %s', (label, author) => {
    const html = `<div role="article" aria-label="${label}"><div dir="auto">Hej</div><a href="/p?comment_id=5">1 tim</a></div>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(facebookAdapter.read(doc.body.firstElementChild as Element, PAGE_URL)?.author).toBe(author);
  });
});

describe('businessSuiteAdapter', () => {
  const BS_PAGE = 'https://business.facebook.com/latest/inbox/facebook?asset_id=100064123456789&selected_item_id=x';

  it('finds the 4 comments and the reply in the conversation panel, not the post list or preview', () => {
    const comments = readAll(businessSuiteAdapter, loadFixture('business-suite/comments-sv.html'), BS_PAGE);
    expect(comments.map((c) => [c?.author, c?.commentId, c?.depth])).toEqual([
      ['Bengt Olofsson', '4023456789012301', 'comment'],
      ['Varbergs kommun', '4023456789012401', 'reply'],
      ['Annika Strand', '4023456789012302', 'comment'],
      ['Roger Fors', '4023456789012303', 'comment'],
      ['Malin Öberg', '4023456789012304', 'comment'],
    ]);
  });

  it('reads the Business Suite platform, absolute permalinks, the page as postUrl and collapsed text as shown', () => {
    const comments = readAll(businessSuiteAdapter, loadFixture('business-suite/comments-sv.html'), BS_PAGE);
    expect(comments.every((c) => c?.platform === 'business-suite')).toBe(true);
    expect(comments[0]?.postUrl).toBe('https://business.facebook.com/latest/inbox/facebook');
    expect(comments[0]?.permalink).toBe('https://www.facebook.com/100064123456789/posts/4234567890123456?comment_id=4023456789012301');
    expect(comments[2]?.permalink).toBe('https://business.facebook.com/100064123456789/posts/4234567890123456?comment_id=4023456789012302');
    expect(comments[4]?.text).toMatch(/bättre än så här…$/u);
    for (const comment of comments) expect(comment?.text).not.toMatch(UI_WORDS);
  });

  it('gives the same result with every class attribute removed', () => {
    const doc = loadFixture('business-suite/comments-sv.html');
    const withClasses = readAll(businessSuiteAdapter, doc, BS_PAGE);
    stripClasses(doc);
    expect(readAll(businessSuiteAdapter, doc, BS_PAGE)).toEqual(withClasses);
  });
});

describe('adapterFor', () => {
  it('gives each platform its adapter', () => {
    expect(adapterFor('facebook')).toBe(facebookAdapter);
    expect(adapterFor('business-suite')).toBe(businessSuiteAdapter);
    expect(adapterFor('instagram')).toBe(instagramAdapter);
    expect(adapterFor('business-suite').platform).toBe('business-suite');
  });
});

describe('facebook adapters never throw', () => {
  const FIXTURE_NAMES = ['facebook/post-comments-sv.html', 'facebook/post-comments-en.html', 'facebook/broken-markup.html', 'business-suite/comments-sv.html'];

  it.each(FIXTURE_NAMES)('reads every element of %s without throwing, null for non-comments', (path) => {
    const doc = loadFixture(path);
    const comments = new Set(facebookAdapter.findComments(doc));
    for (const element of doc.querySelectorAll('*')) {
      const comment = facebookAdapter.read(element, PAGE_URL);
      if (!comments.has(element)) expect(comment).toBeNull();
      facebookAdapter.badgeAnchor(element);
      facebookAdapter.findComments(element);
    }
  });

  it('handles detached elements, empty documents and text-free roots', () => {
    const detached = loadFixture('facebook/post-comments-sv.html').querySelector('[aria-label="Kommentar av Lena Ek"]') as Element;
    detached.remove();
    expect(facebookAdapter.read(detached, PAGE_URL)?.author).toBe('Lena Ek');
    expect(facebookAdapter.findComments(detached)).toHaveLength(2);

    const empty = new DOMParser().parseFromString('', 'text/html');
    expect(facebookAdapter.findComments(empty)).toEqual([]);
    expect(facebookAdapter.read(empty.documentElement, PAGE_URL)).toBeNull();
    expect(facebookAdapter.badgeAnchor(empty.body)).toBeNull();

    const textFree = document.createElement('div');
    textFree.innerHTML = '<div role="article"><a href="?comment_id=1"></a></div><span></span>';
    expect(facebookAdapter.findComments(document.createElement('div'))).toEqual([]);
    expect(facebookAdapter.read(textFree.firstElementChild as Element, 'not a url')).toBeNull();
    expect(facebookAdapter.read(document.createElement('div'), '')).toBeNull();
  });

  it('survives random article-like markup', () => {
    const hrefs = ['/a?comment_id=1', '/a?comment_id=', '/a?comment_id=2&reply_comment_id=3', 'https://x:99999/?comment_id=4', '/anna.berg', '#', '', 'javascript:void(0)'];
    const leaf = fc.oneof(
      fc.constantFrom('Hej', ' ', '🎄', '<img alt="👍">', '<br>', '<abbr data-utime="nan"></abbr>', '<time datetime="x"></time>'),
    );
    const tree = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(fc.constantFrom(...hrefs), tie('node')).map(([href, inner]) => `<a href="${href}">${inner}</a>`),
        fc.array(tie('node'), { maxLength: 4 }).map((kids) => `<div role="article" aria-label="Comment by X">${kids.join('')}</div>`),
        fc.array(tie('node'), { maxLength: 4 }).map((kids) => `<div dir="auto">${kids.join('')}</div>`),
        // "Visa mer" appears only as a button, so it must never reach a comment's text.
        fc.array(tie('node'), { maxLength: 3 }).map((kids) => `<div role="button">Visa mer${kids.join('')}</div>`),
        fc.array(tie('node'), { maxLength: 4 }).map((kids) => `<ul><li>${kids.join('</li><li>')}</li></ul>`),
      ),
    }));
    fc.assert(
      fc.property(tree.node, (html) => {
        const root = document.createElement('div');
        root.innerHTML = html;
        for (const element of [root, ...root.querySelectorAll('*')]) {
          const comment = facebookAdapter.read(element, PAGE_URL);
          if (comment) expect(comment.text).not.toContain('Visa mer');
          facebookAdapter.badgeAnchor(element);
        }
        for (const element of facebookAdapter.findComments(root)) expect(root.contains(element)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads 2,000 comments in well under the time a page load allows', () => {
    const comment = (i: number): string =>
      `<li><div role="article"><a href="/p${i}">Namn ${i}</a><div dir="auto">Kommentar nummer ${i}</div>` +
      `<a href="/x/posts/1?comment_id=${i}">1 tim</a><div role="button">Svara</div>` +
      `<div><div role="article"><a href="/q${i}">Svarare ${i}</a><div dir="auto">Svar ${i}</div>` +
      `<a href="/x/posts/1?comment_id=${i}&reply_comment_id=${i + 100_000}">1 tim</a></div></div></div></li>`;
    const root = document.createElement('div');
    root.innerHTML = `<div role="article"><div dir="auto">Inlägget</div><ul>${Array.from({ length: 1000 }, (_, i) => comment(i)).join('')}</ul></div>`;
    const started = performance.now();
    const comments = readAll(facebookAdapter, root);
    const elapsed = performance.now() - started;
    expect(comments).toHaveLength(2000);
    expect(comments.filter((c) => c?.depth === 'reply')).toHaveLength(1000);
    // Generous for slow CI; a quadratic scan over the post article takes far longer.
    expect(elapsed).toBeLessThan(4000);
  });
});
