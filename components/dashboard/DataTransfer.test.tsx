import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commentsByKey, recordComment, setStep, trackComment } from '../../storage/repository';
import { exportData } from '../../storage/transfer';
import { CHILD_COMMENT, CRIME_COMMENT, deleteFreshDbs, freshDb, seen, TUE_1000 } from '../../storage/test-helpers';
import { DataTransfer } from './DataTransfer';

afterEach(deleteFreshDbs);

/** A moderator's export with one task the supervisor has and an older copy of, and one new. */
async function moderatorExport() {
  const moderator = freshDb();
  await recordComment(moderator, seen(CRIME_COMMENT, 'c1'), 'AB', TUE_1000);
  await recordComment(moderator, seen(CHILD_COMMENT, 'c2'), 'AB', TUE_1000);
  await trackComment(moderator, 'facebook:c1', 'AB', TUE_1000);
  await trackComment(moderator, 'facebook:c2', 'AB', TUE_1000);
  await setStep(moderator, 'task:facebook:c1', 'acknowledged', { done: true }, 'AB', TUE_1000 + 5000);
  return JSON.stringify(await exportData(moderator, 'AB', TUE_1000 + 6000));
}

function pick(text: string, name = 'export.json') {
  fireEvent.change(screen.getByLabelText('Välj fil'), { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('DataTransfer import', () => {
  it('previews what will merge, writes nothing until asked, then merges', async () => {
    const fileText = await moderatorExport();
    const supervisor = freshDb();
    await recordComment(supervisor, seen(CRIME_COMMENT, 'c1'), 'Chef', TUE_1000);
    await trackComment(supervisor, 'facebook:c1', 'Chef', TUE_1000);
    render(<DataTransfer db={supervisor} lang="sv" actor="Chef" filtered={[]} comments={(keys) => commentsByKey(supervisor, keys)} download={vi.fn()} />);
    pick(fileText);
    const preview = await screen.findByRole('region', { name: 'Importera en moderators export' });
    expect(preview).toHaveTextContent('exporterades');
    const taskRow = screen.getByRole('rowheader', { name: 'Uppföljningar' }).closest('tr')!;
    expect([...taskRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1', '1', '0']);
    expect(await supervisor.tasks.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Slå ihop' }));
    expect(await screen.findByText(/1 ny uppföljning, 1 uppdaterad uppföljning/)).toBeInTheDocument();
    expect(await supervisor.tasks.count()).toBe(2);
    expect((await supervisor.tasks.get('task:facebook:c1'))?.steps.acknowledged?.done).toBe(true);
  });

  it('refuses a foreign file with a message and writes nothing', async () => {
    const db = freshDb();
    render(<DataTransfer db={db} lang="sv" actor="Chef" filtered={[]} comments={(keys) => commentsByKey(db, keys)} download={vi.fn()} />);
    pick('{"format":"något-annat"}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Filen kommer inte från Sekretessvakt. Inget har sparats.');
    expect(screen.queryByRole('button', { name: 'Slå ihop' })).toBeNull();
  });

  it('says the file holds nothing new when importing the same file twice', async () => {
    const fileText = await moderatorExport();
    const db = freshDb();
    render(<DataTransfer db={db} lang="sv" actor="Chef" filtered={[]} comments={(keys) => commentsByKey(db, keys)} download={vi.fn()} />);
    pick(fileText);
    fireEvent.click(await screen.findByRole('button', { name: 'Slå ihop' }));
    await screen.findByText(/2 nya uppföljningar, 0 uppdaterade/);
    pick(fileText, 'again.json');
    expect(await screen.findByText('Filen innehåller inget nytt. Inget behöver sparas.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Slå ihop' })).toBeDisabled();
  });
});

describe('DataTransfer export', () => {
  it('exports redacted JSON by default and the filtered list as CSV', async () => {
    const db = freshDb();
    await recordComment(db, seen(CRIME_COMMENT, 'c1'), 'AB', TUE_1000);
    const task = await trackComment(db, 'facebook:c1', 'AB', TUE_1000);
    const download = vi.fn();
    render(<DataTransfer db={db} lang="sv" actor="Chef" filtered={[task]} comments={(keys) => commentsByKey(db, keys)} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: 'Exportera allt (JSON)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, json] = download.mock.calls[0]! as [string, string];
    expect(name).toMatch(/^sekretessvakt-uppfoljning-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json)).toMatchObject({ redacted: true });
    expect(json).not.toContain('Anna Berg');
    fireEvent.click(screen.getByRole('button', { name: 'Exportera listan som CSV (1 uppföljning)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const csv = download.mock.calls[1]![1] as string;
    expect(csv.split('\r\n')[1]).toContain('task:facebook:c1');
    expect(csv).not.toContain('19811218');
  });

  it('warns in words before an unredacted export', () => {
    const db = freshDb();
    render(<DataTransfer db={db} lang="sv" actor="Chef" filtered={[]} comments={(keys) => commentsByKey(db, keys)} download={vi.fn()} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ta med namn och anteckningar som de är skrivna' }));
    expect(screen.getByText(/Filen innehåller då känsliga uppgifter/)).toBeInTheDocument();
  });
});
