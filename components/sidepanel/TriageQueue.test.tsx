import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TriageItem } from '../../utils/messages';
import { URGENCY_LOOK } from '../../utils/label-text';
import { filterTriage, sortTriage, TriageQueue, type TriageFilter, type TriageStatus } from './TriageQueue';

const T0 = Date.parse('2025-03-14T09:00:00Z');

function item(key: string, overrides: Partial<TriageItem> = {}): TriageItem {
  return {
    key,
    platform: 'facebook',
    excerpt: `Kommentar ${key}`,
    labels: ['individual_case'],
    urgency: 'normal',
    depth: 'comment',
    flaggedAt: T0,
    ...overrides,
  };
}

const NO_STATUSES: ReadonlyMap<string, TriageStatus> = new Map();

function filter(overrides: Partial<TriageFilter> = {}): TriageFilter {
  return { labels: new Set(), urgencies: new Set(), hideHandled: false, ...overrides };
}

/** The keys of the listed items, top to bottom, read from each item's reveal button. */
function listedKeys(onReveal: ReturnType<typeof vi.fn>): string[] {
  const list = screen.getByRole('list', { name: 'Kommentarer att hantera' });
  onReveal.mockClear();
  for (const button of within(list).getAllByRole('button', { name: /^Visa på sidan/ })) fireEvent.click(button);
  return onReveal.mock.calls.map(([key]) => key as string);
}

/**
 * What a browser does when Enter is pressed on the focused element: keydown, then, for an enabled
 * button whose keydown nobody cancelled, a click. (@testing-library/user-event is not installed.)
 */
function pressEnter(): void {
  const target = document.activeElement;
  if (!target) throw new Error('Nothing has focus.');
  const notCancelled = fireEvent.keyDown(target, { key: 'Enter', code: 'Enter' });
  if (notCancelled && target instanceof HTMLButtonElement && !target.disabled) fireEvent.click(target);
  fireEvent.keyUp(target, { key: 'Enter', code: 'Enter' });
}

describe('sortTriage', () => {
  it('puts the most urgent first, then the earliest flagged, and keeps ties in order', () => {
    const items = [
      item('normal-late', { urgency: 'normal', flaggedAt: T0 + 2000 }),
      item('high', { urgency: 'high', flaggedAt: T0 + 5000 }),
      item('none', { urgency: 'none', flaggedAt: T0 }),
      item('normal-early', { urgency: 'normal', flaggedAt: T0 + 1000 }),
      item('acute-tie-a', { urgency: 'acute', flaggedAt: T0 + 3000 }),
      item('acute-tie-b', { urgency: 'acute', flaggedAt: T0 + 3000 }),
      item('acute-early', { urgency: 'acute', flaggedAt: T0 }),
    ];
    expect(sortTriage(items).map((i) => i.key)).toEqual([
      'acute-early',
      'acute-tie-a',
      'acute-tie-b',
      'high',
      'normal-early',
      'normal-late',
      'none',
    ]);
  });

  it('returns a new array and leaves the input alone', () => {
    const items = [item('b', { urgency: 'normal' }), item('a', { urgency: 'acute' })];
    const sorted = sortTriage(items);
    expect(sorted).not.toBe(items);
    expect(items.map((i) => i.key)).toEqual(['b', 'a']);
  });
});

