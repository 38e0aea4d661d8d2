import { describe, expect, it } from 'vitest';
import type { Label } from '../../classifiers/types';
import type { FlaggedComment, FollowUpTask, StepState } from '../../storage/records';
import { flagsPerLabelPerWeek, openAndOverdueOverTime, timeToFirstReply } from './chart-data';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);

/** 10:00 on Wednesday 25 November 2026 in Stockholm (UTC+1): ISO week 48. */
const WED_1000 = at('2026-11-25T09:00:00Z');
/** Monday 23 November 2026, 00:00 in Stockholm: week 48 starts. */
const WEEK_48 = at('2026-11-22T23:00:00Z');

function comment(key: string, firstSeen: number, labels: Label[], extra: Partial<FlaggedComment> = {}): FlaggedComment {
  return {
    key,
    platform: 'facebook',
    commentId: key,
    excerpt: 'Maskerat utdrag',
    assessment: { lang: 'sv', labels, urgency: 'high', scores: {} as Record<Label, number>, evidence: [], actions: ['acknowledge'] },
    firstSeen,
    lastSeen: firstSeen,
    updatedAt: firstSeen,
    ...extra,
  };
}

function task(commentKey: string, createdAt: number, extra: Partial<FollowUpTask> = {}): FollowUpTask {
  return {
    id: `task:${commentKey}`,
    commentKey,
    platform: 'facebook',
    urgency: 'high',
    labels: ['crime'],
    checklist: ['acknowledged', 'got_help'],
    steps: {},
    status: 'open',
    createdAt,
    createdBy: 'AB',
    dueAt: createdAt + 6 * HOUR,
    updatedAt: createdAt,
    ...extra,
  };
}

const replied = (replyAt: number, done = true): { acknowledged: StepState } => ({ acknowledged: { done, by: 'AB', at: replyAt } });

describe('the weeks counted', () => {
  const weeksOf = (now: number, count: number) => flagsPerLabelPerWeek([], now, count);

  it('are ISO weeks in Stockholm, oldest first, the week of now last', () => {
    expect(weeksOf(WED_1000, 3).map(({ year, week, monday }) => ({ year, week, monday }))).toEqual([
      { year: 2026, week: 46, monday: '2026-11-09' },
      { year: 2026, week: 47, monday: '2026-11-16' },
      { year: 2026, week: 48, monday: '2026-11-23' },
    ]);
    expect(weeksOf(WED_1000, 1)[0]).toMatchObject({ start: WEEK_48, end: WEEK_48 + 7 * DAY });
  });

  it('are numbered across New Year by the ISO year, week 53 included', () => {
    // 2026 has 53 ISO weeks; 1 January 2027 is a Friday, so it still belongs to week 53.
    expect(weeksOf(at('2027-01-06T12:00:00Z'), 3).map(({ year, week }) => `${year}-${week}`)).toEqual(['2026-52', '2026-53', '2027-1']);
  });

  it('are an hour shorter when summer time starts and an hour longer when it ends', () => {
    const spring = weeksOf(at('2026-04-01T10:00:00Z'), 2)[0];
    expect(spring).toMatchObject({ week: 13, start: at('2026-03-22T23:00:00Z'), end: at('2026-03-29T22:00:00Z') });
    const autumn = weeksOf(at('2026-10-28T12:00:00Z'), 2)[0];
    expect(autumn).toMatchObject({ week: 43, start: at('2026-10-18T22:00:00Z'), end: at('2026-10-25T23:00:00Z') });
  });

  it('are none when none are asked for', () => {
    expect(weeksOf(WED_1000, 0)).toEqual([]);
    expect(timeToFirstReply([], [], WED_1000, -1)).toEqual([]);
    expect(openAndOverdueOverTime([], WED_1000, 0)).toEqual([]);
  });
});

