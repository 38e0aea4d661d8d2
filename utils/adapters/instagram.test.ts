import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { instagramAdapter } from './instagram';
import type { PageComment } from './types';

const PAGE_URL = 'https://www.instagram.com/p/C7xVarb3rg1/?img_index=1#comments';
const POST_URL = 'https://www.instagram.com/p/C7xVarb3rg1/';
const UI_WORDS = /Svara|Gilla|gilla-markering|Visa svar|Dölj svar|Se översättning|Visa mer|Läs in fler/u;
const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');

function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(path.join(FIXTURES, name), 'utf8'), 'text/html');
}

function readAll(root: ParentNode, pageUrl = PAGE_URL): (PageComment | null)[] {
  return instagramAdapter.findComments(root).map((element) => instagramAdapter.read(element, pageUrl));
}

function byCase(doc: Document, name: string): Element {
  const element = doc.querySelector(`[data-fixture-case="${name}"]`);
  if (!element) throw new Error(`fixture case ${name} is missing`);
  return element;
}

/** The comment container inside a fixture case's list item, as findComments finds it. */
function commentIn(doc: Document, name: string): Element | undefined {
  return instagramAdapter.findComments(byCase(doc, name))[0];
}

describe('instagramAdapter on a Swedish post page', () => {
  const expected: [author: string, commentId: string, depth: 'comment' | 'reply', text: string, time: string, path: string][] = [
    ['anna.berg', '17890000000000101', 'comment', 'Vilka åldrar passar parkleken för?', '2024-06-10T08:12:00.000Z', 'c/17890000000000101/'],
    ['varbergskommun', '17890000000000201', 'reply', '@anna.berg Hej! Parkleken passar barn mellan 6 och 12 år.', '2024-06-10T09:30:00.000Z', 'c/17890000000000101/r/17890000000000201/'],
    ['anna.berg', '17890000000000202', 'reply', '@varbergskommun Tack för svaret!', '2024-06-10T10:02:00.000Z', 'c/17890000000000101/r/17890000000000202/'],
    ['erik_lund88', '17890000000000102', 'comment', 'Så fint! 😍', '2024-06-10T11:45:00.000Z', 'c/17890000000000102/'],
    ['mammatill3', '17890000000000103', 'comment', 'Min son har fortfarande ingen plats på fritids trots att vi ansökte i februari. Handläggaren svarar inte på mejl.', '2024-06-11T06:20:00.000Z', 'c/17890000000000103/'],
    ['oroligranne', '17890000000000104', 'comment', 'Jag hör ofta skrik från lägenheten bredvid och en liten flicka som gråter på nätterna. Vad gör man?', '2024-06-11T21:05:00.000Z', 'c/17890000000000104/'],
    ['sofia.lind', '17890000000000105', 'comment', 'Ring mig på 070-174 06 55 om ni behöver fler ledare i sommar!', '2024-06-12T14:40:00.000Z', 'c/17890000000000105/'],
    ['tourist_jane', '17890000000000106', 'comment', 'Is it free of charge? We are visiting in July.', '2024-06-13T09:00:00.000Z', 'c/17890000000000106/'],
  ];

  it('finds exactly the 6 comments and 2 replies in document order, not the caption', () => {
    const comments = readAll(loadFixture('instagram/post-comments-sv.html'));
    expect(comments.map((c) => c?.commentId)).toEqual(expected.map(([, id]) => id));
    expect(comments.some((c) => c?.text.includes('parklek i Stadsparken'))).toBe(false);
  });

  it.each(expected)('reads %s (%s) as a %s with its own text and time', (author, commentId, depth, text, time, commentPath) => {
    const comment = readAll(loadFixture('instagram/post-comments-sv.html')).find((c) => c?.commentId === commentId);
    expect(comment).toEqual({
      platform: 'instagram',
      commentId,
      permalink: `${POST_URL}${commentPath}`,
      author,
      text,
      time,
      postUrl: POST_URL,
      depth,
    });
  });

  it('never reads UI words or the author name into the text', () => {
    for (const comment of readAll(loadFixture('instagram/post-comments-sv.html'))) {
      expect(comment?.text).not.toMatch(UI_WORDS);
      expect(comment?.text.startsWith(comment.author ?? '∅')).toBe(false);
    }
  });

  it('does not take the caption for a comment', () => {
    const doc = loadFixture('instagram/post-comments-sv.html');
    const caption = doc.querySelector('h1[dir="auto"]')?.parentElement as Element;
    expect(instagramAdapter.read(caption, PAGE_URL)).toBeNull();
    expect(instagramAdapter.findComments(caption)).toEqual([]);
    expect(instagramAdapter.badgeAnchor(caption)).toBeNull();
  });

  it('gives the same result with every class attribute removed', () => {
    const doc = loadFixture('instagram/post-comments-sv.html');
    const withClasses = readAll(doc);
    for (const element of doc.querySelectorAll('[class]')) element.removeAttribute('class');
    expect(doc.querySelector('[class]')).toBeNull();
    expect(readAll(doc)).toEqual(withClasses);
  });

  it('includes root itself when root is a comment, and a thread root yields the comment and its replies', () => {
    const doc = loadFixture('instagram/post-comments-sv.html');
    const [anna, reply1, reply2] = instagramAdapter.findComments(doc);
    expect(instagramAdapter.findComments(anna as Element)).toEqual([anna]);
    expect(instagramAdapter.findComments(reply2 as Element)).toEqual([reply2]);
    const thread = (anna as Element).closest('li') as Element;
    expect(instagramAdapter.findComments(thread)).toEqual([anna, reply1, reply2]);
    // The list item is not itself a comment container: read only takes what findComments returns.
    expect(instagramAdapter.read(thread, PAGE_URL)).toBeNull();
  });

  it('anchors the badge on the comment’s text, never inside a reply', () => {
    const doc = loadFixture('instagram/post-comments-sv.html');
    for (const comment of instagramAdapter.findComments(doc)) {
      const anchor = instagramAdapter.badgeAnchor(comment);
      expect(anchor).not.toBeNull();
      expect(comment.contains(anchor)).toBe(true);
      expect(anchor?.closest('ul ul')).toBe(comment.closest('ul ul'));
    }
    const [anna] = instagramAdapter.findComments(doc);
    expect(instagramAdapter.badgeAnchor(anna as Element)?.textContent).toBe('Vilka åldrar passar parkleken för?');
  });

  it('reads without layout: no innerText, no getBoundingClientRect', () => {
    const doc = loadFixture('instagram/post-comments-sv.html');
    const innerText = vi.spyOn(HTMLElement.prototype, 'innerText', 'get');
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    for (const element of instagramAdapter.findComments(doc)) {
      instagramAdapter.read(element, PAGE_URL);
      instagramAdapter.badgeAnchor(element);
    }
    expect(innerText).not.toHaveBeenCalled();
    expect(rect).not.toHaveBeenCalled();
  });
});

