import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY, deleteFreshDbs, freshDb, TUE_1000 } from '../../storage/test-helpers';
import type { AttemptFacts } from '../../utils/training/progress';
import { buildSummary } from '../../utils/training/summary';
import { TraineeSummaries } from './TraineeSummaries';

afterEach(deleteFreshDbs);

const HOUR = 3_600_000;
const IMPORTED_AT = TUE_1000 + 7 * DAY;

/**
 * Four answers over two sessions, 24 and 26 November 2026: average 70, half passed, urgency right
 * once, three critical misses. Crime came up four times and was right twice, so it is a weak area;
 * crisis was wrong both times but came up too seldom to count.
 */
const ATTEMPTS: AttemptFacts[] = [
  { at: TUE_1000, score: 90, passed: true, sessionId: 's1', expectedUrgency: 'high', givenUrgency: 'high', critical: [], labelOutcomes: { crime: 'hit', child_at_risk: 'hit' } },
  { at: TUE_1000 + HOUR, score: 60, passed: false, sessionId: 's1', expectedUrgency: 'acute', givenUrgency: 'high', critical: ['missed-112'], labelOutcomes: { crisis: 'miss', crime: 'hit' } },
  { at: TUE_1000 + 2 * DAY, score: 85, passed: true, sessionId: 's2', expectedUrgency: 'normal', givenUrgency: 'high', critical: [], labelOutcomes: { criticism: 'hit', crime: 'false' } },
  {
    at: TUE_1000 + 2 * DAY + HOUR,
    score: 45,
    passed: false,
    sessionId: 's2',
    expectedUrgency: 'acute',
    givenUrgency: 'normal',
    critical: ['missed-acute', 'missed-112'],
    labelOutcomes: { crisis: 'miss', crime: 'miss', individual_case: 'reject' },
  },
];

function summaryFile(trainee = 'Anna Svensson', attempts: AttemptFacts[] = ATTEMPTS, createdAt = TUE_1000 + 3 * DAY): string {
  return JSON.stringify(buildSummary(attempts, trainee, createdAt));
}

