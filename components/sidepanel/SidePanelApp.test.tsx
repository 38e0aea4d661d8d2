import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TabScan, TaskStatus } from '../../utils/messages';
import { SidePanelApp, type TriageSource } from './SidePanelApp';

const scan: TabScan = {
  url: 'https://www.facebook.com/varbergskommun/posts/1',
  scanned: 12,
  unreadable: 0,
  items: [
    { key: 'facebook:2', platform: 'facebook', excerpt: 'Min handläggare svarar aldrig', labels: ['individual_case'], urgency: 'normal', depth: 'comment', flaggedAt: 2 },
    { key: 'facebook:1', platform: 'facebook', author: 'Anna Berg', excerpt: 'Jag orkar inte mer', labels: ['crisis'], urgency: 'acute', depth: 'comment', flaggedAt: 3 },
  ],
};

function source(overrides: Partial<TriageSource> = {}) {
  let changed: ((change: { tabId?: number; activated?: boolean }) => void) | undefined;
  const fake: TriageSource & { fire(change: { tabId?: number; activated?: boolean }): void } = {
    currentTab: async () => 7,
    triage: vi.fn(async (tabId: number) => (tabId === 7 ? scan : null)),
    statuses: vi.fn(async (): Promise<Record<string, TaskStatus>> => ({ 'facebook:2': { progress: 'in_progress', overdue: true, done: 1, total: 4 } })),
    reveal: vi.fn(async () => true),
    subscribe: (onChange) => {
      changed = onChange;
      return () => (changed = undefined);
    },
    fire: (change) => changed?.(change),
    ...overrides,
  };
  return fake;
}

describe('SidePanelApp', () => {
  it('lists the current tab’s flagged comments, most urgent first, with their follow-up status', async () => {
    render(<SidePanelApp lang="sv" source={source()} />);
    const buttons = await screen.findAllByRole('button', { name: /^Visa på sidan/ });
    expect(buttons[0]!.getAttribute('aria-label')).toContain('Anna Berg');
    expect(await screen.findByText(/Försenad/)).toBeInTheDocument();
  });

  it('asks the tab to show the comment when "Visa på sidan" is clicked, and says so when it is gone', async () => {
    const fake = source({ reveal: vi.fn(async () => false) });
    render(<SidePanelApp lang="sv" source={fake} />);
    const [first] = await screen.findAllByRole('button', { name: /^Visa på sidan/ });
    fireEvent.click(first!);
    await waitFor(() => expect(fake.reveal).toHaveBeenCalledWith(7, 'facebook:1'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kommentaren finns inte längre på sidan');
  });

  it('explains itself on a tab where the extension does not run', async () => {
    render(<SidePanelApp lang="sv" source={source({ currentTab: async () => 99 })} />);
    expect(await screen.findByText('Sekretessvakt fungerar inte på den här sidan.')).toBeInTheDocument();
  });

  it('refreshes when the background says the tab’s queue changed', async () => {
    const fake = source();
    render(<SidePanelApp lang="sv" source={fake} />);
    await screen.findAllByRole('button', { name: /^Visa på sidan/ });
    const calls = vi.mocked(fake.triage).mock.calls.length;
    await act(async () => fake.fire({ tabId: 7 }));
    expect(vi.mocked(fake.triage).mock.calls.length).toBe(calls + 1);
    await act(async () => fake.fire({ tabId: 8 }));
    expect(vi.mocked(fake.triage).mock.calls.length).toBe(calls + 1);
  });

  it('turns acute notifications on through the source, which asks for the permission', async () => {
    const setNotifyAcute = vi.fn(async (on: boolean) => on);
    render(<SidePanelApp lang="sv" source={source({ notifyAcute: async () => false, setNotifyAcute })} />);
    const toggle = await screen.findByRole('checkbox', { name: 'Visa en avisering när en akut kommentar hittas' });
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(setNotifyAcute).toHaveBeenCalledWith(true);
  });
});
