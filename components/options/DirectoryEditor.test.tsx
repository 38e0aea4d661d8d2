import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VARBERG_DIRECTORY, type Directory } from '../../responses/directory';
import type { SekretessvaktDB } from '../../storage/db';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/records';
import { getSettings, saveSettings } from '../../storage/repository';
import { deleteFreshDbs, freshDb } from '../../storage/test-helpers';
import { DirectoryEditor, type DirectoryPreview } from './DirectoryEditor';

afterEach(deleteFreshDbs);

function renderEditor(db: SekretessvaktDB, settings: Settings = DEFAULT_SETTINGS) {
  const onPreview = vi.fn<(preview: DirectoryPreview) => void>();
  const view = render(<DirectoryEditor lang="sv" settings={settings} save={{ db, actor: 'Anna Berg', lang: 'sv', onSaved: vi.fn() }} onPreview={onPreview} />);
  return { ...view, onPreview };
}

/** The editor of the channel whose summary line starts with `name`. */
function channel(name: string) {
  const items = within(screen.getByRole('list', { name: 'Kanaler' })).getAllByRole('listitem');
  const item = items.find((li) => li.querySelector('summary')?.textContent?.startsWith(name));
  if (!item) throw new Error(`no channel ${name}`);
  return within(item);
}

const startEditing = () => fireEvent.click(screen.getByRole('button', { name: 'Redigera en kopia av katalogen' }));
const saveButton = () => screen.getByRole('button', { name: 'Spara katalogen' });

