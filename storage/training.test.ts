// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../classifiers/types';
import type { Scenario } from '../utils/training/scenario';
import type { LabelOutcome } from '../utils/training/scoring';
import { buildSummary, type TraineeSummary } from '../utils/training/summary';
import { StorageError } from './errors';
import { recordComment, trackComment } from './repository';
import { eraseAll } from './retention';
import { CHILD_COMMENT, DAY, deleteFreshDbs, freshDb, seen, TUE_1000 } from './test-helpers';
import {
  addAttempt,
  deleteCustomScenario,
  deleteTraineeSummary,
  importTraineeSummary,
  listAttempts,
  listCustomScenarios,
  listTraineeSummaries,
  saveCustomScenarios,
  summaryIdOf,
  TRAINING_ATTEMPTS_KEPT,
  type TrainingAttempt,
} from './training';

afterEach(deleteFreshDbs);

const outcomes = (hits: Label[] = []): Record<Label, LabelOutcome> => Object.fromEntries(LABELS.map((label) => [label, hits.includes(label) ? 'hit' : 'reject'])) as Record<Label, LabelOutcome>;

function attempt(at: number, extra: Partial<TrainingAttempt> = {}): Omit<TrainingAttempt, 'id'> {
  return {
    sessionId: 'session-1',
    scenarioId: `scenario-${at}`,
    at,
    level: 1,
    focus: 'all',
    expectedLabels: ['child_at_risk'],
    expectedUrgency: 'high',
    givenUrgency: 'high',
    labelOutcomes: outcomes(['child_at_risk']),
    score: 90,
    passed: true,
    critical: [],
    findings: [],
    ...extra,
  };
}

function scenario(id: string, extra: Partial<Scenario> = {}): Scenario {
  return {
    id,
    level: 1,
    platform: 'facebook',
    lang: 'sv',
    when: '2026-03-10T10:00',
    post: { author: 'Varbergs kommun', text: 'Nu öppnar lekplatsen.' },
    comment: { author: 'Jenny', text: `Kommentar till ${id}` },
    expected: { labels: ['criticism'], urgency: 'normal', steps: ['reply', 'refer', 'inform_manager', 'follow_up'], referTo: ['complaints'] },
    explanation: { sv: 'Förklaring.' },
    guideline: ['criticism'],
    ...extra,
  };
}

function summary(trainee: string, createdAt: number): TraineeSummary {
  const facts = [attempt(createdAt - DAY), attempt(createdAt - 2 * DAY, { score: 40, passed: false })];
  return buildSummary(facts, trainee, createdAt);
}

describe('training attempts', () => {
  it('stores an attempt with a new id and lists attempts oldest first', async () => {
    const d = freshDb();
    const later = await addAttempt(d, attempt(TUE_1000 + 60_000, { scenarioId: 'later' }));
    const earlier = await addAttempt(d, attempt(TUE_1000, { scenarioId: 'earlier', findings: ['invites-private-message'] }));
    expect(typeof later.id).toBe('number');
    expect(earlier.id).not.toBe(later.id);
    const listed = await listAttempts(d);
    expect(listed.map((a) => a.scenarioId)).toEqual(['earlier', 'later']);
    expect(listed[0]).toEqual({ ...attempt(TUE_1000, { scenarioId: 'earlier', findings: ['invites-private-message'] }), id: earlier.id });
  });

  it(`keeps at most ${TRAINING_ATTEMPTS_KEPT} attempts, dropping the oldest`, async () => {
    const d = freshDb();
    const extra = 3;
    await d.trainingAttempts.bulkAdd(Array.from({ length: TRAINING_ATTEMPTS_KEPT + extra }, (_, i) => attempt(TUE_1000 + i * 1000) as TrainingAttempt));
    expect(await d.trainingAttempts.count()).toBe(TRAINING_ATTEMPTS_KEPT + extra);
    const newest = await addAttempt(d, attempt(TUE_1000 + DAY, { scenarioId: 'newest' }));
    expect(await d.trainingAttempts.count()).toBe(TRAINING_ATTEMPTS_KEPT);
    const kept = await listAttempts(d);
    // The extra three and one more for the new attempt went, oldest first.
    expect(kept[0]!.at).toBe(TUE_1000 + (extra + 1) * 1000);
    expect(kept.at(-1)).toEqual(newest);
    expect(kept.some((a) => a.at < TUE_1000 + (extra + 1) * 1000)).toBe(false);
  }, 30_000);

  it('drops nothing below the bound', async () => {
    const d = freshDb();
    for (let i = 0; i < 5; i++) await addAttempt(d, attempt(TUE_1000 + i));
    expect(await d.trainingAttempts.count()).toBe(5);
  });

  it('holds no reply text: only what the draft check found', async () => {
    const d = freshDb();
    await addAttempt(d, attempt(TUE_1000, { findings: ['invites-private-message', 'lacks-referral'] }));
    const stored = (await listAttempts(d))[0]!;
    expect(Object.keys(stored).sort()).toEqual(
      ['at', 'critical', 'expectedLabels', 'expectedUrgency', 'findings', 'focus', 'givenUrgency', 'id', 'labelOutcomes', 'level', 'passed', 'scenarioId', 'score', 'sessionId'].sort(),
    );
  });
});

