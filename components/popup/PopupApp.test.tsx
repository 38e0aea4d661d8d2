import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TaskCounts } from '../../storage/repository';
import { PopupApp, type PopupSource, type TabCounts } from './PopupApp';

const tab: TabCounts = { supported: true, scanned: 14, byUrgency: { acute: 2, high: 1, normal: 4, none: 6 } };
const tasks: TaskCounts = { open: 5, closed: 9, overdue: 2, openByUrgency: { acute: 1, high: 1, normal: 3, none: 0 } };

function source(overrides: Partial<PopupSource> = {}): PopupSource {
  return {
    tabCounts: vi.fn(async () => tab),
    taskCounts: vi.fn(async () => tasks),
    openSidePanel: vi.fn(async () => true),
    openPage: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('PopupApp', () => {
  it('counts the tab’s comments per urgency with a word and an icon, leaving out "Ingen åtgärd"', async () => {
    render(<PopupApp lang="sv" source={source()} />);
    const list = await screen.findByRole('list', { name: 'Kommentarer att hantera, efter brådska' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['⚠ Akut 2', '▲ Brådskande 1', '● Åtgärda 4']);
    expect(screen.getByText('7 kommentarer att hantera')).toBeInTheDocument();
    expect(screen.getByText('14 kommentarer lästa')).toBeInTheDocument();
    expect(screen.queryByText(/Ingen åtgärd/)).not.toBeInTheDocument();
  });

  it('says so on a tab that is not Facebook or Instagram', async () => {
    render(<PopupApp lang="sv" source={source({ tabCounts: async () => ({ supported: false, scanned: 0, byUrgency: { acute: 0, high: 0, normal: 0, none: 0 } }) })} />);
    expect(await screen.findByText('Den här fliken är inte Facebook eller Instagram.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('asks for a reload on a supported site the extension has not read yet', async () => {
    render(<PopupApp lang="sv" source={source({ tabCounts: async () => null })} />);
    expect(await screen.findByText('Sekretessvakt har inte läst sidan än. Ladda om sidan.')).toBeInTheDocument();
  });

  it('says there is nothing to handle when only "Ingen åtgärd" comments were found', async () => {
    render(<PopupApp lang="sv" source={source({ tabCounts: async () => ({ supported: true, scanned: 3, byUrgency: { acute: 0, high: 0, normal: 0, none: 3 } }) })} />);
    expect(await screen.findByText('Inga kommentarer att hantera')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByText('3 kommentarer lästa')).toBeInTheDocument();
  });

  it('states the open follow-ups and how many are overdue in words', async () => {
    render(<PopupApp lang="sv" source={source()} />);
    const section = (await screen.findByRole('heading', { name: 'Uppföljningar' })).closest('section')!;
    await waitFor(() => expect(section).toHaveTextContent('5 öppna uppföljningar. ⚠ 2 är försenade.'));
  });

  it('says none is overdue when the open follow-ups are on time', async () => {
    render(<PopupApp lang="sv" source={source({ taskCounts: async () => ({ ...tasks, open: 1, overdue: 0 }) })} />);
    expect(await screen.findByText('1 öppen uppföljning. Ingen är försenad.')).toBeInTheDocument();
  });

  it('opens the side panel and the pages through the source', async () => {
    const fake = source();
    render(<PopupApp lang="sv" source={fake} />);
    fireEvent.click(screen.getByRole('button', { name: 'Öppna sidopanelen' }));
    // Synchronously, within the click: the browser allows opening the side panel only then.
    expect(fake.openSidePanel).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Öppna uppföljningen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Öppna övningen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Inställningar' }));
    expect(vi.mocked(fake.openPage).mock.calls).toEqual([['dashboard'], ['training'], ['options']]);
    await screen.findByText('5 öppna uppföljningar.', { exact: false });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the side panel cannot be opened', async () => {
    render(<PopupApp lang="sv" source={source({ openSidePanel: async () => false })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Öppna sidopanelen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Det gick inte att öppna sidopanelen.');
  });

  it('shows a short message for each figure it could not read, never a blank popup', async () => {
    const failing = source({
      tabCounts: async () => {
        throw new Error('no receiver');
      },
      taskCounts: async () => {
        throw new Error('database closed');
      },
      openPage: async () => {
        throw new Error('no tabs');
      },
    });
    render(<PopupApp lang="sv" source={failing} />);
    expect(await screen.findByText('Det gick inte att läsa fliken. Stäng och öppna rutan igen.')).toBeInTheDocument();
    expect(await screen.findByText('Det gick inte att räkna uppföljningarna just nu.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Öppna uppföljningen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Det gick inte att öppna sidan. Försök igen.');
  });

  it('speaks English when the UI language is English', async () => {
    render(<PopupApp lang="en" source={source()} />);
    const list = await screen.findByRole('list', { name: 'Comments to handle, by urgency' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['⚠ Acute 2', '▲ Urgent 1', '● Action 4']);
    expect(await screen.findByText('2 are overdue.', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('5 open follow-ups.', { exact: false })).toBeInTheDocument();
    for (const name of ['Open the side panel', 'Open follow-up', 'Open practice', 'Settings']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    render(<PopupApp lang="en" source={source({ tabCounts: async () => ({ supported: false, scanned: 0, byUrgency: { acute: 0, high: 0, normal: 0, none: 0 } }) })} />);
    expect(await screen.findByText('This tab is not Facebook or Instagram.')).toBeInTheDocument();
  });
});
