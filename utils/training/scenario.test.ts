// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeProblem, scenarioSchema, stepsFor, validateScenarios, type ScenarioProblem } from './scenario';

/** A valid child-at-risk scenario, written out by hand the way a supervisor would. */
function valid(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'child-neighbour-tuesday',
    level: 1,
    platform: 'facebook',
    lang: 'sv',
    when: '2026-03-10T10:15',
    post: { author: 'Varbergs kommun', text: 'Nu öppnar den nya lekplatsen i Breared.' },
    comment: { author: 'Jenny Åberg', text: 'Grannens lilla barn skriker varje natt och ingen vuxen tröstar. Vem ringer man?' },
    expected: { labels: ['child_at_risk'], urgency: 'high', steps: ['reply', 'refer', 'concern_report', 'follow_up'], referTo: ['child_concern'] },
    explanation: { sv: 'Ett barn kan fara illa: gör en orosanmälan och hänvisa till mottagningsgruppen.' },
    guideline: ['child', 'priority'],
    ...overrides,
  };
}

function withExpected(expected: Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base = valid(overrides);
  return { ...base, expected: { ...(base.expected as Record<string, unknown>), ...expected } };
}

/** The problems of one scenario on its own. */
function problemsOf(raw: unknown): ScenarioProblem[] {
  return validateScenarios([raw]).problems;
}

