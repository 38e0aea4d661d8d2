import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../storage/records';
import { closeTask, recordComment, saveSettings, trackComment } from '../../storage/repository';
import { CHILD_COMMENT, CRIME_COMMENT, CRITICISM_COMMENT, deleteFreshDbs, freshDb, seen, TUE_1000 } from '../../storage/test-helpers';
import { DashboardApp, routeOf } from './DashboardApp';

afterEach(deleteFreshDbs);
beforeEach(() => history.replaceState(null, '', '#'));

const LATER = TUE_1000 + 3 * 86_400_000;

async function seeded() {
  const db = freshDb();
  await recordComment(db, seen(CHILD_COMMENT, 'child'), 'AB', TUE_1000);
  await recordComment(db, seen(CRIME_COMMENT, 'crime'), 'CD', TUE_1000);
  await recordComment(db, seen(CRITICISM_COMMENT, 'critic'), 'CD', TUE_1000);
  await trackComment(db, 'facebook:child', 'AB', TUE_1000);
  await trackComment(db, 'facebook:crime', 'CD', TUE_1000);
  await trackComment(db, 'facebook:critic', 'CD', TUE_1000);
  await closeTask(db, 'task:facebook:critic', 'CD', TUE_1000 + 1000);
  return db;
}

async function renderDashboard(db: ReturnType<typeof freshDb>, moderator = 'Chef') {
  await saveSettings(db, { moderator }, moderator, TUE_1000);
  return render(<DashboardApp db={db} settings={{ ...DEFAULT_SETTINGS, moderator }} lang="sv" download={vi.fn()} clock={() => LATER} />);
}

const rowTexts = () => screen.getAllByRole('row').slice(1).map((row) => row.textContent ?? '');

describe('DashboardApp', () => {
  it('lists the open follow-ups, overdue ones said in words, and filters by label, moderator and status', async () => {
    const db = await seeded();
    await renderDashboard(db);
    expect(await screen.findByText('Uppföljningar: 2 av 2')).toBeInTheDocument();
    expect(screen.getAllByText('Försenad')).toHaveLength(2);
    // The moderator list fills once every task is read.
    await screen.findByRole('option', { name: 'CD' });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Brott' }));
    expect(await screen.findByText('Uppföljningar: 1 av 1')).toBeInTheDocument();
    expect(rowTexts()[0]).toContain('Brott');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Brott' }));
    fireEvent.change(screen.getByLabelText('Moderator'), { target: { value: 'AB' } });
    expect(await screen.findByText('Uppföljningar: 1 av 1')).toBeInTheDocument();
    expect(rowTexts()[0]).toContain('Barn som far illa');

    fireEvent.change(screen.getByLabelText('Moderator'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Visa'), { target: { value: 'to_sign_off' } });
    expect(await screen.findByText('Uppföljningar: 1 av 1')).toBeInTheDocument();
    expect(rowTexts()[0]).toContain('väntar på godkännande');
  });

  it('filters by creation date and says so when nothing matches', async () => {
    const db = await seeded();
    await renderDashboard(db);
    await screen.findByRole('option', { name: 'CD' });
    fireEvent.change(screen.getByLabelText('Skapad från'), { target: { value: '2026-11-25' } });
    expect(await screen.findByText('Inga uppföljningar matchar filtret.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(await screen.findByText('Uppföljningar: 2 av 2')).toBeInTheDocument();
  });

  it('opens a task’s detail, signs it off and comes back to the list', async () => {
    const db = await seeded();
    await renderDashboard(db);
    await screen.findByRole('option', { name: 'CD' });
    fireEvent.change(screen.getByLabelText('Visa'), { target: { value: 'closed' } });
    const open = await screen.findByRole('button', { name: /^Öppna uppföljningen: Hemtjänsten/ });
    fireEvent.click(open);
    expect(location.hash).toBe('#task=task%3Afacebook%3Acritic');
    fireEvent.click(await screen.findByRole('button', { name: 'Godkänn uppföljningen' }));
    expect(await screen.findByText(/Godkänd .* av Chef/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Tillbaka till listan/ }));
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Avslutad, godkänd')).toBeInTheDocument();
  });

  it('asks for a name before anyone signs off', async () => {
    const db = await seeded();
    await renderDashboard(db, '');
    expect(await screen.findByText(/Du har inte angett ditt namn/)).toBeInTheDocument();
  });

  it('shows the false flags moderators recorded', async () => {
    const db = await seeded();
    const { dismissComment } = await import('../../storage/repository');
    await dismissComment(db, seen('Vilken fin dag vid hamnen, jag orkar inte vänta på sommaren!', 'fp'), 'AB', TUE_1000);
    await renderDashboard(db);
    fireEvent.click(await screen.findByRole('link', { name: 'Felaktiga flaggor' }));
    expect(await screen.findByRole('heading', { name: 'Felaktiga flaggor' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'Felaktiga flaggor' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens the training results at #training', async () => {
    history.replaceState(null, '', '#training');
    const db = await seeded();
    await renderDashboard(db);
    expect(await screen.findByRole('heading', { name: 'Övningsresultat' })).toBeInTheDocument();
    expect(await screen.findByText('Du har inte importerat någon sammanfattning än.')).toBeInTheDocument();
    expect(screen.getByLabelText('Välj en sammanfattning (JSON-fil)')).toHaveAttribute('type', 'file');
    expect(screen.getByRole('link', { name: 'Övningsresultat' })).toHaveAttribute('aria-current', 'page');
    fireEvent.click(screen.getByRole('link', { name: 'Uppföljningar' }));
    expect(location.hash).toBe('#tasks');
    expect(await screen.findByText('Uppföljningar: 2 av 2')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Övningsresultat' })).toBeNull();
  });
});

describe('routeOf', () => {
  it('reads the view or the task from the address, and falls back to the list on anything odd', () => {
    expect(routeOf('#charts')).toEqual({ view: 'charts' });
    expect(routeOf('#training')).toEqual({ view: 'training' });
    expect(routeOf('#task=task%3Afacebook%3A1')).toEqual({ view: 'tasks', taskId: 'task:facebook:1' });
    expect(routeOf('#task=%E0%A4%A')).toEqual({ view: 'tasks' });
    expect(routeOf('#nonsense')).toEqual({ view: 'tasks' });
    expect(routeOf('')).toEqual({ view: 'tasks' });
  });
});