describe('custom scenarios', () => {
  it('saves scenarios as custom, counting added and replaced, the same id replacing the earlier version', async () => {
    const d = freshDb();
    expect(await saveCustomScenarios(d, [scenario('egen-a'), scenario('egen-b', { source: 'builtin' })], TUE_1000)).toEqual({ added: 2, replaced: 0 });
    const changed = scenario('egen-b', { level: 3, comment: { author: 'Jenny', text: 'Ny text' } });
    expect(await saveCustomScenarios(d, [changed, scenario('egen-c')], TUE_1000 + 1000)).toEqual({ added: 1, replaced: 1 });
    const listed = await listCustomScenarios(d);
    expect(listed).toHaveLength(3);
    expect(listed.every((s) => s.source === 'custom')).toBe(true);
    expect(listed.find((s) => s.id === 'egen-b')).toEqual({ ...changed, source: 'custom', updatedAt: TUE_1000 + 1000 });
    expect(listed.find((s) => s.id === 'egen-a')?.updatedAt).toBe(TUE_1000);
    // Most recently updated first.
    expect(listed.at(-1)!.id).toBe('egen-a');
  });

  it('saves all or nothing: one bad record leaves the stored scenarios as they were', async () => {
    const d = freshDb();
    await saveCustomScenarios(d, [scenario('egen-a')], TUE_1000);
    // Passes the id lookup, then fails to be written (a function cannot be stored), after the others were put.
    const broken = { ...scenario('trasig'), explanation: { sv: 'Förklaring.', en: () => 'x' } } as unknown as Scenario;
    const error = await saveCustomScenarios(d, [scenario('egen-a', { level: 2 }), scenario('egen-b'), broken], TUE_1000 + 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    const listed = await listCustomScenarios(d);
    expect(listed.map((s) => [s.id, s.level, s.updatedAt])).toEqual([['egen-a', 1, TUE_1000]]);
  });

  it('saves an empty list as nothing', async () => {
    const d = freshDb();
    expect(await saveCustomScenarios(d, [], TUE_1000)).toEqual({ added: 0, replaced: 0 });
    expect(await listCustomScenarios(d)).toEqual([]);
  });

  it('deletes one scenario and leaves the rest', async () => {
    const d = freshDb();
    await saveCustomScenarios(d, [scenario('egen-a'), scenario('egen-b')], TUE_1000);
    await deleteCustomScenario(d, 'egen-a');
    expect((await listCustomScenarios(d)).map((s) => s.id)).toEqual(['egen-b']);
    await deleteCustomScenario(d, 'finns-inte');
    expect(await d.trainingScenarios.count()).toBe(1);
  });
});

describe('trainee summaries', () => {
  it('keeps one copy when the same file is imported twice', async () => {
    const d = freshDb();
    const file = summary('Åsa Öberg', TUE_1000);
    const first = await importTraineeSummary(d, file, TUE_1000 + DAY);
    expect(first.replaced).toBe(false);
    expect(first.stored).toEqual({ ...file, id: summaryIdOf(file), importedAt: TUE_1000 + DAY });
    const second = await importTraineeSummary(d, file, TUE_1000 + 2 * DAY);
    expect(second.replaced).toBe(true);
    const listed = await listTraineeSummaries(d);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.importedAt).toBe(TUE_1000 + 2 * DAY);
  });

  it('tells the same trainee’s summaries from different days apart, whatever the case of the name', async () => {
    const d = freshDb();
    await importTraineeSummary(d, summary('Åsa Öberg', TUE_1000), TUE_1000);
    expect((await importTraineeSummary(d, { ...summary('Åsa Öberg', TUE_1000), trainee: 'ÅSA ÖBERG' }, TUE_1000 + 1)).replaced).toBe(true);
    expect((await importTraineeSummary(d, summary('Åsa Öberg', TUE_1000 + 7 * DAY), TUE_1000 + 2)).replaced).toBe(false);
    expect(await d.traineeSummaries.count()).toBe(2);
  });

  it('lists the newest import first', async () => {
    const d = freshDb();
    // Imported in an order that is neither by name nor by when the summaries were made.
    await importTraineeSummary(d, summary('Bo', TUE_1000 + 5 * DAY), TUE_1000 + 10);
    await importTraineeSummary(d, summary('Cecilia', TUE_1000), TUE_1000 + 30);
    await importTraineeSummary(d, summary('Anna', TUE_1000 + 3 * DAY), TUE_1000 + 20);
    expect((await listTraineeSummaries(d)).map((s) => s.trainee)).toEqual(['Cecilia', 'Anna', 'Bo']);
  });

  it('deletes one summary', async () => {
    const d = freshDb();
    const { stored } = await importTraineeSummary(d, summary('Bo', TUE_1000), TUE_1000);
    await importTraineeSummary(d, summary('Anna', TUE_1000), TUE_1000);
    await deleteTraineeSummary(d, stored.id);
    expect((await listTraineeSummaries(d)).map((s) => s.trainee)).toEqual(['Anna']);
  });
});

describe('eraseAll and training', () => {
  it('clears attempts, own scenarios and imported summaries with everything else', async () => {
    const d = freshDb();
    await recordComment(d, seen(CHILD_COMMENT, 'c1'), 'AB', TUE_1000);
    await trackComment(d, 'facebook:c1', 'AB', TUE_1000);
    await addAttempt(d, attempt(TUE_1000));
    await saveCustomScenarios(d, [scenario('egen-a')], TUE_1000);
    await importTraineeSummary(d, summary('Åsa', TUE_1000), TUE_1000);
    expect([await d.trainingAttempts.count(), await d.trainingScenarios.count(), await d.traineeSummaries.count()]).toEqual([1, 1, 1]);
    await eraseAll(d, 'AB', TUE_1000 + DAY);
    expect([await d.trainingAttempts.count(), await d.trainingScenarios.count(), await d.traineeSummaries.count()]).toEqual([0, 0, 0]);
    expect([await d.comments.count(), await d.tasks.count()]).toEqual([0, 0]);
    expect((await d.audit.toArray()).map((a) => a.action)).toEqual(['data.erased']);
  });
});