function pick(text: string, label: string | RegExp = 'Välj en sammanfattning (JSON-fil)', name = 'ovning.json') {
  const input = screen.getByLabelText(label);
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

/** The row of one trainee, as the cells' texts (the trainee's name is the row header). */
function cellsOf(trainee: string): string[] {
  const row = screen.getByRole('rowheader', { name: trainee }).closest('tr')!;
  return [...row.querySelectorAll('td')].map((td) => td.textContent ?? '');
}

const nbsp = (text: string) => text.replace(/\u00a0/gu, ' ');

describe('TraineeSummaries', () => {
  it('imports a summary and shows its figures in a row', async () => {
    const db = freshDb();
    render(<TraineeSummaries db={db} lang="sv" clock={() => IMPORTED_AT} />);
    expect(screen.getByRole('heading', { name: 'Övningsresultat' })).toBeInTheDocument();
    expect(await screen.findByText('Du har inte importerat någon sammanfattning än.')).toBeInTheDocument();

    pick(summaryFile());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sammanfattningen för Anna Svensson är importerad.'));
    await screen.findByRole('rowheader', { name: 'Anna Svensson' });
    expect(screen.getByRole('table')).toHaveAccessibleName('Importerade sammanfattningar: 1');

    const [when, attempts, sessions, average, passed, urgency, critical, labels, weak] = cellsOf('Anna Svensson').map(nbsp);
    expect(when).toBe('24 nov. 2026 – 26 nov. 2026');
    expect([attempts, sessions, average, passed, urgency, critical]).toEqual(['4', '2', '70', '50 %', '25 %', '3']);
    expect(labels).toContain('Brott: 50 %');
    expect(labels).toContain('Person i kris: 0 %');
    expect(labels).toContain('Barn som far illa: 100 %');
    expect(labels).toContain('Enskilt ärende: –');
    expect(labels).toContain('Personuppgifter: –');
    expect(weak).toBe('Brott');

    const stored = await db.traineeSummaries.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.importedAt).toBe(IMPORTED_AT);
  });

  it('keeps one row when the same file is imported twice, and says it replaced the first', async () => {
    const db = freshDb();
    render(<TraineeSummaries db={db} lang="sv" clock={() => IMPORTED_AT} />);
    const file = summaryFile();
    pick(file);
    await screen.findByRole('rowheader', { name: 'Anna Svensson' });
    pick(file, undefined, 'samma.json');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Du hade redan importerat den här sammanfattningen för Anna Svensson. Den gamla är ersatt'));
    expect(screen.getAllByRole('rowheader', { name: 'Anna Svensson' })).toHaveLength(1);
    expect(await db.traineeSummaries.count()).toBe(1);

    // A later export from the same trainee is a summary of its own.
    pick(summaryFile('Anna Svensson', ATTEMPTS, TUE_1000 + 5 * DAY));
    await waitFor(() => expect(screen.getAllByRole('rowheader', { name: 'Anna Svensson' })).toHaveLength(2));
    expect(screen.getByRole('table')).toHaveAccessibleName('Importerade sammanfattningar: 2');
  });

  it('refuses a foreign or broken file with a message in Swedish and stores nothing', async () => {
    const db = freshDb();
    render(<TraineeSummaries db={db} lang="sv" clock={() => IMPORTED_AT} />);
    pick('{"format":"sekretessvakt-export","tasks":[]}');
    expect(await screen.findByText('Filen är ingen övningssammanfattning från Sekretessvakt.')).toBeInTheDocument();
    pick('inte json');
    expect(await screen.findByText('Filen är inte en JSON-fil.')).toBeInTheDocument();
    const damaged = JSON.parse(summaryFile()) as Record<string, unknown>;
    damaged.attempts = -1;
    pick(JSON.stringify(damaged));
    expect(await screen.findByText('Sammanfattningen är skadad eller ofullständig. Be om en ny export.')).toBeInTheDocument();
    expect(await db.traineeSummaries.count()).toBe(0);
    expect(screen.queryByRole('table')).toBeNull();
    expect(await screen.findByText('Du har inte importerat någon sammanfattning än.')).toBeInTheDocument();
  });

  it('deletes a summary only after the supervisor confirms', async () => {
    const db = freshDb();
    render(<TraineeSummaries db={db} lang="sv" clock={() => IMPORTED_AT} />);
    pick(summaryFile('Anna Svensson'));
    await screen.findByRole('rowheader', { name: 'Anna Svensson' });
    pick(summaryFile('Bo Ek', ATTEMPTS.slice(0, 1)));
    await screen.findByRole('rowheader', { name: 'Bo Ek' });

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort sammanfattningen för Anna Svensson' }));
    const question = screen.getByRole('group', { name: /Vill du ta bort sammanfattningen för Anna Svensson\?/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ta bort sammanfattningen för Anna Svensson' })).toHaveFocus();
    expect(await db.traineeSummaries.count()).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort sammanfattningen för Anna Svensson' }));
    fireEvent.click(within(screen.getByRole('group')).getByRole('button', { name: 'Ja, ta bort' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Anna Svensson' })).toBeNull());
    expect(screen.getByRole('rowheader', { name: 'Bo Ek' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sammanfattningen för Anna Svensson är borttagen.');
    expect(screen.getByRole('heading', { name: 'Övningsresultat' })).toHaveFocus();
    expect((await db.traineeSummaries.toArray()).map((s) => s.trainee)).toEqual(['Bo Ek']);
  });

  it('speaks English when the page does', async () => {
    const db = freshDb();
    render(<TraineeSummaries db={db} lang="en" clock={() => IMPORTED_AT} />);
    expect(screen.getByRole('heading', { name: 'Training results' })).toBeInTheDocument();
    expect(await screen.findByText('You have not imported any summary yet.')).toBeInTheDocument();
    pick('{"format":"something-else"}', 'Choose a summary (JSON file)');
    expect(await screen.findByText('The file is not a Sekretessvakt training summary.')).toBeInTheDocument();

    pick(summaryFile(), 'Choose a summary (JSON file)');
    expect(await screen.findByText('The summary for Anna Svensson is imported.')).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: 'Anna Svensson' });
    const [when, , , , passed, , , labels, weak] = cellsOf('Anna Svensson');
    expect(when).toBe('24 Nov 2026 – 26 Nov 2026');
    expect(passed).toBe('50%');
    expect(labels).toContain('Crime: 50%');
    expect(weak).toBe('Crime');
    expect(screen.getByRole('button', { name: 'Delete the summary for Anna Svensson' })).toBeInTheDocument();

    pick(summaryFile('Bo Ek', []), 'Choose a summary (JSON file)');
    await screen.findByRole('rowheader', { name: 'Bo Ek' });
    const [noPeriod, attempts, , average, noShare, , , , none] = cellsOf('Bo Ek');
    expect([noPeriod, attempts, average, noShare, none]).toEqual(['–', '0', '–', '–', 'None']);
  });
});
