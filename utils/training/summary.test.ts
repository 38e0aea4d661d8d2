// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../classifiers/types';
import type { AttemptFacts } from './progress';
import { buildSummary, parseSummary, SUMMARY_FORMAT, SUMMARY_VERSION, SummaryFileError, summaryFileName, type TraineeSummary } from './summary';

const NOW = Date.parse('2026-03-11T11:00:00Z');
const DAY = 86_400_000;

function fact(at: number, extra: Partial<AttemptFacts> = {}): AttemptFacts {
  return { at, score: 80, passed: true, sessionId: 's1', expectedUrgency: 'high', givenUrgency: 'high', critical: [], labelOutcomes: {}, ...extra };
}

const ATTEMPTS: AttemptFacts[] = [
  fact(NOW - 20 * DAY, { sessionId: 'a', score: 40, passed: false, labelOutcomes: { crime: 'miss' }, critical: ['missed-112'], givenUrgency: 'normal' }),
  fact(NOW - 20 * DAY + 60_000, { sessionId: 'a', score: 55, passed: false, labelOutcomes: { crime: 'miss', child_at_risk: 'hit' } }),
  fact(NOW - 2 * DAY, { sessionId: 'b', score: 90, labelOutcomes: { crime: 'hit', criticism: 'reject' } }),
  fact(NOW - DAY, { sessionId: 'b', score: 100, labelOutcomes: { criticism: 'hit' } }),
];

/** What parseSummary threw, for a look at its message. */
function refusal(text: string): SummaryFileError {
  try {
    parseSummary(text);
  } catch (error) {
    expect(error).toBeInstanceOf(SummaryFileError);
    return error as SummaryFileError;
  }
  throw new Error('parseSummary accepted the file');
}

describe('buildSummary', () => {
  it('sums up the attempts in figures, for the trainee named, with the time span', () => {
    const summary = buildSummary(ATTEMPTS, '  Åsa Öberg ', NOW);
    expect(summary).toMatchObject({
      format: SUMMARY_FORMAT,
      version: SUMMARY_VERSION,
      trainee: 'Åsa Öberg',
      createdAt: NOW,
      from: NOW - 20 * DAY,
      to: NOW - DAY,
      attempts: 4,
      sessions: 2,
      averageScore: 71,
      passedShare: 0.5,
      urgencyRight: 0.75,
      criticalMisses: 1,
      weakAreas: ['crime'],
    });
    expect(summary.labels.crime).toEqual({ attempts: 3, score: 1 / 3 });
    expect(summary.labels.criticism).toEqual({ attempts: 1, score: 1 });
    expect(summary.weeks).toHaveLength(8);
    expect(summary.weeks.at(-1)).toEqual({ monday: '2026-03-09', week: 11, attempts: 2, averageScore: 95 });
    expect(summary.weeks.reduce((n, w) => n + w.attempts, 0)).toBe(4);
  });

  it('holds figures only: no per-week label detail, no answers', () => {
    const summary = buildSummary(ATTEMPTS, 'Åsa', NOW);
    for (const week of summary.weeks) expect(Object.keys(week).sort()).toEqual(['attempts', 'averageScore', 'monday', 'week']);
    expect(JSON.stringify(summary)).not.toMatch(/reply|svar|sessionId|"a"|"b"/u);
  });

  it('summarises no attempts with nulls, not zeros that look like results', () => {
    const summary = buildSummary([], 'Åsa', NOW);
    expect(summary).toMatchObject({ attempts: 0, sessions: 0, from: null, to: null, averageScore: null, passedShare: null, urgencyRight: null, weakAreas: [] });
  });
});