describe('scenarioSchema and validateScenarios', () => {
  it('accepts a valid scenario unchanged', () => {
    const raw = valid();
    const { scenarios, problems } = validateScenarios([raw]);
    expect(problems).toEqual([]);
    expect(scenarios).toEqual([raw]);
    expect(scenarioSchema.safeParse(raw).success).toBe(true);
  });

  it('accepts a look-alike: no labels, urgency none, no steps, no referral', () => {
    const raw = valid({
      id: 'lookalike-playground-praise',
      expected: { labels: [], urgency: 'none', steps: [], referTo: [] },
      lookalikeOf: ['criticism'],
    });
    expect(problemsOf(raw)).toEqual([]);
  });

  it('refuses labels [] with an urgency other than none, on expected.urgency', () => {
    const problems = problemsOf(withExpected({ labels: [], urgency: 'high', steps: [], referTo: [] }));
    expect(problems).toEqual([{ index: 0, id: 'child-neighbour-tuesday', path: 'expected.urgency', message: expect.stringMatching(/Utan etiketter är brådskan "ingen"/) }]);
  });

  it('refuses urgency none when there are labels, on expected.urgency', () => {
    const problems = problemsOf(withExpected({ labels: ['criticism'], urgency: 'none', steps: ['reply', 'refer', 'inform_manager', 'follow_up'], referTo: ['complaints'] }));
    expect(problems.map((p) => p.path)).toEqual(['expected.urgency']);
    expect(problems[0]!.message).toMatch(/med etiketter är den aldrig "ingen"/);
  });

  it('refuses steps that leave out a step the guideline asks for, naming the steps it wants', () => {
    const problems = problemsOf(withExpected({ steps: ['reply', 'refer', 'follow_up'] }));
    expect(problems).toEqual([expect.objectContaining({ path: 'expected.steps', message: 'Stegen ska följa riktlinjen för de här etiketterna: reply, refer, concern_report, follow_up.' })]);
  });

  it('refuses steps with one the guideline does not ask for', () => {
    const problems = problemsOf(withExpected({ steps: ['reply', 'refer', 'police_report', 'concern_report', 'follow_up'] }));
    expect(problems.map((p) => p.path)).toEqual(['expected.steps']);
    expect(problems[0]!.message).toContain('reply, refer, concern_report, follow_up');
  });

  it('says "inga" when no step is wanted and steps were given anyway', () => {
    const problems = problemsOf(withExpected({ labels: [], urgency: 'none', steps: ['follow_up'], referTo: [] }));
    expect(problems.map((p) => p.message)).toEqual(['Stegen ska följa riktlinjen för de här etiketterna: inga.']);
  });

  it('refuses the same step twice', () => {
    const problems = problemsOf(withExpected({ steps: ['reply', 'refer', 'concern_report', 'follow_up', 'follow_up'] }));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'expected.steps', message: 'Samma steg finns två gånger.' }));
  });

  it('refuses a refer step without referTo, on expected.referTo', () => {
    const problems = problemsOf(withExpected({ referTo: [] }));
    expect(problems).toEqual([expect.objectContaining({ path: 'expected.referTo', message: 'Ange vart personen ska hänvisas när hänvisning är ett steg, annars inget.' })]);
  });

  it('refuses referTo without a refer step (personal data alone is hidden, not referred)', () => {
    const problems = problemsOf(withExpected({ labels: ['sensitive_data'], urgency: 'normal', steps: ['reply', 'hide_personal_data', 'follow_up'], referTo: ['individual_matters'] }));
    expect(problems.map((p) => p.path)).toEqual(['expected.referTo']);
    // The same scenario without referTo is fine, so the referral was the only problem.
    expect(problemsOf(withExpected({ labels: ['sensitive_data'], urgency: 'normal', steps: ['reply', 'hide_personal_data', 'follow_up'], referTo: [] }))).toEqual([]);
  });

  it('refuses lookalikeOf naming a label the scenario carries, on lookalikeOf', () => {
    const problems = problemsOf(valid({ lookalikeOf: ['crime', 'child_at_risk'] }));
    expect(problems).toEqual([expect.objectContaining({ path: 'lookalikeOf', message: 'En liknande etikett kan inte också vara rätt etikett.' })]);
    expect(problemsOf(valid({ lookalikeOf: ['crime'] }))).toEqual([]);
  });

  it.each(['Child-Case', 'ab', '-child-case', 'barn_i_fara', 'barn i fara', 'å-barn', 'x'.repeat(62)])('refuses the id %j', (id) => {
    const problems = problemsOf(valid({ id }));
    expect(problems).toEqual([{ index: 0, id, path: 'id', message: expect.stringMatching(/^Id: små bokstäver/) }]);
  });

  it('accepts ids of 3 and of 61 characters', () => {
    expect(problemsOf(valid({ id: 'a1-' }))).toEqual([]);
    expect(problemsOf(valid({ id: `a${'b'.repeat(60)}` }))).toEqual([]);
  });

  it.each(['2026-02-30T10:00', '2026-03-10T25:00', '2026-03-10T24:00', '2026-03-10T10:60', '2026-13-01T10:00', '2026-03-10 10:00', '2026-03-10T10:00:00', '2026-3-10T10:00', '1999-12-31T10:00', ''])(
    'refuses the time %j',
    (when) => {
      const problems = problemsOf(valid({ when }));
      expect(problems).toEqual([expect.objectContaining({ path: 'when', message: expect.stringMatching(/^Tiden ska skrivas ÅÅÅÅ-MM-DDTtt:mm/) })]);
    },
  );

  it('accepts real dates and times at the edges: a leap day, midnight and 23:59', () => {
    for (const when of ['2028-02-29T00:00', '2026-12-31T23:59', '2026-03-10T00:00']) expect(problemsOf(valid({ when })), when).toEqual([]);
    expect(problemsOf(valid({ when: '2026-02-29T10:00' }))).toHaveLength(1);
  });

  it('refuses an unknown label, on the label itself', () => {
    const problems = problemsOf(withExpected({ labels: ['child_at_risk', 'hate_speech'] }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.path)).toContain('expected.labels.1');
  });

  it('refuses empty text, a level outside 1–3 and a scenario that cites no guideline passage', () => {
    expect(problemsOf(valid({ comment: { author: 'Jenny', text: '   ' } }))).toEqual([expect.objectContaining({ path: 'comment.text', message: 'Fältet får inte vara tomt.' })]);
    expect(problemsOf(valid({ level: 4 }))).toEqual([expect.objectContaining({ path: 'level', message: 'Nivån ska vara 1, 2 eller 3.' })]);
    expect(problemsOf(valid({ guideline: [] }))).toEqual([expect.objectContaining({ path: 'guideline', message: 'Hänvisa till minst ett avsnitt i riktlinjen.' })]);
    expect(problemsOf(valid({ guideline: ['made-up-passage'] })).map((p) => p.path)).toEqual(['guideline.0']);
  });

  it('refuses a duplicate id across the list, keeping the first and reporting the second', () => {
    const first = valid();
    const second = valid({ level: 2 });
    const other = valid({ id: 'child-neighbour-saturday' });
    const { scenarios, problems } = validateScenarios([first, other, second]);
    expect(scenarios.map((s) => [s.id, s.level])).toEqual([
      ['child-neighbour-tuesday', 1],
      ['child-neighbour-saturday', 1],
    ]);
    expect(problems).toEqual([{ index: 2, id: 'child-neighbour-tuesday', path: 'id', message: 'Id child-neighbour-tuesday finns redan.' }]);
  });

  it('keeps the valid scenarios of a list and reports the broken ones by index and id', () => {
    const { scenarios, problems } = validateScenarios([valid({ id: 'first-one' }), valid({ id: 'broken-one', when: '2026-02-30T10:00' }), 'not an object', valid({ id: 'third-one' })]);
    expect(scenarios.map((s) => s.id)).toEqual(['first-one', 'third-one']);
    expect(problems.map((p) => [p.index, p.id])).toEqual([
      [1, 'broken-one'],
      [2, undefined],
    ]);
  });

  it.each([
    ['a string', 'övningar'],
    ['null', null],
    ['a number', 42],
    ['an object without scenarios', { title: 'Mina övningar' }],
    ['scenarios that are not a list', { scenarios: { a: 1 } }],
  ])('refuses %s: the file must hold a list', (_name, input) => {
    expect(validateScenarios(input)).toEqual({ scenarios: [], problems: [{ index: -1, path: '', message: 'Filen ska innehålla en lista med övningar.' }] });
  });

  it('accepts a { scenarios: [...] } wrapper like a bare list', () => {
    const list = [valid(), valid({ id: 'child-neighbour-saturday' })];
    const wrapped = validateScenarios({ scenarios: list });
    expect(wrapped.problems).toEqual([]);
    expect(wrapped).toEqual(validateScenarios(list));
    expect(wrapped.scenarios).toHaveLength(2);
  });

  it('accepts an empty list as no scenarios and no problems', () => {
    expect(validateScenarios([])).toEqual({ scenarios: [], problems: [] });
  });
});

