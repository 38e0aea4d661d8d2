import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Label } from '../../classifiers/types';
import type { FlaggedComment, FollowUpTask } from '../../storage/records';
import { DashboardCharts } from './DashboardCharts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string) => Date.parse(iso);

/** 10:00 on Wednesday 25 November 2026 in Stockholm: ISO week 48. */
const NOW = at('2026-11-25T09:00:00Z');
/** Monday 23 November 2026, 10:00 in Stockholm. */
const MON_1000 = at('2026-11-23T09:00:00Z');
/** Friday 20 November 2026, 10:00 in Stockholm: week 47. */
const FRI_1000 = at('2026-11-20T09:00:00Z');
const FAR = at('2026-12-31T12:00:00Z');

function comment(key: string, firstSeen: number, labels: Label[], extra: Partial<FlaggedComment> = {}): FlaggedComment {
  return {
    key,
    platform: 'facebook',
    commentId: key,
    excerpt: 'Maskerat utdrag',
    assessment: { lang: 'sv', labels, urgency: 'high', scores: {} as Record<Label, number>, evidence: [], actions: ['acknowledge'] },
    firstSeen,
    lastSeen: firstSeen,
    updatedAt: firstSeen,
    ...extra,
  };
}

function task(flag: FlaggedComment, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return {
    id: `task:${flag.key}`,
    commentKey: flag.key,
    platform: 'facebook',
    urgency: 'high',
    labels: flag.assessment.labels,
    checklist: ['acknowledged', 'got_help'],
    steps: {},
    status: 'open',
    createdAt: flag.firstSeen + MINUTE,
    createdBy: 'AB',
    dueAt: at('2026-11-23T15:30:00Z'),
    updatedAt: flag.firstSeen,
    ...extra,
  };
}

const repliedAfter = (flag: FlaggedComment, minutes: number) => ({
  acknowledged: { done: true, by: 'AB', at: flag.firstSeen + minutes * MINUTE },
});

/**
 * This week: five flagged comments (Barn som far illa 4, Brott 2, one comment carries both) and a
 * dismissed one; replies after 10, 20, 30, 40 and 100 minutes. Last week: one comment, no reply.
 * Open now: three of this week's (all overdue) and last week's (due later).
 */
function fixture(): { comments: FlaggedComment[]; tasks: FollowUpTask[] } {
  const c1 = comment('c1', MON_1000, ['child_at_risk']);
  const c2 = comment('c2', MON_1000, ['child_at_risk']);
  const c3 = comment('c3', MON_1000, ['child_at_risk']);
  const c4 = comment('c4', MON_1000, ['child_at_risk', 'crime']);
  const c5 = comment('c5', MON_1000, ['crime']);
  const dismissed = comment('d1', MON_1000, ['criticism'], { dismissedAt: MON_1000 + HOUR, dismissedBy: 'AB' });
  const lastWeek = comment('c6', FRI_1000, ['crisis']);
  const closed = { status: 'closed' as const, closedAt: MON_1000 + 2 * HOUR };
  return {
    comments: [c1, c2, c3, c4, c5, dismissed, lastWeek],
    tasks: [
      task(c1, { steps: repliedAfter(c1, 10), ...closed }),
      task(c2, { steps: repliedAfter(c2, 20), ...closed }),
      task(c3, { steps: repliedAfter(c3, 30) }),
      task(c4, { steps: repliedAfter(c4, 40) }),
      task(c5, { steps: repliedAfter(c5, 100) }),
      task(lastWeek, { dueAt: FAR }),
    ],
  };
}

function renderCharts(lang: 'sv' | 'en' = 'sv', data = fixture()) {
  return render(<DashboardCharts tasks={data.tasks} comments={data.comments} now={NOW} lang={lang} />);
}

const figure = (name: string) => screen.getByRole('figure', { name });
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