describe('DirectoryEditor', () => {
  it('shows the built-in directory until someone starts editing a copy of it', () => {
    renderEditor(freshDb());
    expect(screen.getByText(/Du använder den inbyggda katalogen för Varbergs kommun/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Kanalerna i den inbyggda katalogen' });
    expect(within(table).getByRole('rowheader', { name: 'Socialjouren' }).closest('tr')).toHaveTextContent('När socialtjänstens mottagningsgrupp för barn och familj har stängt');
    expect(within(table).getByRole('rowheader', { name: 'Barn- och familjeenhetens mottagningsgrupp' }).closest('tr')).toHaveTextContent('mån–tors 08:00–16:30, fre 08:00–15:00, lunchstängt 12:00–13:00');
    expect(screen.queryByRole('button', { name: 'Spara katalogen' })).toBeNull();

    startEditing();
    expect(screen.getByLabelText('På svenska')).toHaveValue('Varbergs kommun');
    expect(screen.getByLabelText('På svenska')).toHaveFocus();
    expect(within(screen.getByRole('list', { name: 'Kanaler' })).getAllByRole('listitem')).toHaveLength(VARBERG_DIRECTORY.channels.length);
  });

  it('shows a Swedish error by an invalid phone number, blocks saving with a summary, and clears it when fixed', async () => {
    const db = freshDb();
    const { onPreview } = renderEditor(db);
    startEditing();
    const phone = channel('Barn- och familjeenhetens mottagningsgrupp').getByLabelText('Telefonnummer');

    fireEvent.change(phone, { target: { value: '12' } });
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    const error = document.getElementById(phone.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(error).toHaveTextContent('Fel: Skriv ett telefonnummer med minst tre siffror, till exempel 0340-88 500.');
    expect(screen.getByText(/Katalogen har ett fel. Du kan spara när det är rättat./)).toBeInTheDocument();
    expect(saveButton()).toBeEnabled();
    expect(onPreview).toHaveBeenLastCalledWith({ directory: VARBERG_DIRECTORY, draftInvalid: true });

    fireEvent.click(saveButton());
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading')).toHaveTextContent('Rätta ett fel innan du sparar');
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: /Barn- och familjeenhetens mottagningsgrupp – Telefonnummer: Skriv ett telefonnummer/ });
    fireEvent.click(link);
    await waitFor(() => expect(phone).toHaveFocus());
    expect((await getSettings(db)).directoryOverride).toBeUndefined();

    fireEvent.change(phone, { target: { value: '0340-88 600' } });
    expect(phone).not.toHaveAttribute('aria-invalid');
    expect(error).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Katalogen har ett fel/)).toBeNull();
    expect(onPreview.mock.lastCall![0].draftInvalid).toBe(false);
    expect(onPreview.mock.lastCall![0].directory.channels[0]!.phone).toBe('0340-88 600');
  });

  it('saves a valid edit, which is read back from the database, and says so', async () => {
    const db = freshDb();
    renderEditor(db);
    startEditing();
    fireEvent.change(screen.getByLabelText('På svenska'), { target: { value: 'Falkenbergs kommun' } });
    const reception = channel('Barn- och familjeenhetens mottagningsgrupp');
    fireEvent.change(reception.getByLabelText('Telefonnummer'), { target: { value: '0346-88 60 00' } });
    fireEvent.change(within(reception.getByRole('group', { name: 'Fredag' })).getByLabelText('Stänger'), { target: { value: '14:30' } });
    fireEvent.click(saveButton());

    expect(await screen.findByText(/^Sparat\. Svaren använder nu den här katalogen\. Sidor som redan är öppna/)).toBeInTheDocument();
    const saved = (await getSettings(db)).directoryOverride as Directory;
    expect(saved.municipality.sv).toBe('Falkenbergs kommun');
    expect(saved.channels[0]).toMatchObject({ id: 'mottagningsgruppen', phone: '0346-88 60 00', hours: { week: { fri: { open: '08:00', close: '14:30' } } } });
    expect(saved.channels).toHaveLength(VARBERG_DIRECTORY.channels.length);
    expect(screen.queryByText('Du har ändringar som inte är sparade.')).toBeNull();
  });

  it('turns a phone number into "unknown" and back', async () => {
    const db = freshDb();
    renderEditor(db);
    startEditing();
    const police = channel('Polisen');
    fireEvent.click(police.getByLabelText('Vi vet inte numret än'));
    expect(police.queryByLabelText('Telefonnummer')).toBeNull();
    fireEvent.click(saveButton());
    await screen.findByText(/^Sparat\./);
    expect(((await getSettings(db)).directoryOverride as Directory).channels.find((c) => c.id === 'polisen')!.phone).toBeNull();

    fireEvent.click(police.getByLabelText('Vi vet inte numret än'));
    expect(police.getByLabelText('Telefonnummer')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows an opening time after the closing time by that weekday', () => {
    renderEditor(freshDb());
    startEditing();
    const monday = within(channel('Barn- och familjeenhetens mottagningsgrupp').getByRole('group', { name: 'Måndag' }));
    fireEvent.change(monday.getByLabelText('Öppnar'), { target: { value: '17:00' } });
    expect(monday.getByText(/Öppningstiden måste vara före stängningstiden/)).toBeInTheDocument();
    expect(monday.getByLabelText('Stänger')).toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(monday.getByLabelText('Öppet'));
    expect(monday.queryByLabelText('Öppnar')).toBeNull();
    expect(monday.queryByText(/Öppningstiden/)).toBeNull();
  });

  it('adds a manager for a service area: internal, for managers, with the area', async () => {
    const db = freshDb();
    renderEditor(db);
    startEditing();
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till chef för ett ansvarsområde' }));
    const items = within(screen.getByRole('list', { name: 'Kanaler' })).getAllByRole('listitem');
    expect(items).toHaveLength(VARBERG_DIRECTORY.channels.length + 1);
    const manager = within(items.at(-1)!);
    const name = manager.getByLabelText('Namn på svenska');
    expect(name).toHaveFocus();
    expect(name).toHaveValue('Ansvarig chef');
    expect(manager.getByLabelText('Intern kontakt')).toBeChecked();
    expect(manager.getByLabelText('Chef för ett ansvarsområde')).toBeChecked();
    fireEvent.change(name, { target: { value: 'Ansvarig chef, kultur och fritid' } });
    fireEvent.change(manager.getByLabelText('Ansvarsområde'), { target: { value: 'fritid' } });
    fireEvent.click(saveButton());

    await screen.findByText(/^Sparat\./);
    const saved = ((await getSettings(db)).directoryOverride as Directory).channels.at(-1);
    expect(saved).toMatchObject({ id: 'chef', name: { sv: 'Ansvarig chef, kultur och fritid' }, internal: true, purposes: ['manager'], serviceArea: 'fritid', phone: null });
  });

  it('says when a removed channel was the one another answers after', () => {
    renderEditor(freshDb());
    startEditing();
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Barn- och familjeenhetens mottagningsgrupp' }));
    expect(screen.getByText(/^Barn- och familjeenhetens mottagningsgrupp är borttagen\./).closest('[role="status"]')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kanaler' })).toHaveFocus();
    // The count on the closed channel's summary line is a word and an icon, not a colour.
    expect(channel('Socialjouren').getByText('1 fel')).toHaveTextContent('⚠ 1 fel');
    expect(channel('Socialjouren').getByText(/Den kanalen finns inte längre i katalogen/)).toBeInTheDocument();
  });

  it('goes back to the built-in directory only after a confirmation, which Escape cancels', async () => {
    const db = freshDb();
    const settings = await saveSettings(db, { directoryOverride: VARBERG_DIRECTORY }, 'Anna Berg', 1);
    renderEditor(db, settings);
    const reset = screen.getByRole('button', { name: 'Återställ till den inbyggda katalogen' });

    fireEvent.click(reset);
    const question = screen.getByText(/Vill du ta bort kommunens egen katalog/);
    expect(question).toHaveFocus();
    fireEvent.keyDown(question, { key: 'Escape' });
    expect(screen.queryByText(/Vill du ta bort kommunens egen katalog/)).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Återställ till den inbyggda katalogen' })).toHaveFocus());
    expect((await getSettings(db)).directoryOverride).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Återställ till den inbyggda katalogen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, återställ' }));
    expect(await screen.findByText(/Den inbyggda katalogen används igen/)).toBeInTheDocument();
    expect((await getSettings(db)).directoryOverride).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Redigera en kopia av katalogen' })).toHaveFocus();
  });

  it('shows a saved directory that no longer validates, with its errors, and says the built-in one is used meanwhile', () => {
    const broken = { ...VARBERG_DIRECTORY, channels: [{ ...VARBERG_DIRECTORY.channels[0]!, phone: 'okänt' }] };
    renderEditor(freshDb(), { ...DEFAULT_SETTINGS, directoryOverride: broken });
    expect(screen.getByText(/Den sparade katalogen har fel/)).toBeInTheDocument();
    expect(channel('Barn- och familjeenhetens mottagningsgrupp').getByLabelText('Telefonnummer')).toHaveAttribute('aria-invalid', 'true');
  });
});
