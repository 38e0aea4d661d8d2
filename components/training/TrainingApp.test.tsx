import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '../../responses/random';
import { DEFAULT_SETTINGS } from '../../storage/records';
import { saveSettings } from '../../storage/repository';
import { deleteFreshDbs, freshDb, TUE_1000 } from '../../storage/test-helpers';
import { listAttempts } from '../../storage/training';
import { mergePool, TrainingApp, viewOf } from './TrainingApp';
import { CHILD_SCENARIO, CRIME_SCENARIO, TEST_LIBRARY } from './test-scenarios';
import { trainingText } from './training-text';

afterEach(deleteFreshDbs);
beforeEach(() => history.replaceState(null, '', '#'));

const sv = trainingText('sv');

async function renderApp(download = vi.fn()) {
  const db = freshDb();
  await saveSettings(db, { moderator: 'Åsa Öberg' }, 'Åsa Öberg', TUE_1000);
  render(
    <TrainingApp db={db} settings={{ ...DEFAULT_SETTINGS, moderator: 'Åsa Öberg' }} lang="sv" download={download} clock={() => TUE_1000} random={mulberry32(1)} library={TEST_LIBRARY} />,
  );
  return { db, download };
}

/** Answers the scenario on screen exactly as its expected answer says, with a reply that passes the draft check. */
function answerRight(scenario: typeof CHILD_SCENARIO, channelName: RegExp) {
  const form = screen.getByRole('form', { name: sv.practice.answerHeading });
  for (const label of scenario.expected.labels) fireEvent.click(within(form).getByRole('checkbox', { name: LABEL_NAMES[label] }));
  fireEvent.click(within(form).getByRole('radio', { name: new RegExp(`^${URGENCY_WORDS[scenario.expected.urgency]}`) }));
  for (const step of scenario.expected.steps) fireEvent.click(within(form).getByRole('checkbox', { name: sv.practice.steps[step] }));
  if (scenario.expected.steps.includes('refer')) fireEvent.click(within(form).getByRole('checkbox', { name: channelName }));
  fireEvent.change(within(form).getByRole('textbox', { name: sv.practice.replyLabel }), {
    target: { value: 'Tack för att du hör av dig, det låter oroande. Av sekretesskäl kan vi inte ta det här. Ring socialtjänstens mottagning på 0340-88500 eller polisen på 114 14.' },
  });
  fireEvent.click(within(form).getByRole('button', { name: sv.practice.submit }));
}

const LABEL_NAMES: Record<string, string> = { child_at_risk: 'Barn som far illa', crime: 'Brott' };
const URGENCY_WORDS: Record<string, string> = { acute: 'Akut', high: 'Brådskande', normal: 'Åtgärda', none: 'Ingen åtgärd' };

describe('TrainingApp', () => {
  it('runs a round: answer, feedback, a harder scenario after a pass, the summary, and every attempt stored', async () => {
    const { db } = await renderApp();
    const focus = await screen.findByRole('combobox', { name: sv.start.focusLabel });
    fireEvent.change(focus, { target: { value: 'child_at_risk' } });
    expect(screen.getByText(sv.start.tooFew(1))).toBeInTheDocument();
    fireEvent.change(focus, { target: { value: 'all' } });
    fireEvent.click(screen.getByRole('radio', { name: sv.start.length(5) }));
    fireEvent.click(screen.getByRole('button', { name: sv.start.begin }));

    // Level 1 first: the child scenario is the only one.
    expect(await screen.findByText(CHILD_SCENARIO.comment.text)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: sv.practice.position(1, 3) })).toHaveFocus();
    expect(screen.getByText(sv.practice.posted('tisdag 24 november 2026 kl. 10.00'))).toBeInTheDocument();

    // Submitting without an urgency asks for one and scores nothing.
    fireEvent.click(screen.getByRole('button', { name: sv.practice.submit }));
    expect(screen.getByText(sv.practice.chooseUrgency)).toBeInTheDocument();

    answerRight(CHILD_SCENARIO, /mottagningsgrupp/);
    expect(await screen.findByRole('heading', { level: 2, name: sv.feedback.heading })).toBeInTheDocument();
    expect(screen.getByText(sv.feedback.passed, { exact: false })).toBeInTheDocument();
    await waitFor(async () => expect(await listAttempts(db)).toHaveLength(1));

    // Passed at level 1, so level 2 next.
    fireEvent.click(screen.getByRole('button', { name: sv.feedback.next }));
    expect(await screen.findByText(CRIME_SCENARIO.comment.text)).toBeInTheDocument();
    expect(screen.getByText(sv.practice.level(2))).toBeInTheDocument();

    // A blank answer: not passed, and stored all the same.
    fireEvent.click(screen.getByRole('radio', { name: /^Ingen åtgärd/ }));
    fireEvent.click(screen.getByRole('button', { name: sv.practice.submit }));
    expect(await screen.findByText(sv.feedback.notPassed, { exact: false })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: sv.practice.endSession }));

    expect(await screen.findByRole('heading', { level: 2, name: sv.summary.heading })).toHaveFocus();
    expect(screen.getByText(sv.summary.passed(1, 2), { exact: false })).toBeInTheDocument();
    const attempts = await listAttempts(db);
    expect(attempts.map((a) => [a.scenarioId, a.passed])).toEqual([
      ['test-child', true],
      ['test-crime', false],
    ]);
    expect(attempts[1]!.labelOutcomes.crime).toBe('miss');
    expect(new Set(attempts.map((a) => a.sessionId)).size).toBe(1);
  });

  it('shows results per label and exports a summary for the supervisor without any answers', async () => {
    const { download } = await renderApp();
    fireEvent.click(await screen.findByRole('button', { name: sv.start.begin }));
    answerRight(CHILD_SCENARIO, /mottagningsgrupp/);
    await screen.findByRole('heading', { level: 2, name: sv.feedback.heading });
    fireEvent.click(screen.getByRole('link', { name: sv.views.progress }));
    expect(location.hash).toBe('#resultat');
    await waitFor(() => expect(within(screen.getByRole('row', { name: /^Barn som far illa/ })).getByText('100 %')).toBeInTheDocument());

    fireEvent.click(screen.getByRole('button', { name: sv.progress.exportButton }));
    expect(download).toHaveBeenCalledOnce();
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toBe('ovning-asa-oberg-2026-11-24.json');
    const summary = JSON.parse(text);
    expect(summary).toMatchObject({ trainee: 'Åsa Öberg', attempts: 1, averageScore: 100 });
    expect(text).not.toContain('sekretesskäl');
    expect(screen.getByRole('status')).toHaveTextContent(sv.progress.exported(fileName));
  });

  it('lets an own scenario replace the built-in one with the same id, and adds the others', () => {
    const own = { ...CRIME_SCENARIO, source: 'custom' as const, comment: { ...CRIME_SCENARIO.comment, text: 'Egen variant.' } };
    const pool = mergePool(TEST_LIBRARY, [own, { ...own, id: 'egen-ny' }]);
    expect(pool.map((s) => s.id)).toEqual(['test-child', 'test-lookalike', 'test-crime', 'egen-ny']);
    expect(pool.find((s) => s.id === 'test-crime')!.comment.text).toBe('Egen variant.');
  });

  it('opens the view the address names, and falls back to practice', () => {
    expect(viewOf('#resultat')).toBe('progress');
    expect(viewOf('#egna')).toBe('own');
    expect(viewOf('#ova')).toBe('practice');
    expect(viewOf('#%E0%A4%A')).toBe('practice');
  });
});