describe('DashboardCharts', () => {
  it('says each chart’s key figure in a sentence that describes the figure', () => {
    renderCharts();
    expect(figure('Flaggade kommentarer per vecka')).toHaveAccessibleDescription(
      'Den här veckan har 5 kommentarer flaggats, flest för Barn som far illa (4). 1 flagga markerades som inte relevant.',
    );
    expect(figure('Tid till första offentliga svaret')).toHaveAccessibleDescription(
      'Den här veckan kom hälften av svaren inom 30 minuter och 9 av 10 inom 1,7 timmar. 1 uppföljning har inget svar än.',
    );
    expect(figure('Öppna och försenade uppföljningar')).toHaveAccessibleDescription(
      'Just nu är 4 uppföljningar öppna, och 3 av dem är försenade. Den 29 oktober var ingen öppen.',
    );
    // The sentence is on screen too, not only in the accessibility tree.
    expect(screen.getByText('Just nu är 4 uppföljningar öppna, och 3 av dem är försenade. Den 29 oktober var ingen öppen.')).toBeVisible();
  });

  it('gives each figure a heading and describes it with its summary', () => {
    renderCharts();
    expect(screen.getByRole('heading', { level: 2, name: 'Diagram' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Flaggade kommentarer per vecka',
      'Tid till första offentliga svaret',
      'Öppna och försenade uppföljningar',
    ]);
    expect(figure('Öppna och försenade uppföljningar')).toHaveAccessibleDescription(/^Just nu är 4 uppföljningar öppna/);
  });

  it('draws the charts as SVG with a legend in words, hidden from screen readers', () => {
    renderCharts();
    const flags = figure('Flaggade kommentarer per vecka');
    const plot = flags.querySelector('.sv-chart__plot');
    expect(plot).toHaveAttribute('aria-hidden', 'true');
    expect(plot?.querySelector('svg.recharts-surface')).not.toBeNull();
    // Three labels have flags in the 8 weeks, so three stacked series, and only they are in the legend.
    expect(plot?.querySelectorAll('.recharts-bar')).toHaveLength(3);
    expect(plot?.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
    expect(flags.querySelector('.sv-chart__legend')?.textContent).toBe(['Barn som far illa', 'Brott', 'Person i kris'].join(''));

    const open = figure('Öppna och försenade uppföljningar');
    expect(open.querySelectorAll('.recharts-line')).toHaveLength(2);
    // Overdue is dashed, not only another colour.
    expect(open.querySelector('.recharts-line-curve[stroke-dasharray="6 4"]')).not.toBeNull();
    expect(open.querySelector('.sv-chart__legend')?.textContent).toBe('ÖppnaVarav försenade');
  });

  it('shows the flags as a table when asked, and hides it again', () => {
    renderCharts();
    const flags = figure('Flaggade kommentarer per vecka');
    const toggle = within(flags).getByRole('button', { name: 'Visa som tabell' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(flags).queryByRole('table')).toBeNull();

    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = within(flags).getByRole('table', { name: 'Flaggade kommentarer per typ och vecka, de senaste 8 veckorna' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Vecka',
      'Enskilt ärende',
      'Barn som far illa',
      'Brott',
      'Person i kris',
      'Allvarlig kritik',
      'Personuppgifter',
      'Kommentarer totalt',
      'Inte relevanta',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(8);
    expect(within(rows[7]!).getByRole('rowheader')).toHaveTextContent('Vecka 48 (23 nov.–29 nov.)');
    expect(cellsOf(rows[7]!)).toEqual(['0', '4', '2', '0', '0', '0', '5', '1']);
    expect(within(rows[6]!).getByRole('rowheader')).toHaveTextContent(/^Vecka 47/);
    expect(cellsOf(rows[6]!)).toEqual(['0', '0', '0', '1', '0', '0', '1', '0']);

    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(flags).queryByRole('table')).toBeNull();
  });

  it('shows reply times and open follow-ups as tables', () => {
    renderCharts();
    const replies = figure('Tid till första offentliga svaret');
    fireEvent.click(within(replies).getByRole('button', { name: 'Visa som tabell' }));
    const replyRows = within(within(replies).getByRole('table')).getAllByRole('row');
    expect(cellsOf(replyRows[8]!)).toEqual(['30 minuter', '1,7 timmar', '5', '0']);
    expect(cellsOf(replyRows[7]!)).toEqual(['Inga svar', 'Inga svar', '0', '1']);

    const open = figure('Öppna och försenade uppföljningar');
    fireEvent.click(within(open).getByRole('button', { name: 'Visa som tabell' }));
    const dayRows = within(within(open).getByRole('table')).getAllByRole('row');
    expect(dayRows).toHaveLength(29);
    expect(within(dayRows[28]!).getByRole('rowheader')).toHaveTextContent('ons 25 nov.');
    expect(cellsOf(dayRows[28]!)).toEqual(['4', '3']);
    // Monday 23rd: all six follow-ups were created, two closed the same day, three overdue at midnight.
    expect(cellsOf(dayRows[26]!)).toEqual(['4', '3']);
    expect(cellsOf(dayRows[24]!)).toEqual(['1', '0']);
  });

  it('names a tie, and the latest week with replies when this week has none', () => {
    const crime = comment('crime', MON_1000, ['crime']);
    const data = comment('data', MON_1000, ['sensitive_data']);
    const answered = comment('answered', FRI_1000, ['crisis']);
    renderCharts('sv', {
      comments: [crime, data, answered],
      tasks: [task(answered, { steps: repliedAfter(answered, 150), status: 'closed', closedAt: FRI_1000 + 3 * HOUR })],
    });
    expect(figure('Flaggade kommentarer per vecka')).toHaveAccessibleDescription(
      'Den här veckan har 2 kommentarer flaggats, flest för Brott och Personuppgifter (1 vardera).',
    );
    expect(figure('Tid till första offentliga svaret')).toHaveAccessibleDescription(
      'Vecka 47 kom 1 svar, efter 2,5 timmar.',
    );
    expect(screen.getByText('Inga öppna uppföljningar de senaste 28 dagarna.')).toBeInTheDocument();
  });

  it('says so in words when there is nothing to show, with no chart or table', () => {
    const { container } = renderCharts('sv', { comments: [], tasks: [] });
    expect(within(figure('Flaggade kommentarer per vecka')).getByText('Inga flaggor de senaste 8 veckorna.')).toBeInTheDocument();
    expect(within(figure('Tid till första offentliga svaret')).getByText('Inga uppföljningar de senaste 8 veckorna.')).toBeInTheDocument();
    expect(within(figure('Öppna och försenade uppföljningar')).getByText('Inga öppna uppföljningar de senaste 28 dagarna.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Visa som tabell' })).toBeNull();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
  });

  it('speaks English when the page does', () => {
    renderCharts('en');
    expect(screen.getByRole('heading', { level: 2, name: 'Charts' }).closest('section')).toHaveAttribute('lang', 'en');
    expect(figure('Flagged comments per week')).toHaveAccessibleDescription(
      'This week 5 comments were flagged, most for Child at risk (4). 1 flag was marked not relevant.',
    );
    expect(figure('Time to first public reply')).toHaveAccessibleDescription(
      'This week half of the replies came within 30 minutes and 9 in 10 within 1.7 hours. 1 follow-up has no reply yet.',
    );
    expect(figure('Open and overdue follow-ups')).toHaveAccessibleDescription(
      'Right now 4 follow-ups are open, and 3 of them are overdue. On 29 October, none was open.',
    );
    const flags = figure('Flagged comments per week');
    fireEvent.click(within(flags).getByRole('button', { name: 'Show as table' }));
    const table = within(flags).getByRole('table', { name: 'Flagged comments per type and week, the last 8 weeks' });
    expect(within(table).getByRole('columnheader', { name: 'Child at risk' })).toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader')[7]).toHaveTextContent('Week 48 (23 Nov–29 Nov)');
    expect(flags.querySelector('.sv-chart__legend')?.textContent).toBe('Child at riskCrimePerson in crisis');
    expect(within(flags).queryByText(/Visa|Vecka/)).toBeNull();
  });
});