describe('filterTriage', () => {
  const items = [
    item('crime-acute', { labels: ['crime'], urgency: 'acute' }),
    item('crisis-high', { labels: ['crisis', 'sensitive_data'], urgency: 'high' }),
    item('case-normal', { labels: ['individual_case'], urgency: 'normal' }),
    item('dismissed', { labels: ['crime'], urgency: 'normal', dismissed: true }),
    item('closed', { labels: ['criticism'], urgency: 'high' }),
    item('in-progress', { labels: ['criticism'], urgency: 'normal' }),
  ];
  const statuses = new Map<string, TriageStatus>([
    ['closed', { progress: 'closed', overdue: false, done: 4, total: 4 }],
    ['in-progress', { progress: 'in_progress', overdue: true, done: 1, total: 4 }],
  ]);
  const keys = (list: TriageItem[]) => list.map((i) => i.key);

  it('lets everything through when nothing is chosen', () => {
    expect(keys(filterTriage(items, filter(), statuses))).toEqual(keys(items));
  });

  it('keeps items with any of the chosen labels', () => {
    expect(keys(filterTriage(items, filter({ labels: new Set(['crime', 'sensitive_data']) }), statuses))).toEqual([
      'crime-acute',
      'crisis-high',
      'dismissed',
    ]);
  });

  it('keeps items of the chosen urgencies', () => {
    expect(keys(filterTriage(items, filter({ urgencies: new Set(['acute', 'high']) }), statuses))).toEqual([
      'crime-acute',
      'crisis-high',
      'closed',
    ]);
  });

  it('combines label and urgency', () => {
    expect(
      keys(filterTriage(items, filter({ labels: new Set(['criticism']), urgencies: new Set(['normal']) }), statuses)),
    ).toEqual(['in-progress']);
  });

  it('hides closed follow-ups and dismissed items when asked, and keeps open ones', () => {
    expect(keys(filterTriage(items, filter({ hideHandled: true }), statuses))).toEqual([
      'crime-acute',
      'crisis-high',
      'case-normal',
      'in-progress',
    ]);
  });

  it('still hides dismissed items when there are no statuses at all', () => {
    expect(keys(filterTriage(items, filter({ hideHandled: true })))).not.toContain('dismissed');
  });
});

