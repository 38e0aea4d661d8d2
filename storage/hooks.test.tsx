import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SekretessvaktDB } from './db';
import { useTaskCounts, useTasks } from './hooks';
import { closeTask, recordComment, trackComment } from './repository';
import { CHILD_COMMENT, CRIME_COMMENT, deleteFreshDbs, freshDb, seen, TUE_1000 } from './test-helpers';

let db: SekretessvaktDB;
afterEach(deleteFreshDbs);

function OpenTasks({ now }: { now: number }) {
  const page = useTasks(db, { status: 'open' }, now);
  const counts = useTaskCounts(db, now);
  if (!page || !counts) return <p>Laddar …</p>;
  return (
    <div>
      <p>{`${page.total} öppna, ${counts.closed} stängda`}</p>
      <ul>
        {page.rows.map((row) => (
          <li key={row.task.id}>{row.comment?.excerpt}</li>
        ))}
      </ul>
    </div>
  );
}

describe('live queries', () => {
  it('re-render when any writer changes the tasks', async () => {
    db = freshDb();
    render(<OpenTasks now={TUE_1000} />);
    await screen.findByText('0 öppna, 0 stängda');
    await recordComment(db, seen(CHILD_COMMENT, 'c1'), 'AB', TUE_1000);
    await trackComment(db, 'facebook:c1', 'AB', TUE_1000);
    await screen.findByText('1 öppna, 0 stängda');
    expect(screen.getByRole('listitem').textContent).toContain('[telefonnummer]');
    await recordComment(db, seen(CRIME_COMMENT, 'c2'), 'AB', TUE_1000);
    await trackComment(db, 'facebook:c2', 'AB', TUE_1000);
    await closeTask(db, 'task:facebook:c1', 'AB', TUE_1000 + 1);
    await waitFor(() => expect(screen.getByText('1 öppna, 1 stängda')).toBeTruthy());
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