describe('describeProblem', () => {
  it('names the scenario (counted from 1), its id and the path', () => {
    expect(describeProblem({ index: 0, id: 'barn-1', path: 'expected.steps', message: 'Fel.' })).toBe('Övning 1 (barn-1), expected.steps: Fel.');
    expect(describeProblem({ index: 4, path: 'when', message: 'Fel.' })).toBe('Övning 5, when: Fel.');
    expect(describeProblem({ index: 2, id: 'barn-3', path: '', message: 'Fel.' })).toBe('Övning 3 (barn-3): Fel.');
  });

  it('gives the message alone for a problem with the whole file', () => {
    expect(describeProblem({ index: -1, path: '', message: 'Filen ska innehålla en lista med övningar.' })).toBe('Filen ska innehålla en lista med övningar.');
  });
});

describe('stepsFor', () => {
  it('asks for 112 when there is danger now', () => {
    expect(stepsFor(['crisis'], 'acute')).toEqual(['reply', 'refer', 'call_112', 'follow_up']);
    expect(stepsFor(['crisis'], 'high')).not.toContain('call_112');
  });

  it('asks for a report of concern for a child at risk', () => {
    expect(stepsFor(['child_at_risk'], 'high')).toEqual(['reply', 'refer', 'concern_report', 'follow_up']);
  });

  it('asks to inform the manager on criticism', () => {
    expect(stepsFor(['criticism'], 'normal')).toEqual(['reply', 'refer', 'inform_manager', 'follow_up']);
  });

  it('asks for a police report on a crime', () => {
    expect(stepsFor(['crime'], 'normal')).toContain('police_report');
  });

  it('hides personal data and refers nowhere when personal data is the only label', () => {
    const steps = stepsFor(['sensitive_data'], 'normal');
    expect(steps).toEqual(['reply', 'hide_personal_data', 'follow_up']);
    expect(steps).not.toContain('refer');
    // Together with a label that needs a referral, the referral comes back.
    expect(stepsFor(['sensitive_data', 'individual_case'], 'normal')).toContain('refer');
  });

  it('asks for nothing without labels', () => {
    expect(stepsFor([], 'none')).toEqual([]);
  });

  it('combines labels in the guideline order, each step once', () => {
    expect(stepsFor(['criticism', 'crime', 'child_at_risk'], 'acute')).toEqual(['reply', 'refer', 'call_112', 'police_report', 'concern_report', 'inform_manager', 'follow_up']);
  });
});
