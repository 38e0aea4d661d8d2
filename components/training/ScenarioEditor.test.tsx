import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteFreshDbs, freshDb, TUE_1000 } from '../../storage/test-helpers';
import { listCustomScenarios, saveCustomScenarios } from '../../storage/training';
import { stepsFor, validateScenarios, type Scenario } from '../../utils/training/scenario';
import { ScenarioEditor } from './ScenarioEditor';

afterEach(deleteFreshDbs);

/** A valid scenario as a supervisor's file holds it. */
function scenario(id: string, text = 'Jag vill prata om mitt ärende hos socialtjänsten, varför har ingen ringt mig?'): Scenario {
  return {
    id,
    level: 1,
    platform: 'facebook',
    lang: 'sv',
    when: '2026-03-10T10:15',
    post: { author: 'Varbergs kommun', text: 'Nu öppnar den nya simhallen.' },
    comment: { author: 'Kim Testsson', text },
    expected: { labels: ['individual_case'], urgency: 'normal', steps: stepsFor(['individual_case'], 'normal'), referTo: ['individual_matters'] },
    explanation: { sv: 'Ett eget ärende hanteras aldrig i kommentarerna. Hänvisa till rätt kanal.' },
    guideline: ['secrecy', 'refer'],
  };
}

function group(name: string) {
  return screen.getByRole('group', { name });
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** Fills every field but the comment text; the caller decides on it and the urgency. */
function fillAllButComment() {
  type('Datum', '2026-03-10');
  type('Klockslag', '10:15');
  type('Vem skrev inlägget?', 'Varbergs kommun');
  type('Inläggets text', 'Nu öppnar den nya simhallen.');
  type('Vem skrev kommentaren?', 'Kim Testsson');
  fireEvent.click(within(group('Vad finns i kommentaren?')).getByRole('checkbox', { name: 'Enskilt ärende' }));
  fireEvent.click(within(group('Vart ska personen hänvisas?')).getByRole('checkbox', { name: 'Egna ärenden' }));
  type('Förklaring på svenska', 'Ett eget ärende hanteras aldrig i kommentarerna.');
  fireEvent.click(within(group('Vilka delar av riktlinjen gäller?')).getByRole('checkbox', { name: /Hänvisa ärendet vidare/ }));
}

function pick(text: string, name = 'ovningar.json') {
  const input = screen.getByLabelText<HTMLInputElement>('Välj fil med övningar (JSON)');
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  fireEvent.change(input);
}

describe('ScenarioEditor form', () => {
  it('saves a filled form as a valid scenario whose steps follow the guideline', async () => {
    const db = freshDb();
    render(<ScenarioEditor db={db} lang="sv" clock={() => TUE_1000} />);
    fillAllButComment();
    type('Kommentarens text', 'Varför har ingen på socialtjänsten ringt mig om mitt ärende?');
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Hur bråttom är det?' })).getByRole('radio', { name: 'Åtgärda' }));
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Hur svår är övningen?' })).getByRole('radio', { name: 'Nivå 2' }));

    const steps = screen.getByText('Stegen som riktlinjen kräver:').closest('div')!;
    expect(within(steps).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Svara, bekräfta personen och förklara sekretessen',
      'Hänvisa till rätt kanal',
      'Följ upp att personen fått hjälp',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Spara övningen' }));
    expect(await screen.findByText('Övningen är sparad.')).toBeInTheDocument();

    const stored = await listCustomScenarios(db);
    expect(stored).toHaveLength(1);
    const saved = stored[0]!;
    expect(saved.id).toMatch(/^egen-varfor-har-ingen-pa-/);
    expect(saved).toMatchObject({
      level: 2,
      when: '2026-03-10T10:15',
      source: 'custom',
      updatedAt: TUE_1000,
      expected: { labels: ['individual_case'], urgency: 'normal', referTo: ['individual_matters'] },
      guideline: ['refer'],
    });
    expect(saved.expected.steps).toEqual(stepsFor(['individual_case'], 'normal'));
    expect(validateScenarios([saved]).problems).toEqual([]);
    // The form is empty again, and the new scenario is in the list.
    expect(screen.getByLabelText('Kommentarens text')).toHaveValue('');
    expect(await screen.findByText(/Varför har ingen på socialtjänsten ringt mig/)).toBeInTheDocument();
  });

  it('shows errors by their fields and a focused summary, and stores nothing', async () => {
    const db = freshDb();
    render(<ScenarioEditor db={db} lang="sv" clock={() => TUE_1000} />);
    fillAllButComment();
    fireEvent.click(screen.getByRole('button', { name: 'Spara övningen' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Rätta 2 fel innan du sparar');
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Kommentarens text: Skriv kommentarens text.',
      expect.stringMatching(/^Hur bråttom det är: Välj ”Ingen åtgärd” bara när inget är ikryssat/),
    ]);

    const comment = screen.getByLabelText('Kommentarens text');
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveAccessibleDescription(/Fel: Skriv kommentarens text\./);
    const urgency = screen.getByRole('radiogroup', { name: 'Hur bråttom är det?' });
    expect(urgency).toHaveAttribute('aria-invalid', 'true');
    expect(urgency).toHaveAccessibleDescription(/Fel: Välj ”Ingen åtgärd” bara när inget är ikryssat/);

    fireEvent.click(links[0]!);
    expect(comment).toHaveFocus();
    expect(await listCustomScenarios(db)).toEqual([]);

    // Fixing a field takes its error away at once.
    type('Kommentarens text', 'Mitt ärende, varför svarar ingen?');
    expect(comment).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Rätta ett fel innan du sparar');
  });
});

describe('ScenarioEditor import', () => {
  it('stores every scenario of a valid file and says how many', async () => {
    const db = freshDb();
    await saveCustomScenarios(db, [scenario('egen-finns-redan')], TUE_1000 - 1000);
    render(<ScenarioEditor db={db} lang="sv" clock={() => TUE_1000} />);
    pick(JSON.stringify({ scenarios: [scenario('egen-ett'), scenario('egen-tva'), { ...scenario('egen-finns-redan'), source: 'builtin' }] }));
    expect(await screen.findByText('Klart. 2 nya övningar, 1 övning ersatte en äldre version.')).toBeInTheDocument();
    const stored = await listCustomScenarios(db);
    expect(stored.map((s) => s.id).sort()).toEqual(['egen-ett', 'egen-finns-redan', 'egen-tva']);
    expect(stored.every((s) => s.source === 'custom' && s.updatedAt === TUE_1000)).toBe(true);
  });

  it('stores nothing from a file with one broken scenario and lists the problem', async () => {
    const db = freshDb();
    render(<ScenarioEditor db={db} lang="sv" clock={() => TUE_1000} />);
    const broken = { ...scenario('egen-trasig'), comment: { author: 'Kim', text: '   ' } };
    pick(JSON.stringify([scenario('egen-hel'), broken]));
    expect(await screen.findByText('Filen har ett fel. Inget har sparats.')).toBeInTheDocument();
    expect(screen.getByText('Övning 2 (egen-trasig), comment.text: Fältet får inte vara tomt.')).toBeInTheDocument();
    expect(await listCustomScenarios(db)).toEqual([]);
  });

  it('says so when the file is not JSON', async () => {
    const db = freshDb();
    render(<ScenarioEditor db={db} lang="sv" clock={() => TUE_1000} />);
    pick('inte json');
    expect(await screen.findByText(/Filen går inte att läsa/)).toBeInTheDocument();
    expect(await listCustomScenarios(db)).toEqual([]);
  });

  it('does not read a file far larger than any file of scenarios', async () => {
    const db = freshDb();
    render(<ScenarioEditor db={db} lang="sv" clock={() => TUE_1000} />);
    pick(JSON.stringify([scenario('egen-stor')]) + ' '.repeat(2_000_001));
    expect(await screen.findByText(/Filen är för stor/)).toBeInTheDocument();
    expect(await listCustomScenarios(db)).toEqual([]);
  });
});

describe('ScenarioEditor list', () => {
  it('removes a scenario only after the question is answered yes', async () => {
    const db = freshDb();
    await saveCustomScenarios(db, [scenario('egen-ta-bort', 'Den här övningen ska bort.'), scenario('egen-behall', 'Den här övningen blir kvar.')], TUE_1000);
    render(<ScenarioEditor db={db} lang="sv" clock={() => TUE_1000} />);
    const item = (await screen.findByText(/Den här övningen ska bort/)).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Ta bort' }));
    expect(within(item).getByText('Vill du ta bort övningen ”Den här övningen ska bort.”? Det går inte att ångra.')).toHaveFocus();

    fireEvent.click(within(item).getByRole('button', { name: 'Avbryt' }));
    expect(within(item).getByRole('button', { name: 'Ta bort' })).toHaveFocus();
    expect(await listCustomScenarios(db)).toHaveLength(2);

    fireEvent.click(within(item).getByRole('button', { name: 'Ta bort' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Ja, ta bort' }));
    expect(await screen.findByText('Övningen är borttagen.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Den här övningen ska bort/)).toBeNull());
    expect((await listCustomScenarios(db)).map((s) => s.id)).toEqual(['egen-behall']);
  });

  it('exports JSON without storage fields that validates and imports elsewhere', async () => {
    const db = freshDb();
    await saveCustomScenarios(db, [scenario('egen-ett'), { ...scenario('egen-tva'), lookalikeOf: ['crime'], explanation: { sv: 'Förklaring.', en: 'Explanation.' } }], TUE_1000);
    const download = vi.fn();
    render(<ScenarioEditor db={db} lang="sv" clock={() => TUE_1000} download={download} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Exportera egna övningar' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0]! as [string, string];
    expect(name).toBe('sekretessvakt-egna-ovningar-2026-11-24.json');
    expect(text).not.toContain('updatedAt');
    expect(text).not.toContain('"source"');
    const { scenarios, problems } = validateScenarios(JSON.parse(text));
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => s.id).sort()).toEqual(['egen-ett', 'egen-tva']);
    expect(screen.getByText('Filen med 2 övningar laddas ner.')).toBeInTheDocument();

    // Another browser imports the file as it is.
    const other = freshDb();
    render(<ScenarioEditor db={other} lang="sv" clock={() => TUE_1000} />);
    const inputs = screen.getAllByLabelText<HTMLInputElement>('Välj fil med övningar (JSON)');
    Object.defineProperty(inputs[1]!, 'files', { configurable: true, value: [new File([text], name)] });
    fireEvent.change(inputs[1]!);
    await waitFor(async () => expect(await listCustomScenarios(other)).toHaveLength(2));
  });
});

describe('ScenarioEditor in English', () => {
  it('renders its English words', async () => {
    const db = freshDb();
    await saveCustomScenarios(db, [scenario('egen-ett')], TUE_1000);
    render(<ScenarioEditor db={db} lang="en" clock={() => TUE_1000} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Your own scenarios' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'How urgent is it?' })).toBeInTheDocument();
    expect(within(group('What is in the comment?')).getByRole('checkbox', { name: 'Individual case' })).toBeInTheDocument();
    expect(screen.getByText('The steps the guideline requires:')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a file with scenarios (JSON)')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Export your scenarios' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Your scenarios' })).getByText('Level 1')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Save the scenario' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(/Fix \d+ errors before you save/);
    expect(summary).toHaveTextContent('Text of the comment: Write the text of the comment.');
  });
});
