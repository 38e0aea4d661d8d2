import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VARBERG_DIRECTORY, type Directory } from '../../responses/directory';
import type { SekretessvaktDB } from '../../storage/db';
import { addDiagnostics } from '../../storage/diagnostics';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/records';
import { countTasks, getSettings, recordComment, saveSettings, trackComment } from '../../storage/repository';
import { CHILD_COMMENT, deleteFreshDbs, freshDb, seen, TUE_1000 } from '../../storage/test-helpers';
import { OptionsApp } from './OptionsApp';
import type { OptionsPlatform } from './options-platform';

afterEach(deleteFreshDbs);

function fakePlatform(overrides: Partial<OptionsPlatform> = {}) {
  const downloads: Array<{ fileName: string; text: string }> = [];
  const platform: OptionsPlatform = {
    storageEstimate: vi.fn(async () => ({ usage: 1_500_000, quota: 2_000_000_000 })),
    notifyAcute: vi.fn(async () => false),
    setNotifyAcute: vi.fn(async (on: boolean) => on),
    download: vi.fn((fileName: string, text: string) => void downloads.push({ fileName, text })),
    ...overrides,
  };
  return { platform, downloads };
}

async function renderApp(db: SekretessvaktDB, options: { lang?: 'sv' | 'en'; platform?: OptionsPlatform } = {}) {
  const settings = await getSettings(db);
  const platform = options.platform ?? fakePlatform().platform;
  const view = render(<OptionsApp db={db} settings={settings} lang={options.lang ?? 'sv'} platform={platform} browserLanguages={['sv-SE']} />);
  return { ...view, platform };
}

const section = (name: string) => within(screen.getByRole('region', { name }));