describe('instagramAdapter on broken markup', () => {
  const BROKEN_PAGE = 'https://www.instagram.com/p/D1bRokEn42x/';

  it('finds the readable comments and skips id-less, malformed, text-free and lone permalinks', () => {
    const doc = loadFixture('instagram/broken-markup.html');
    const cases = instagramAdapter.findComments(doc).map((element) => element.closest('[data-fixture-case]')?.getAttribute('data-fixture-case'));
    expect(cases).toEqual(['no-time', 'bad-datetime', 'no-author-link', 'liked-by-link', 'list-reply', 'flat-reply']);
  });

  it.each(['id-less-permalink', 'malformed-permalink', 'no-text', 'lone-permalink'])('reads every element of %s as null', (name) => {
    const item = byCase(loadFixture('instagram/broken-markup.html'), name);
    for (const element of [item, ...item.querySelectorAll('*')]) {
      expect(instagramAdapter.read(element, BROKEN_PAGE)).toBeNull();
      expect(instagramAdapter.badgeAnchor(element)).toBeNull();
    }
  });

  it.each([
    ['no-time', { author: 'simmar_stina', text: 'Blir det vattengympa för seniorer?', time: undefined, commentId: '17891111111111101' }],
    ['bad-datetime', { author: 'kalle.k', text: 'Äntligen!', time: undefined }],
    // The @mention is part of the text, not the author.
    ['no-author-link', { author: undefined, text: '@varbergskommun varför svarar ingen i telefon?' }],
    ['liked-by-link', { author: 'badkruka', commentId: '17891111111111107', depth: 'comment', text: 'Hoppas det blir en bastu också.' }],
    ['list-reply', { author: 'varbergskommun', commentId: '17891111111111108', depth: 'reply' }],
    ['flat-reply', { commentId: '17891111111111109', depth: 'reply', permalink: `${BROKEN_PAGE}c/17891111111111107/r/17891111111111109/` }],
  ] as const)('reads %s as far as its markup allows', (name, expectedPart) => {
    const comment = commentIn(loadFixture('instagram/broken-markup.html'), name);
    expect(comment).toBeDefined();
    expect(instagramAdapter.read(comment as Element, BROKEN_PAGE)).toMatchObject(expectedPart);
  });
});

describe('instagramAdapter container bounds', () => {
  it('never takes a page region for the container of a lone comment without author link', () => {
    const html =
      '<main><header><a href="/varbergskommun/">varbergskommun</a></header><article><div id="lone">' +
      '<span dir="auto">Hej?</span><a href="/p/X/c/5/"><time datetime="2024-06-01T00:00:00.000Z">1 v</time></a>' +
      '</div></article></main>';
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const found = instagramAdapter.findComments(doc);
    expect(found.map((element) => element.id)).toEqual(['lone']);
    expect(instagramAdapter.read(found[0] as Element, PAGE_URL)).toMatchObject({ author: undefined, text: 'Hej?', commentId: '5' });
  });
});