describe('parseSummary', () => {
  it('reads back exactly what buildSummary wrote', () => {
    const summary = buildSummary(ATTEMPTS, 'Åsa Öberg', NOW);
    expect(parseSummary(JSON.stringify(summary))).toEqual(summary);
    const empty = buildSummary([], 'Bo', NOW);
    expect(parseSummary(JSON.stringify(empty, null, 2))).toEqual(empty);
  });

  it('refuses a file that is not JSON', () => {
    for (const text of ['', 'trainee: Åsa', '{"format":', 'ovning-asa.pdf']) {
      expect(refusal(text).userMessage).toEqual({ sv: 'Filen är inte en JSON-fil.', en: 'The file is not a JSON file.' });
    }
  });

  it('refuses JSON that is not a training summary', () => {
    const foreign = [JSON.stringify({ format: 'sekretessvakt-export', version: 1 }), JSON.stringify([buildSummary(ATTEMPTS, 'Åsa', NOW)]), 'null', '42', '"text"', '{}'];
    for (const text of foreign) expect(refusal(text).userMessage.sv, text).toBe('Filen är ingen övningssammanfattning från Sekretessvakt.');
  });

  it('refuses a summary from a newer version and asks for an update', () => {
    const newer = { ...buildSummary(ATTEMPTS, 'Åsa', NOW), version: SUMMARY_VERSION + 1 };
    const error = refusal(JSON.stringify(newer));
    expect(error.userMessage.sv).toMatch(/nyare version av Sekretessvakt\. Uppdatera tillägget/u);
    expect(error.message).toBe(error.userMessage.en);
    expect(error.name).toBe('SummaryFileError');
  });

  it('refuses a damaged or incomplete summary', () => {
    const good = buildSummary(ATTEMPTS, 'Åsa', NOW) as unknown as Record<string, unknown>;
    const { labels: _labels, ...withoutLabels } = good;
    const damaged: Record<string, unknown>[] = [
      withoutLabels,
      { ...good, attempts: -1 },
      { ...good, averageScore: 140 },
      { ...good, passedShare: 1.5 },
      { ...good, trainee: '   ' },
      { ...good, version: 0 },
      { ...good, weakAreas: ['hate_speech'] },
      { ...good, labels: { ...(good.labels as object), crime: { attempts: 2, score: 'bra' } } },
      { ...good, weeks: [{ monday: '9 mars', week: 11, attempts: 1, averageScore: 50 }] },
      { ...good, createdAt: 'igår' },
    ];
    for (const file of damaged) {
      expect(refusal(JSON.stringify(file)).userMessage.sv, JSON.stringify(file).slice(0, 80)).toBe('Sammanfattningen är skadad eller ofullständig. Be om en ny export.');
    }
  });

  it('keeps every label in the parsed labels', () => {
    const parsed: TraineeSummary = parseSummary(JSON.stringify(buildSummary(ATTEMPTS, 'Åsa', NOW)));
    expect(Object.keys(parsed.labels).sort()).toEqual([...LABELS].sort());
  });
});

describe('summaryFileName', () => {
  const createdAt = Date.parse('2026-03-10T10:00:00Z');

  it('strips diacritics and spaces from the name and adds the date', () => {
    expect(summaryFileName({ trainee: 'Åsa Öberg', createdAt })).toBe('ovning-asa-oberg-2026-03-10.json');
    expect(summaryFileName({ trainee: 'Zoë  Ågren-Lindström', createdAt })).toBe('ovning-zoe-agren-lindstrom-2026-03-10.json');
  });

  it('dates the file by the Stockholm date it was made, not the UTC one', () => {
    // 00:30 on Wednesday 11 March in Stockholm is still 10 March in UTC.
    expect(summaryFileName({ trainee: 'Åsa', createdAt: Date.parse('2026-03-10T23:30:00Z') })).toBe('ovning-asa-2026-03-11.json');
    // 01:30 on 1 July in Stockholm (summer time, UTC+2) is 30 June in UTC.
    expect(summaryFileName({ trainee: 'Åsa', createdAt: Date.parse('2026-06-30T23:30:00Z') })).toBe('ovning-asa-2026-07-01.json');
  });

  it('names a file without a usable name "utan-namn"', () => {
    expect(summaryFileName({ trainee: '  !!  ', createdAt })).toBe('ovning-utan-namn-2026-03-10.json');
  });
});