function upload(input: HTMLElement, text: string, name = 'installningar.json') {
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('OptionsApp', () => {
  it('has the Swedish heading, a nav to every section and a heading for each', async () => {
    await renderApp(freshDb());
    expect(screen.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeInTheDocument();
    const nav = within(screen.getByRole('navigation', { name: 'Innehåll på sidan' }));
    const links = nav.getAllByRole('link');
    expect(links).toHaveLength(10);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target, link.textContent!).not.toBeNull();
      expect(within(target!).getByRole('heading', { level: 2 })).toHaveTextContent(link.textContent!);
    }
  });

  it('asks for the moderator’s name, refuses an empty one and saves it', async () => {
    const db = freshDb();
    await renderApp(db);
    const name = section('Ditt namn');
    expect(name.getByText(/Du har inte skrivit något namn än/)).toBeInTheDocument();
    fireEvent.click(name.getByRole('button', { name: 'Spara namnet' }));
    expect(name.getByLabelText('Ditt namn eller dina initialer')).toHaveAttribute('aria-invalid', 'true');
    expect(name.getByText(/Skriv ditt namn eller dina initialer/)).toBeInTheDocument();

    fireEvent.change(name.getByLabelText('Ditt namn eller dina initialer'), { target: { value: ' Anna Berg ' } });
    fireEvent.click(name.getByRole('button', { name: 'Spara namnet' }));
    expect(await name.findByText(/^Sparat\./)).toBeInTheDocument();
    expect((await getSettings(db)).moderator).toBe('Anna Berg');
    expect(name.queryByText(/Du har inte skrivit något namn än/)).toBeNull();
  });

  it('previews the reply with the unsaved draft: a new phone number shows at once', async () => {
    await renderApp(freshDb());
    const preview = section('Förhandsvisa ett svar');
    fireEvent.change(preview.getByLabelText('Datum'), { target: { value: '2026-11-24' } });
    fireEvent.change(preview.getByLabelText('Klockslag'), { target: { value: '10' } });
    expect(preview.getByText('Barn- och familjeenhetens mottagningsgrupp: 0340-88500 (öppet då)')).toBeInTheDocument();

    const directory = section('Kommunens kontaktvägar');
    fireEvent.click(directory.getByRole('button', { name: 'Redigera en kopia av katalogen' }));
    const reception = within(directory.getAllByRole('listitem')[0]!);
    fireEvent.change(reception.getByLabelText('Telefonnummer'), { target: { value: '0340-11 22 33' } });
    expect(preview.getByText('Barn- och familjeenhetens mottagningsgrupp: 0340-11 22 33 (öppet då)')).toBeInTheDocument();

    fireEvent.change(reception.getByLabelText('Telefonnummer'), { target: { value: '0' } });
    expect(preview.getByText(/Förhandsvisningen använder den senaste versionen utan fel/)).toBeInTheDocument();
    expect(preview.getByText('Barn- och familjeenhetens mottagningsgrupp: 0340-11 22 33 (öppet då)')).toBeInTheDocument();

    fireEvent.change(preview.getByLabelText('Klockslag'), { target: { value: '21' } });
    expect(preview.getByText('Socialjouren: 112 (öppet då)')).toBeInTheDocument();
  });

  it('saves the sensitivity per label, with a warning for fewer flags where a miss is serious', async () => {
    const db = freshDb();
    await renderApp(db);
    const sensitivity = section('Känslighet');
    const crime = within(sensitivity.getByRole('group', { name: 'Brott' }));
    const crisis = within(sensitivity.getByRole('group', { name: 'Person i kris' }));
    expect(crime.getByLabelText('Standard')).toBeChecked();
    fireEvent.click(crime.getByLabelText('Känsligare'));
    fireEvent.click(crisis.getByLabelText('Färre flaggor'));
    expect(crisis.getByText(/En missad kommentar om person i kris kan vara allvarlig/)).toBeInTheDocument();
    fireEvent.click(sensitivity.getByRole('button', { name: 'Spara känsligheten' }));
    expect(await sensitivity.findByText(/^Sparat\..*laddar om dem/)).toBeInTheDocument();
    expect((await getSettings(db)).thresholds).toEqual({ crime: 0.35, crisis: 0.65 });

    fireEvent.click(crime.getByLabelText('Standard'));
    fireEvent.click(sensitivity.getByRole('button', { name: 'Spara känsligheten' }));
    await waitFor(async () => expect((await getSettings(db)).thresholds).toEqual({ crisis: 0.65 }));
  });

  it.each(['0', '400', '30,5', ''])('refuses a retention of "%s" days with a message and saves nothing', async (days) => {
    const db = freshDb();
    await renderApp(db);
    const retention = section('Gallring');
    const field = retention.getByLabelText('Antal dagar (1–365)');
    fireEvent.change(field, { target: { value: days } });
    fireEvent.click(retention.getByRole('button', { name: 'Spara gallringstiden' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(retention.getByText(/Skriv ett heltal från 1 till 365/)).toBeInTheDocument();
    expect(field).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await getSettings(db)).retentionDays).toBe(90);
  });

  it('saves a valid retention and explains what is purged', async () => {
    const db = freshDb();
    await renderApp(db);
    const retention = section('Gallring');
    expect(retention.getByText(/Öppna uppföljningar gallras aldrig/)).toBeInTheDocument();
    fireEvent.change(retention.getByLabelText('Antal dagar (1–365)'), { target: { value: '30' } });
    fireEvent.click(retention.getByRole('button', { name: 'Spara gallringstiden' }));
    expect(await retention.findByText('Sparat. Uppgifter sparas nu i 30 dagar.')).toBeInTheDocument();
    expect((await getSettings(db)).retentionDays).toBe(30);
  });

  it('turns acute notifications on through the platform, and says when the browser said no', async () => {
    const { platform } = fakePlatform({ setNotifyAcute: vi.fn(async () => false) });
    await renderApp(freshDb(), { platform });
    const toggle = screen.getByRole('checkbox', { name: 'Visa en avisering när en akut kommentar hittas' });
    fireEvent.click(toggle);
    expect(platform.setNotifyAcute).toHaveBeenCalledWith(true);
    expect(await screen.findByText('Webbläsaren gav inte lov att visa aviseringar. De är av.')).toBeInTheDocument();
    expect(toggle).not.toBeChecked();
  });

  it('erases everything only after RADERA is typed; Escape cancels and returns focus', async () => {
    const db = freshDb();
    await recordComment(db, seen(CHILD_COMMENT, 'c1'), 'Anna Berg', TUE_1000);
    await trackComment(db, 'facebook:c1', 'Anna Berg', TUE_1000);
    await renderApp(db);
    const erase = section('Radera all data');
    const start = erase.getByRole('button', { name: 'Radera all data …' });

    fireEvent.click(start);
    const typed = erase.getByLabelText('Skriv RADERA för att bekräfta');
    await waitFor(() => expect(typed).toHaveFocus());
    fireEvent.click(erase.getByRole('button', { name: 'Radera allt' }));
    expect(erase.getByText(/Skriv RADERA i rutan för att bekräfta/)).toBeInTheDocument();
    fireEvent.change(typed, { target: { value: 'ja' } });
    fireEvent.click(erase.getByRole('button', { name: 'Radera allt' }));
    fireEvent.keyDown(typed, { key: 'Escape' });
    expect(erase.queryByLabelText('Skriv RADERA för att bekräfta')).toBeNull();
    expect(start).toHaveFocus();
    expect((await countTasks(db, TUE_1000)).open).toBe(1);

    fireEvent.click(start);
    fireEvent.change(erase.getByLabelText('Skriv RADERA för att bekräfta'), { target: { value: 'RADERA' } });
    fireEvent.click(erase.getByRole('button', { name: 'Radera allt' }));
    const done = await erase.findByText(/All data är raderad: 1 uppföljning/);
    expect(done).toHaveFocus();
    const counts = await countTasks(db, TUE_1000);
    expect(counts.open + counts.closed).toBe(0);
  });

  it('shows the latest diagnostics in Stockholm time, the error count and the storage used', async () => {
    const db = freshDb();
    await addDiagnostics(
      db,
      [
        { at: TUE_1000, source: 'facebook', kind: 'scan', where: 'www.facebook.com/varbergskommun', message: '12 kommentarer lästa' },
        { at: TUE_1000 + 60_000, source: 'instagram', kind: 'error', where: 'www.instagram.com/p/x', message: 'Hittade inga kommentarer' },
      ],
      TUE_1000,
    );
    await renderApp(db);
    const diagnostics = section('Diagnostik');
    const table = within(await diagnostics.findByRole('table'));
    const rows = table.getAllByRole('row');
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells(rows[1]!)).toEqual(['2026-11-24 10:01', 'Instagram', '⚠ Fel', 'www.instagram.com/p/x', 'Hittade inga kommentarer']);
    expect(cells(rows[2]!)).toEqual(['2026-11-24 10:00', 'Facebook', 'Läsning', 'www.facebook.com/varbergskommun', '12 kommentarer lästa']);
    expect(diagnostics.getByText('1 fel bland de 2 senaste raderna.')).toBeInTheDocument();
    expect(await diagnostics.findByText(/^Sekretessvakt använder 1,5 MB av de 2\s000 MB/)).toBeInTheDocument();
  });

  it('exports the settings without the name and imports them on another machine after showing what changes', async () => {
    const falkenberg: Directory = { ...VARBERG_DIRECTORY, municipality: { sv: 'Falkenbergs kommun', en: 'Falkenberg municipality' } };
    const source = freshDb();
    await saveSettings(source, { moderator: 'Anna Berg', directoryOverride: falkenberg, thresholds: { crime: 0.35 }, retentionDays: 30 }, 'Anna Berg', TUE_1000);
    const { platform, downloads } = fakePlatform();
    const first = await renderApp(source, { platform });
    fireEvent.click(screen.getByRole('button', { name: 'Exportera inställningar' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/^sekretessvakt-installningar-\d{4}-\d{2}-\d{2}\.json$/);
    expect(downloads[0]!.text).not.toContain('Anna Berg');
    expect(screen.getByText(/laddas ned. Den innehåller inte ditt namn/)).toBeInTheDocument();
    first.unmount();

    const target = freshDb();
    await saveSettings(target, { moderator: 'Bo Ek' }, 'Bo Ek', TUE_1000);
    await renderApp(target);
    const share = section('Dela inställningar');
    upload(share.getByLabelText('Importera inställningar från en fil (.json)'), downloads[0]!.text);
    const confirm = within(await share.findByRole('group', { name: 'Det här ändras om du importerar' }));
    expect(confirm.getByText('Kontaktvägarna ersätts med filens: Falkenbergs kommun, 13 kanaler.')).toBeInTheDocument();
    expect(confirm.getByText('Känslighet för brott: Standard blir Känsligare.')).toBeInTheDocument();
    expect(confirm.getByText('Gallringstid: 90 dagar blir 30 dagar.')).toBeInTheDocument();
    expect((await getSettings(target)).retentionDays).toBe(90);

    fireEvent.click(confirm.getByRole('button', { name: 'Importera' }));
    expect(await share.findByText(/Inställningarna från filen gäller nu/)).toBeInTheDocument();
    const saved: Settings = await getSettings(target);
    expect(saved).toMatchObject({ moderator: 'Bo Ek', directoryOverride: falkenberg, thresholds: { crime: 0.35 }, retentionDays: 30 });
    // The other sections start again from what was imported.
    expect(section('Kommunens kontaktvägar').getByLabelText('På svenska')).toHaveValue('Falkenbergs kommun');
    expect(section('Gallring').getByLabelText('Antal dagar (1–365)')).toHaveValue(30);
  });

  it('refuses a file that is not a settings file, says why and changes nothing', async () => {
    const db = freshDb();
    await renderApp(db);
    const share = section('Dela inställningar');
    upload(share.getByLabelText('Importera inställningar från en fil (.json)'), JSON.stringify({ format: 'annat-program', version: 1, retentionDays: 5 }));
    expect(await share.findByRole('alert')).toHaveTextContent('Fel: Filen kommer inte från Sekretessvakt. Inget har ändrats.');
    expect(share.queryByRole('button', { name: 'Importera' })).toBeNull();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('speaks English when the UI language is English', async () => {
    await renderApp(freshDb(), { lang: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'On this page' })).toBeInTheDocument();
    expect(section('Your name').getByRole('button', { name: 'Save name' })).toBeInTheDocument();
    expect(section('Retention').getByLabelText('Number of days (1–365)')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Edit a copy of the directory' }));
    const reception = within(section("The municipality's contact channels").getAllByRole('listitem')[0]!);
    fireEvent.change(reception.getByLabelText('Phone number'), { target: { value: '1' } });
    expect(reception.getByText(/Write a phone number with at least three digits/)).toHaveTextContent(/^⚠ Error: Write a phone number/);
    expect(document.body.textContent).not.toMatch(/Spara|Inställningar|Fel:/);
  });

  it('switches this page to English when English is chosen and saved', async () => {
    const db = freshDb();
    await renderApp(db);
    const language = section('Språk');
    fireEvent.click(language.getByLabelText('English'));
    fireEvent.click(language.getByRole('button', { name: 'Spara språket' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByText(/Saved. This page has changed language/)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect((await getSettings(db)).uiLanguage).toBe('en');
  });
});
