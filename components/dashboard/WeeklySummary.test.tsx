import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Label } from '../../classifiers/types';
import type { FlaggedComment, FollowUpTask } from '../../storage/records';
import { WeeklySummary } from './WeeklySummary';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 23 November 2026 00:00 in Stockholm: week 48. */
const WEEK_48 = Date.parse('2026-11-22T23:00:00Z');
/** Wednesday of week 48, 13:00 in Stockholm. */
const NOW = WEEK_48 + 2 * DAY + 13 * HOUR;

function comment(id: string, firstSeen: number, labels: Label[], extra: Partial<FlaggedComment> = {}): FlaggedComment {
  return {
    key: `facebook:${id}`,
    platform: 'facebook',
    commentId: id,
    author: 'Anna Berg',
    excerpt: 'Jag orkar inte mer',
    assessment: { lang: 'sv', labels, urgency: 'acute', scores: {} as Record<Label, number>, evidence: [], actions: [] },
    firstSeen,
    lastSeen: firstSeen,
    updatedAt: firstSeen,
    ...extra,
  };
}

const comments = [
  comment('1', WEEK_48 + HOUR, ['crisis']),
  comment('2', WEEK_48 + 2 * HOUR, ['crime']),
  comment('3', WEEK_48 + 3 * HOUR, ['crime'], { dismissedAt: WEEK_48 + 4 * HOUR, dismissedBy: 'M' }),
  // Week 47: three flags.
  comment('4', WEEK_48 - DAY, ['criticism']),
  comment('5', WEEK_48 - 2 * DAY, ['criticism']),
  comment('6', WEEK_48 - 3 * DAY, ['individual_case']),
];

const tasks: FollowUpTask[] = [
  {
    id: 'task:facebook:1',
    commentKey: 'facebook:1',
    platform: 'facebook',
    urgency: 'acute',
    labels: ['crisis'],
    checklist: ['acknowledged', 'referred', 'got_help'],
    steps: { acknowledged: { done: true, by: 'M', at: WEEK_48 + HOUR + 20 * MINUTE } },
    status: 'open',
    createdAt: WEEK_48 + HOUR,
    createdBy: 'M',
    dueAt: WEEK_48 + HOUR,
    updatedAt: WEEK_48 + HOUR,
  },
  {
    id: 'task:facebook:4',
    commentKey: 'facebook:4',
    platform: 'facebook',
    urgency: 'normal',
    labels: ['criticism'],
    checklist: ['acknowledged', 'got_help'],
    steps: {},
    status: 'closed',
    createdAt: WEEK_48 - DAY,
    createdBy: 'M',
    dueAt: WEEK_48 + 16 * HOUR,
    closedAt: WEEK_48 - HOUR,
    updatedAt: WEEK_48 - HOUR,
  },
];

function cells(rowName: RegExp): string[] {
  return within(screen.getByRole('row', { name: rowName }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('WeeklySummary', () => {
  it('shows the current week with its flags, follow-ups, reply time and open acute follow-ups', () => {
    render(<WeeklySummary tasks={tasks} comments={comments} now={NOW} lang="sv" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Veckosammanfattning' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Vecka 48, 23–29 november 2026');
    expect(screen.getByText('2 kommentarer flaggades. Det är 1 färre än veckan innan.')).toBeInTheDocument();
    expect(screen.getByText('Dessutom markerades 1 flagga som inte relevant. Den räknas inte ovan.')).toBeInTheDocument();
    expect(cells(/^Brott/)).toEqual(['1', '1']);
    expect(cells(/^Person i kris/)).toEqual(['1', '0']);
    expect(cells(/^Påbörjade/)).toEqual(['1']);
    expect(cells(/^Försenade just nu/)).toEqual(['1']);
    expect(screen.getByText('1 uppföljning är försenad just nu.')).toBeInTheDocument();
    expect(screen.getByText(/Hälften av kommentarerna fick ett svar inom 20 min\./)).toBeInTheDocument();

    const urgent = screen.getByRole('table', { name: /Akuta och brådskande uppföljningar/ });
    const [row] = within(urgent).getAllByRole('row').slice(1);
    expect(within(row!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '⚠ Akut',
      'Person i kris',
      expect.stringMatching(/23 nov\.? 01:00/),
      '⚠ Försenad',
      '1 av 3',
      'Jag orkar inte mer',
    ]);
    expect(document.body.textContent).not.toMatch(/Anna|Berg/);
  });

  it('moves to the previous week and back, and cannot go past the current week', () => {
    render(<WeeklySummary tasks={tasks} comments={comments} now={NOW} lang="sv" />);
    const next = screen.getByRole('button', { name: 'Nästa vecka' });
    expect(next).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Föregående vecka' }));
    expect(screen.getByRole('status')).toHaveTextContent('Vecka 47, 16–22 november 2026');
    expect(screen.getByText('3 kommentarer flaggades. Det är 3 fler än veckan innan.')).toBeInTheDocument();
    expect(cells(/^Allvarlig kritik/)).toEqual(['2', '0']);
    expect(cells(/^Avslutade/)).toEqual(['1']);
    expect(cells(/^Öppna vid veckans slut/)).toEqual(['0']);
    expect(screen.getByText('Inga akuta eller brådskande uppföljningar är öppna.')).toBeInTheDocument();

    expect(next).toBeEnabled();
    fireEvent.click(next);
    expect(screen.getByRole('status')).toHaveTextContent('Vecka 48, 23–29 november 2026');
    expect(next).toBeDisabled();
  });

  it('prints with the browser’s print dialog', () => {
    // happy-dom has no print dialog: stand one in for it.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    try {
      render(<WeeklySummary tasks={tasks} comments={comments} now={NOW} lang="sv" />);
      expect(print).not.toHaveBeenCalled();
      fireEvent.click(screen.getByRole('button', { name: 'Skriv ut' }));
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('speaks English when the UI language is English', () => {
    render(<WeeklySummary tasks={tasks} comments={comments} now={NOW} lang="en" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Weekly summary' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Week 48, 23–29 November 2026');
    expect(screen.getByText('2 comments were flagged. That is 1 fewer than the week before.')).toBeInTheDocument();
    expect(cells(/^Crime/)).toEqual(['1', '1']);
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(screen.getByText('1 follow-up is overdue right now.')).toBeInTheDocument();
  });
});