describe('instagramAdapter never throws', () => {
  it.each(['instagram/post-comments-sv.html', 'instagram/broken-markup.html', 'instagram/post-shell.html', 'facebook/post-comments-sv.html'])(
    'reads every element of %s without throwing, null for non-comments',
    (name) => {
      const doc = loadFixture(name);
      const comments = new Set(instagramAdapter.findComments(doc));
      for (const element of doc.querySelectorAll('*')) {
        if (!comments.has(element)) expect(instagramAdapter.read(element, PAGE_URL)).toBeNull();
        instagramAdapter.badgeAnchor(element);
        instagramAdapter.findComments(element);
      }
    },
  );

  it('handles detached elements, empty documents and text-free roots', () => {
    const doc = loadFixture('instagram/post-comments-sv.html');
    const thread = doc.querySelector('li') as Element;
    thread.remove();
    const detached = instagramAdapter.findComments(thread);
    expect(detached).toHaveLength(3);
    expect(instagramAdapter.read(detached[0] as Element, PAGE_URL)?.author).toBe('anna.berg');

    const empty = new DOMParser().parseFromString('', 'text/html');
    expect(instagramAdapter.findComments(empty)).toEqual([]);
    expect(instagramAdapter.read(empty.documentElement, PAGE_URL)).toBeNull();

    const textFree = document.createElement('div');
    textFree.innerHTML = '<div><a href="/anna/">anna</a><a href="/p/X/c/1/"><time datetime="2024-01-01">1 v</time></a></div>';
    expect(instagramAdapter.findComments(textFree)).toEqual([]);
    expect(instagramAdapter.findComments(document.createElement('div'))).toEqual([]);
    expect(instagramAdapter.read(textFree.firstElementChild as Element, 'not a url')).toBeNull();
  });

  it('survives random comment-like markup', () => {
    const hrefs = ['/p/X/c/1/', '/p/X/c/2/r/3/', '/p/X/c/', '/c/', '/anna/', '/explore/', 'https://[x/c/4/', '', '/p/X/'];
    const leaf = fc.constantFrom('Hej', ' ', '@anna', '😍', '<img alt="🌳">', '<time datetime="x">1 v</time>', '<time datetime="2024-01-01">2 v</time>');
    const tree = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(fc.constantFrom(...hrefs), tie('node')).map(([href, inner]) => `<a href="${href}">${inner}</a>`),
        fc.array(tie('node'), { maxLength: 4 }).map((kids) => `<span dir="auto">${kids.join('')}</span>`),
        fc.array(tie('node'), { maxLength: 4 }).map((kids) => `<div>${kids.join('')}</div>`),
        // "Svara" appears only as a button, so it must never reach a comment's text.
        fc.array(tie('node'), { maxLength: 3 }).map((kids) => `<div role="button">Svara${kids.join('')}</div>`),
        fc.array(tie('node'), { maxLength: 4 }).map((kids) => `<ul><li>${kids.join('</li><li>')}</li></ul>`),
      ),
    }));
    fc.assert(
      fc.property(tree.node, (html) => {
        const root = document.createElement('div');
        root.innerHTML = html;
        const found = instagramAdapter.findComments(root);
        for (const element of found) expect(root.contains(element)).toBe(true);
        for (const element of [root, ...root.querySelectorAll('*')]) {
          const comment = instagramAdapter.read(element, PAGE_URL);
          if (comment) expect(comment.text).not.toContain('Svara');
          instagramAdapter.badgeAnchor(element);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads 2,000 comments in well under the time a page load allows', () => {
    const comment = (i: number): string =>
      `<li><div><a href="/u${i}/"><img alt=""></a><div><h3><a href="/u${i}/">u${i}</a></h3><span dir="auto">Kommentar ${i}</span>` +
      `<div><a href="/p/X/c/${10_000 + i}/"><time datetime="2024-06-10T08:00:00.000Z">1 v</time></a><div role="button">Svara</div></div></div></div></li>`;
    const root = document.createElement('div');
    root.innerHTML = `<div><h1 dir="auto">Bildtext</h1><a href="/p/X/"><time datetime="2024-06-01">2 v</time></a></div><ul>${Array.from({ length: 2000 }, (_, i) => comment(i)).join('')}</ul>`;
    const started = performance.now();
    const comments = readAll(root, 'https://www.instagram.com/p/X/');
    const elapsed = performance.now() - started;
    expect(comments).toHaveLength(2000);
    expect(comments.every((c) => c?.text.startsWith('Kommentar'))).toBe(true);
    // Generous for slow CI; climbing that rescanned the whole list per comment would take far longer.
    expect(elapsed).toBeLessThan(4000);
  });
});
