import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAllTasks } from '../../storage/hooks';
import { auditOf, closeTask, recordComment, trackComment } from '../../storage/repository';
import { CRIME_COMMENT, deleteFreshDbs, freshDb, seen, TUE_1000 } from '../../storage/test-helpers';
import { TaskDetail } from './TaskDetail';

afterEach(deleteFreshDbs);

async function seeded() {
  const db = freshDb();
  await recordComment(db, seen(CRIME_COMMENT, 'c1'), 'AB', TUE_1000);
  const task = await trackComment(db, 'facebook:c1', 'AB', TUE_1000);
  return { db, task };
}

/** The task read live, as the dashboard passes it. */
function Live({ db, id, actor }: { db: ReturnType<typeof freshDb>; id: string; actor: string }) {
  const tasks = useAllTasks(db);
  if (!tasks) return null;
  return <TaskDetail db={db} lang="sv" task={tasks.find((t) => t.id === id)} actor={actor} now={TUE_1000 + 60_000} onBack={() => {}} />;
}

describe('TaskDetail', () => {
  it('shows the masked comment and the guideline’s checklist, and ticks a step with a detail', async () => {
    const { db, task } = await seeded();
    render(<Live db={db} id={task.id} actor="AB" />);
    expect(await screen.findByText(/\[personnummer\]/)).toBeInTheDocument();
    expect(screen.queryByText(/19811218/)).toBeNull();
    const police = screen.getByRole('checkbox', { name: 'Polisanmälan gjord' });
    fireEvent.change(screen.getAllByLabelText('Diarienummer (valfritt)')[0]!, { target: { value: '5000-K123' } });
    fireEvent.click(police);
    await waitFor(async () => expect((await db.tasks.get(task.id))?.steps.police_report).toMatchObject({ done: true, by: 'AB', detail: '5000-K123' }));
    expect(await screen.findByText(/Klart: AB/)).toBeInTheDocument();
  });

  it('lets a supervisor sign off a closed task, audited with their name, and withdraws it on reopen', async () => {
    const { db, task } = await seeded();
    await closeTask(db, task.id, 'AB', TUE_1000 + 1000);
    render(<Live db={db} id={task.id} actor="Chef Carin" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Godkänn uppföljningen' }));
    expect(await screen.findByText(/Godkänd .* av Chef Carin/)).toBeInTheDocument();
    expect((await db.tasks.get(task.id))?.signedOffBy).toBe('Chef Carin');
    expect((await auditOf(db, task.id)).map((a) => a.action)).toContain('task.signed_off');
    fireEvent.click(screen.getByRole('button', { name: 'Öppna igen' }));
    await waitFor(async () => expect((await db.tasks.get(task.id))?.signedOffAt).toBeUndefined());
    expect(await screen.findByRole('button', { name: 'Avsluta uppföljningen' })).toBeInTheDocument();
  });

  it('does not let someone without a name sign off, and says why', async () => {
    const { db, task } = await seeded();
    await closeTask(db, task.id, 'AB', TUE_1000 + 1000);
    render(<Live db={db} id={task.id} actor="" />);
    expect(await screen.findByRole('button', { name: 'Godkänn uppföljningen' })).toBeDisabled();
    expect(screen.getByText(/Ange ditt namn i inställningarna innan du godkänner/)).toBeInTheDocument();
  });

  it('says how many steps are open before closing, and closes', async () => {
    const { db, task } = await seeded();
    render(<Live db={db} id={task.id} actor="AB" />);
    expect(await screen.findByText(/steg är inte klara/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Avsluta uppföljningen' }));
    await waitFor(async () => expect((await db.tasks.get(task.id))?.status).toBe('closed'));
  });

  it('tells that a purged task is gone instead of crashing', () => {
    const db = freshDb();
    render(<TaskDetail db={db} lang="en" task={undefined} actor="AB" now={TUE_1000} onBack={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('no longer exists');
  });
});