describe('flagsPerLabelPerWeek', () => {
  it('counts the last 8 weeks by default, all zero without comments', () => {
    const rows = flagsPerLabelPerWeek([], WED_1000);
    expect(rows).toHaveLength(8);
    expect(rows.map((row) => row.week)).toEqual([41, 42, 43, 44, 45, 46, 47, 48]);
    for (const row of rows) {
      expect(row.flagged).toBe(0);
      expect(row.dismissed).toBe(0);
      expect(Object.values(row.labels)).toEqual([0, 0, 0, 0, 0, 0]);
    }
  });

  it('puts a comment in the Stockholm week it was first seen, around the autumn DST change', () => {
    const now = at('2026-10-28T12:00:00Z'); // week 44
    const rows = flagsPerLabelPerWeek(
      [
        comment('sun-before-w43', at('2026-10-18T21:59:00Z'), ['crime']), // Sun 18 Oct 23:59 CEST: week 42
        comment('mon-w43', at('2026-10-18T22:00:00Z'), ['crime']), // Mon 19 Oct 00:00 CEST
        comment('last-sun-w43', at('2026-10-25T22:30:00Z'), ['crime']), // Sun 25 Oct 23:30 CET, after the change
        comment('mon-w44', at('2026-10-25T23:00:00Z'), ['crime']), // Mon 26 Oct 00:00 CET
      ],
      now,
      2,
    );
    expect(rows.map((row) => [row.week, row.labels.crime])).toEqual([
      [43, 2],
      [44, 1],
    ]);
  });

  it('puts a comment in the Stockholm week it was first seen, around the spring DST change', () => {
    const now = at('2026-04-01T10:00:00Z'); // week 14
    const rows = flagsPerLabelPerWeek(
      [
        comment('sun-w12', at('2026-03-22T22:59:00Z'), ['crisis']), // Sun 22 Mar 23:59 CET
        comment('mon-w13', at('2026-03-22T23:00:00Z'), ['crisis']), // Mon 23 Mar 00:00 CET
        comment('last-sun-w13', at('2026-03-29T21:59:00Z'), ['crisis']), // Sun 29 Mar 23:59 CEST
        comment('mon-w14', at('2026-03-29T22:00:00Z'), ['crisis']), // Mon 30 Mar 00:00 CEST
      ],
      now,
      3,
    );
    expect(rows.map((row) => [row.week, row.flagged])).toEqual([
      [12, 1],
      [13, 2],
      [14, 1],
    ]);
  });

  it('counts a comment with two labels once for each label, and once as a comment', () => {
    const [row] = flagsPerLabelPerWeek(
      [comment('two', WEEK_48 + HOUR, ['child_at_risk', 'crime']), comment('dup', WEEK_48 + HOUR, ['crime', 'crime'])],
      WED_1000,
      1,
    );
    expect(row?.labels).toEqual({ individual_case: 0, child_at_risk: 1, crime: 2, crisis: 0, criticism: 0, sensitive_data: 0 });
    expect(row?.flagged).toBe(2);
  });

  it('leaves dismissed comments out of the labels and counts them on their own', () => {
    const [row] = flagsPerLabelPerWeek(
      [
        comment('real', WEEK_48 + HOUR, ['crime']),
        comment('false-positive', WEEK_48 + HOUR, ['crime', 'criticism'], { dismissedAt: WEEK_48 + 2 * HOUR, dismissedBy: 'AB' }),
      ],
      WED_1000,
      1,
    );
    expect(row).toMatchObject({ flagged: 1, dismissed: 1 });
    expect(row?.labels.crime).toBe(1);
    expect(row?.labels.criticism).toBe(0);
  });

  it('ignores comments before the first week, after the current week, or with no time', () => {
    const rows = flagsPerLabelPerWeek(
      [
        comment('too-old', WEEK_48 - 7 * DAY - 1, ['crime']),
        comment('next-week', WEEK_48 + 7 * DAY, ['crime']),
        comment('no-time', Number.NaN, ['crime']),
        comment('later-this-week', WEEK_48 + 5 * DAY, ['crime']),
      ],
      WED_1000,
      2,
    );
    expect(rows.map((row) => row.flagged)).toEqual([0, 1]);
  });
});