describe('TriageQueue', () => {
  it('lists the items most urgent first, then earliest first', () => {
    const onReveal = vi.fn();
    render(
      <TriageQueue
        lang="sv"
        items={[
          item('n1', { urgency: 'normal', flaggedAt: T0 }),
          item('a2', { urgency: 'acute', flaggedAt: T0 + 60_000 }),
          item('h1', { urgency: 'high', flaggedAt: T0 }),
          item('a1', { urgency: 'acute', flaggedAt: T0 }),
        ]}
        statuses={NO_STATUSES}
        onReveal={onReveal}
      />,
    );
    expect(listedKeys(onReveal)).toEqual(['a1', 'a2', 'h1', 'n1']);
  });

  it('counts what needs action per urgency and per label, only for labels present', () => {
    render(
      <TriageQueue
        lang="sv"
        items={[
          item('a', { urgency: 'acute', labels: ['crime', 'crisis'] }),
          item('b', { urgency: 'acute', labels: ['crime'] }),
          item('c', { urgency: 'normal', labels: ['individual_case'] }),
          item('d', { urgency: 'normal', labels: ['criticism'], dismissed: true }),
        ]}
        statuses={NO_STATUSES}
        onReveal={vi.fn()}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('3 kommentarer behöver åtgärdas.');

    const byUrgency = within(screen.getByRole('list', { name: 'Antal efter brådska' })).getAllByRole('listitem');
    expect(byUrgency.map((li) => li.textContent)).toEqual(['⚠Akut 2', '●Åtgärda 1']);

    const byLabel = within(screen.getByRole('list', { name: 'Antal efter typ' })).getAllByRole('listitem');
    expect(byLabel.map((li) => li.textContent)).toEqual(['Enskilt ärende 1', 'Brott 2', 'Person i kris 1']);
    expect(within(screen.getByRole('list', { name: 'Antal efter typ' })).queryByText(/Allvarlig kritik/)).toBeNull();
  });

  it('filters by urgency and by label with native checkboxes in labelled groups', () => {
    const onReveal = vi.fn();
    render(
      <TriageQueue
        lang="sv"
        items={[
          item('acute-crime', { urgency: 'acute', labels: ['crime'] }),
          item('normal-crime', { urgency: 'normal', labels: ['crime'] }),
          item('normal-case', { urgency: 'normal', labels: ['individual_case'] }),
        ]}
        statuses={NO_STATUSES}
        onReveal={onReveal}
      />,
    );
    const urgency = screen.getByRole('group', { name: 'Brådska' });
    const labels = screen.getByRole('group', { name: 'Typ av kommentar' });
    expect(urgency.tagName).toBe('FIELDSET');
    expect(labels.tagName).toBe('FIELDSET');

    fireEvent.click(within(urgency).getByRole('checkbox', { name: 'Åtgärda' }));
    expect(listedKeys(onReveal)).toEqual(['normal-crime', 'normal-case']);

    fireEvent.click(within(labels).getByRole('checkbox', { name: 'Brott' }));
    expect(listedKeys(onReveal)).toEqual(['normal-crime']);

    fireEvent.click(within(urgency).getByRole('checkbox', { name: 'Åtgärda' }));
    expect(listedKeys(onReveal)).toEqual(['acute-crime', 'normal-crime']);
  });

  it('offers to show everything again when no item passes the filters', () => {
    const onReveal = vi.fn();
    render(
      <TriageQueue
        lang="sv"
        items={[item('x', { dismissed: true })]}
        statuses={NO_STATUSES}
        onReveal={onReveal}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Dölj hanterade' }));
    expect(screen.queryByRole('list', { name: 'Kommentarer att hantera' })).toBeNull();
    expect(screen.getByText('Inga kommentarer passar filtren.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Visa alla' }));
    expect(screen.getByRole('checkbox', { name: 'Dölj hanterade' })).not.toBeChecked();
    expect(listedKeys(onReveal)).toEqual(['x']);
  });

  it('hides closed and dismissed items with "Dölj hanterade", and counts only the open ones', () => {
    const onReveal = vi.fn();
    const statuses = new Map<string, TriageStatus>([
      ['closed', { progress: 'closed', overdue: false, done: 3, total: 3 }],
      ['started', { progress: 'in_progress', overdue: false, done: 1, total: 3 }],
    ]);
    render(
      <TriageQueue
        lang="sv"
        items={[item('open'), item('closed'), item('dismissed', { dismissed: true }), item('started')]}
        statuses={statuses}
        onReveal={onReveal}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 kommentarer behöver åtgärdas.');
    expect(listedKeys(onReveal)).toEqual(['open', 'closed', 'dismissed', 'started']);
    expect(screen.getByText('Inte relevant')).toBeInTheDocument();
    expect(screen.getByText('Avslutad')).toBeInTheDocument();

    const hide = screen.getByRole('checkbox', { name: 'Dölj hanterade' });
    expect(hide).not.toBeChecked();
    fireEvent.click(hide);
    expect(hide).toBeChecked();
    expect(listedKeys(onReveal)).toEqual(['open', 'started']);
    expect(screen.queryByText('Inte relevant')).toBeNull();
    expect(screen.queryByText('Avslutad')).toBeNull();
  });

  it('shows follow-up progress, the steps done, and "Försenad" in words when overdue', () => {
    const statuses = new Map<string, TriageStatus>([
      ['new', { progress: 'new', overdue: false, done: 0, total: 5 }],
      ['late', { progress: 'in_progress', overdue: true, done: 2, total: 5 }],
    ]);
    render(
      <TriageQueue
        lang="sv"
        items={[
          item('new', { author: 'Anna Andersson' }),
          item('late', { author: 'Bo Berg' }),
          item('none', { author: 'Cilla Ek' }),
        ]}
        statuses={statuses}
        onReveal={vi.fn()}
      />,
    );
    const [first, second, third] = within(screen.getByRole('list', { name: 'Kommentarer att hantera' })).getAllByRole(
      'listitem',
    );
    expect(first).toHaveTextContent('Uppföljning: Ny');
    expect(first).not.toHaveTextContent('Försenad');
    expect(second).toHaveTextContent('Uppföljning: Påbörjad, 2 av 5 steg');
    expect(within(second!).getByText('Försenad')).toBeInTheDocument();
    expect(third).not.toHaveTextContent('Uppföljning');
  });

  it('shows author, labels, excerpt, time and whether it is a reply', () => {
    render(
      <TriageQueue
        lang="sv"
        items={[
          item('reply', {
            author: 'Dana Dahl',
            labels: ['crime', 'sensitive_data'],
            depth: 'reply',
            excerpt: 'Min granne [namn] slår sina barn.',
            time: '2025-03-14T09:42:00Z',
          }),
          item('comment', { flaggedAt: Date.parse('2025-03-14T10:05:00Z') }),
        ]}
        statuses={NO_STATUSES}
        onReveal={vi.fn()}
      />,
    );
    const [reply, comment] = within(screen.getByRole('list', { name: 'Kommentarer att hantera' })).getAllByRole(
      'listitem',
    );
    expect(reply).toHaveTextContent('Dana Dahl');
    expect(reply).toHaveTextContent('Brott, Personuppgifter');
    expect(reply).toHaveTextContent('Min granne [namn] slår sina barn.');
    expect(reply).toHaveTextContent('Svar i tråd');
    expect(within(reply!).getByText(/^Skriven 14 mars 10:42$/)).toHaveAttribute('datetime', '2025-03-14T09:42:00.000Z');
    expect(comment).toHaveTextContent('Kommentar');
    expect(comment).not.toHaveTextContent('Svar i tråd');
    expect(within(comment!).getByText(/^Hittad 14 mars 11:05$/)).toBeInTheDocument();
  });

  it('reveals the right comment on a click of the button or the item, and on Enter', () => {
    const onReveal = vi.fn();
    render(
      <TriageQueue
        lang="sv"
        items={[
          item('fb:1', { urgency: 'acute', author: 'Erik Ek', excerpt: 'Det brinner i skolan nu' }),
          item('fb:2', { author: 'Erik Ek', excerpt: 'Varför svarar ingen på mina mejl om bygglovet?' }),
          item('fb:3', { excerpt: 'Jag heter [namn] och min son har inte fått plats i förskolan' }),
        ]}
        statuses={NO_STATUSES}
        onReveal={onReveal}
      />,
    );
    // The buttons are told apart by author and the start of the excerpt.
    const second = screen.getByRole('button', { name: 'Visa på sidan: Erik Ek, ”Varför svarar ingen på mina mejl om…”' });
    const third = screen.getByRole('button', { name: 'Visa på sidan: ”Jag heter [namn] och min son har inte…”' });

    fireEvent.click(second);
    expect(onReveal).toHaveBeenLastCalledWith('fb:2');
    expect(onReveal).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByText('Det brinner i skolan nu'));
    expect(onReveal).toHaveBeenLastCalledWith('fb:1');

    third.focus();
    expect(third).toHaveFocus();
    expect(third).toHaveAttribute('type', 'button');
    pressEnter();
    expect(onReveal).toHaveBeenLastCalledWith('fb:3');
    expect(onReveal).toHaveBeenCalledTimes(3);
  });

  it('announces the number needing action politely, and updates it', () => {
    const props = { lang: 'sv' as const, statuses: NO_STATUSES, onReveal: vi.fn() };
    const { rerender } = render(<TriageQueue {...props} items={[item('a')]} />);
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('1 kommentar behöver åtgärdas.');

    rerender(<TriageQueue {...props} items={[item('a'), item('b', { urgency: 'acute' })]} />);
    expect(screen.getByRole('status')).toBe(live);
    expect(live).toHaveTextContent('2 kommentarer behöver åtgärdas.');
  });

  it('says nothing needs action when the page has no flagged comments', () => {
    render(<TriageQueue lang="sv" items={[]} statuses={NO_STATUSES} onReveal={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Inga kommentarer på sidan behöver åtgärdas just nu.');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('explains instead when the tab has no supported page', () => {
    render(<TriageQueue lang="sv" items={[item('a')]} statuses={NO_STATUSES} onReveal={vi.fn()} unsupported />);
    expect(screen.getByRole('heading', { name: 'Sekretessvakt fungerar inte på den här sidan.' })).toBeInTheDocument();
    expect(screen.getByText(/Öppna kommunens sida på Facebook eller Instagram/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says how many comments were read, in Swedish number format, and warns about unreadable ones', () => {
    render(
      <TriageQueue lang="sv" items={[]} statuses={NO_STATUSES} onReveal={vi.fn()} scanned={1240} unreadable={3} />,
    );
    // Swedish groups thousands with a non-breaking space, so "1 240" never breaks over two lines.
    expect(screen.getByText('1\u00a0240 kommentarer lästa', { normalizer: (text) => text })).toBeInTheDocument();
    expect(screen.getByText('3 kommentarer gick inte att läsa. Läs dem själv på sidan.')).toBeInTheDocument();
  });

  it('shows no unreadable warning when everything could be read', () => {
    render(
      <TriageQueue lang="sv" items={[]} statuses={NO_STATUSES} onReveal={vi.fn()} scanned={1} unreadable={0} />,
    );
    expect(screen.getByText('1 kommentar läst')).toBeInTheDocument();
    expect(screen.queryByText(/gick inte att läsa/)).toBeNull();
  });

  it('speaks English when the UI language is English', () => {
    const statuses = new Map<string, TriageStatus>([
      ['b', { progress: 'in_progress', overdue: true, done: 2, total: 5 }],
    ]);
    render(
      <TriageQueue
        lang="en"
        items={[
          item('a', { urgency: 'acute', labels: ['child_at_risk'], author: 'Frida Falk', depth: 'reply' }),
          item('b', { urgency: 'high', dismissed: false }),
        ]}
        statuses={statuses}
        onReveal={vi.fn()}
        scanned={1240}
        unreadable={1}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 comments need action.');
    expect(screen.getByRole('list', { name: 'Comments to handle' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Urgency' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Type of comment' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Hide handled' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Show on page: Frida Falk/ })).toHaveTextContent('Show on page');
    expect(screen.getByText('Reply in thread')).toBeInTheDocument();
    const followUp = screen.getByText('Follow-up:').parentElement!;
    expect(followUp).toHaveTextContent('Follow-up: In progress, 2 of 5 steps');
    expect(within(followUp).getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByText('1,240 comments read')).toBeInTheDocument();
    expect(screen.getByText('1 comment could not be read. Read it yourself on the page.')).toBeInTheDocument();
    expect(screen.queryByText(/Visa på sidan|Dölj hanterade|kommentarer/)).toBeNull();
  });

  it('explains the unsupported state in English too', () => {
    render(<TriageQueue lang="en" items={[]} statuses={NO_STATUSES} onReveal={vi.fn()} unsupported />);
    expect(screen.getByRole('heading', { name: 'Sekretessvakt does not work on this page.' })).toBeInTheDocument();
    expect(screen.getByText('Is the page already open? Reload it.')).toBeInTheDocument();
  });

  it('never tells urgency by colour alone: every badge has its icon and its word', () => {
    const { container } = render(
      <TriageQueue
        lang="sv"
        items={[
          item('a', { urgency: 'acute' }),
          item('h', { urgency: 'high' }),
          item('n', { urgency: 'normal' }),
          item('z', { urgency: 'none' }),
        ]}
        statuses={NO_STATUSES}
        onReveal={vi.fn()}
      />,
    );
    const badges = container.querySelectorAll('.sv-triage__badge');
    // Counts (three urgencies need action), filter choices (four) and items (four).
    expect(badges).toHaveLength(11);
    const words = Object.values(URGENCY_LOOK.sv).map((look) => look.word);
    for (const badge of badges) {
      const look = Object.values(URGENCY_LOOK.sv).find((l) => badge.textContent === `${l.icon}${l.word}`);
      expect(look, `badge "${badge.textContent}"`).toBeDefined();
      expect(words).toContain(look!.word);
      expect(badge.querySelector('[aria-hidden="true"]')).toHaveTextContent(look!.icon);
    }
    const [acute] = within(screen.getByRole('list', { name: 'Kommentarer att hantera' })).getAllByRole('listitem');
    expect(within(acute!).getByText('Akut')).toBeInTheDocument();
  });
});