describe('timeToFirstReply', () => {
  it('gives the median and the 90th percentile in minutes from the flag to the public reply', () => {
    const flag = WEEK_48 + 8 * HOUR;
    const comments = [10, 20, 30, 40, 100].map((_, i) => comment(`c${i}`, flag, ['crime']));
    const tasks = [10, 20, 30, 40, 100].map((minutes, i) => task(`c${i}`, flag + MINUTE, { steps: replied(flag + minutes * MINUTE) }));
    const [row] = timeToFirstReply(tasks, comments, WED_1000, 1);
    // By nearest rank, as the weekly summary counts: 90 % of five replies is 4.5, so the 5th.
    expect(row).toMatchObject({ week: 48, median: 30, p90: 100, replied: 5, unanswered: 0 });
  });

  it('averages the two middle values of an even count', () => {
    const flag = WEEK_48 + HOUR;
    const tasks = [task('a', flag, { steps: replied(flag + 10 * MINUTE) }), task('b', flag, { steps: replied(flag + 20 * MINUTE) })];
    const [row] = timeToFirstReply(tasks, [], WED_1000, 1);
    expect(row?.median).toBe(15);
    expect(row?.p90).toBe(20);
  });

  it("measures from the comment's first sighting and files the task under that week", () => {
    const seenLastWeek = WEEK_48 - HOUR; // Sun 22 Nov 23:00: week 47
    const createdThisWeek = WEEK_48 + HOUR;
    const rows = timeToFirstReply(
      [task('c', createdThisWeek, { steps: replied(createdThisWeek + 30 * MINUTE) })],
      [comment('c', seenLastWeek, ['crime'])],
      WED_1000,
      2,
    );
    expect(rows.map((row) => [row.week, row.median, row.replied])).toEqual([
      [47, 150, 1],
      [48, null, 0],
    ]);
  });

  it('falls back to when the task was created when the comment is gone', () => {
    const created = WEEK_48 + HOUR;
    const [row] = timeToFirstReply([task('gone', created, { steps: replied(created + 45 * MINUTE) })], [], WED_1000, 1);
    expect(row?.median).toBe(45);
  });

  it('counts a task with no public reply as unanswered, and leaves it out of the median', () => {
    const flag = WEEK_48 + HOUR;
    const tasks = [
      task('answered', flag, { steps: replied(flag + 20 * MINUTE) }),
      task('no-step', flag),
      task('undone', flag, { steps: replied(flag + 5 * MINUTE, false) }),
      task('closed-without-reply', flag, { status: 'closed', closedAt: flag + HOUR }),
    ];
    const [row] = timeToFirstReply(tasks, [], WED_1000, 1);
    expect(row).toMatchObject({ median: 20, p90: 20, replied: 1, unanswered: 3 });
  });

  it('counts a reply stamped before the flag (clocks differ) as immediate', () => {
    const flag = WEEK_48 + HOUR;
    const [row] = timeToFirstReply([task('early', flag, { steps: replied(flag - 2 * MINUTE) })], [], WED_1000, 1);
    expect(row?.median).toBe(0);
  });

  it('gives 8 empty weeks without tasks', () => {
    const rows = timeToFirstReply([], [], WED_1000);
    expect(rows).toHaveLength(8);
    expect(rows.every((row) => row.median === null && row.p90 === null && row.replied === 0 && row.unanswered === 0)).toBe(true);
  });
});

describe('openAndOverdueOverTime', () => {
  /** The last millisecond of 23 and 24 November in Stockholm (UTC+1). */
  const END_23 = at('2026-11-23T23:00:00Z') - 1;
  const END_24 = at('2026-11-24T23:00:00Z') - 1;
  const FAR = at('2026-12-31T12:00:00Z');

  it('counts open and overdue tasks at the end of each day, and at now for today', () => {
    const tasks = [
      // Overdue on the 23rd, closed on the 24th.
      task('a', at('2026-11-23T09:00:00Z'), { dueAt: at('2026-11-23T15:30:00Z'), status: 'closed', closedAt: at('2026-11-24T11:00:00Z') }),
      // Created at 23:30 on the 24th; due this afternoon, so not late yet at now (10:00).
      task('b', at('2026-11-24T22:30:00Z'), { dueAt: at('2026-11-25T15:30:00Z') }),
      // Late since the 23rd and still open.
      task('c', at('2026-11-22T09:00:00Z'), { dueAt: at('2026-11-23T15:30:00Z') }),
      // Created after now: not counted.
      task('d', at('2026-11-25T10:00:00Z'), { dueAt: FAR }),
      // Closed at the very end of the 23rd: not open then.
      task('e', at('2026-11-23T10:00:00Z'), { dueAt: FAR, status: 'closed', closedAt: END_23 }),
      // Due at the very end of the 24th: late only from the 25th.
      task('f', at('2026-11-23T10:00:00Z'), { dueAt: END_24 }),
      // Created at the very end of the 24th: open that day.
      task('g', END_24, { dueAt: FAR }),
    ];
    expect(openAndOverdueOverTime(tasks, WED_1000, 3)).toEqual([
      { dateKey: '2026-11-23', at: END_23, open: 3, overdue: 2 },
      { dateKey: '2026-11-24', at: END_24, open: 4, overdue: 1 },
      { dateKey: '2026-11-25', at: WED_1000, open: 4, overdue: 2 },
    ]);
  });

  it('ends each day at Stockholm midnight across the autumn DST change', () => {
    const now = at('2026-10-26T08:00:00Z'); // Mon 26 Oct 09:00 CET
    // 22:30 UTC on the 24th is 00:30 on the 25th in Stockholm (still summer time).
    const tasks = [task('after-midnight', at('2026-10-24T22:30:00Z'), { dueAt: FAR })];
    expect(openAndOverdueOverTime(tasks, now, 3)).toEqual([
      { dateKey: '2026-10-24', at: at('2026-10-24T22:00:00Z') - 1, open: 0, overdue: 0 },
      { dateKey: '2026-10-25', at: at('2026-10-25T23:00:00Z') - 1, open: 1, overdue: 0 },
      { dateKey: '2026-10-26', at: now, open: 1, overdue: 0 },
    ]);
  });

  it('gives 28 empty days, today last, without tasks', () => {
    const days = openAndOverdueOverTime([], WED_1000);
    expect(days).toHaveLength(28);
    expect(days[0]?.dateKey).toBe('2026-10-29');
    expect(days[27]?.dateKey).toBe('2026-11-25');
    expect(days.every((day) => day.open === 0 && day.overdue === 0)).toBe(true);
  });
});

describe('10,000 tasks', () => {
  /** A small deterministic generator, so a failure can be reproduced. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
  }

  const next = random(42);
  const start = WED_1000 - 70 * DAY;
  const comments: FlaggedComment[] = [];
  const tasks: FollowUpTask[] = [];
  for (let i = 0; i < 10_000; i++) {
    const seenAt = start + Math.floor(next() * 75 * DAY);
    const labels: Label[] = next() < 0.3 ? ['crime', 'sensitive_data'] : ['child_at_risk'];
    comments.push(comment(`c${i}`, seenAt, labels, next() < 0.1 ? { dismissedAt: seenAt + HOUR } : {}));
    const createdAt = seenAt + Math.floor(next() * HOUR);
    const closed = next() < 0.6;
    tasks.push(
      task(`c${i}`, createdAt, {
        dueAt: createdAt + Math.floor(next() * 2 * DAY),
        steps: next() < 0.8 ? replied(createdAt + Math.floor(next() * 10 * HOUR)) : {},
        ...(closed ? { status: 'closed' as const, closedAt: createdAt + Math.floor(next() * 10 * DAY) } : {}),
      }),
    );
  }

  it('counts flags as a plain rescan of every week does', () => {
    const rows = flagsPerLabelPerWeek(comments, WED_1000);
    for (const row of rows) {
      const inWeek = comments.filter((c) => c.firstSeen >= row.start && c.firstSeen < row.end);
      expect(row.flagged).toBe(inWeek.filter((c) => c.dismissedAt === undefined).length);
      expect(row.dismissed).toBe(inWeek.filter((c) => c.dismissedAt !== undefined).length);
      expect(row.labels.crime).toBe(inWeek.filter((c) => c.dismissedAt === undefined && c.assessment.labels.includes('crime')).length);
    }
    expect(rows.reduce((sum, row) => sum + row.flagged + row.dismissed, 0)).toBeGreaterThan(5_000);
  });

  it('counts replies as a plain rescan of every week does', () => {
    const rows = timeToFirstReply(tasks, comments, WED_1000);
    const seen = new Map(comments.map((c) => [c.key, c.firstSeen]));
    for (const row of rows) {
      const inWeek = tasks.filter((t) => {
        const flag = seen.get(t.commentKey) ?? t.createdAt;
        return flag >= row.start && flag < row.end;
      });
      const minutes = inWeek
        .filter((t) => t.steps.acknowledged?.done)
        .map((t) => ((t.steps.acknowledged?.at ?? 0) - (seen.get(t.commentKey) ?? 0)) / MINUTE)
        .sort((a, b) => a - b);
      expect(row.replied).toBe(minutes.length);
      expect(row.unanswered).toBe(inWeek.length - minutes.length);
      const middle = (minutes.length - 1) / 2;
      expect(row.median).toBeCloseTo(((minutes[Math.floor(middle)] ?? 0) + (minutes[Math.ceil(middle)] ?? 0)) / 2, 6);
      expect(row.p90).toBe(minutes[Math.ceil(0.9 * minutes.length) - 1]);
    }
  });

  it('counts open and overdue days as a plain rescan of every day does', () => {
    const days = openAndOverdueOverTime(tasks, WED_1000);
    for (const day of days) {
      const open = tasks.filter((t) => t.createdAt <= day.at && (t.closedAt === undefined || t.closedAt > day.at));
      expect(day.open).toBe(open.length);
      expect(day.overdue).toBe(open.filter((t) => t.dueAt < day.at).length);
    }
    expect(days[27]?.open).toBeGreaterThan(100);
  });
});
