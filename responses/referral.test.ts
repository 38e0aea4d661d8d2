// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '../classifiers';
import type { Assessment, Evidence, Label, Urgency } from '../classifiers/types';
import { stockholmTime } from './calendar';
import { VARBERG_DIRECTORY, type Channel } from './directory';
import { openChannels, openState, referralFor, reopensSoon, type OpenState } from './referral';

const D = VARBERG_DIRECTORY;
const channel = (id: string): Channel => {
  const found = D.channels.find((c) => c.id === id);
  if (!found) throw new Error(`no channel ${id}`);
  return found;
};
const stateAt = (id: string, iso: string): OpenState => openState(channel(id), D, stockholmTime(new Date(iso)));

type Flagged = Pick<Assessment, 'labels' | 'urgency' | 'evidence' | 'lang'>;
const evidence = (label: Label, ruleId: string): Evidence => ({ label, ruleId, start: 0, end: 1, excerpt: '' });
const assessment = (labels: Label[], urgency: Urgency, ev: Evidence[] = []): Flagged => ({ labels, urgency, evidence: ev, lang: 'sv' });
const CHILD: Flagged = assessment(['child_at_risk'], 'high');

/**
 * Instants as UTC ISO strings. Stockholm is CET = UTC+1 in winter and CEST = UTC+2 in summer,
 * so 10:00 local on 24 November is 09:00Z and 09:00 local on 9 June is 07:00Z.
 */
const T = {
  tue1000: '2026-11-24T09:00:00Z',
  tue0759: '2026-11-24T06:59:00Z',
  tue0800: '2026-11-24T07:00:00Z',
  tue1159: '2026-11-24T10:59:00Z',
  tue1230: '2026-11-24T11:30:00Z',
  tue1300: '2026-11-24T12:00:00Z',
  tue1629: '2026-11-24T15:29:00Z',
  tue1645: '2026-11-24T15:45:00Z',
  sat2200: '2026-11-28T21:00:00Z',
  fri1430: '2026-11-27T13:30:00Z',
  fri1530: '2026-11-27T14:30:00Z',
  dec23at1330: '2026-12-23T12:30:00Z',
  dec23at1430: '2026-12-23T13:30:00Z',
  julafton1000: '2026-12-24T09:00:00Z',
  juldagen1000: '2026-12-25T09:00:00Z',
  jun09at0900: '2026-06-09T07:00:00Z',
  jun09at0830: '2026-06-09T06:30:00Z',
  jun09at0759: '2026-06-09T05:59:00Z',
  jun09at1645: '2026-06-09T14:45:00Z',
};

describe('openState', () => {
  it('sees the local time, not UTC', () => {
    expect(stockholmTime(new Date(T.tue1000))).toMatchObject({ dateKey: '2026-11-24', weekday: 2, minutes: 10 * 60 });
    expect(stockholmTime(new Date(T.jun09at0900))).toMatchObject({ dateKey: '2026-06-09', weekday: 2, minutes: 9 * 60 });
  });

  it.each([
    ['Tuesday 07:59', T.tue0759, 'closed'],
    ['Tuesday 08:00', T.tue0800, 'open'],
    ['Tuesday 10:00', T.tue1000, 'open'],
    ['Tuesday 11:59', T.tue1159, 'open'],
    ['Tuesday 12:30 (lunch)', T.tue1230, 'closed'],
    ['Tuesday 13:00 (after lunch)', T.tue1300, 'open'],
    ['Tuesday 16:29', T.tue1629, 'open'],
    ['Tuesday 16:45', T.tue1645, 'closed'],
    ['Saturday 22:00', T.sat2200, 'closed'],
    ['Friday 14:30', T.fri1430, 'open'],
    ['Friday 15:30 (Friday closes 15:00)', T.fri1530, 'closed'],
    ['Wednesday 23 December 13:30 (day before julafton)', T.dec23at1330, 'open'],
    ['Wednesday 23 December 14:30 (day before julafton closes 14:00)', T.dec23at1430, 'closed'],
    ['julafton 10:00', T.julafton1000, 'closed'],
    ['juldagen 10:00', T.juldagen1000, 'closed'],
    ['Tuesday 9 June 09:00 CEST', T.jun09at0900, 'open'],
    ['Tuesday 9 June 08:30 CEST (07:30 if read as CET)', T.jun09at0830, 'open'],
    ['Tuesday 9 June 07:59 CEST', T.jun09at0759, 'closed'],
    ['Tuesday 9 June 16:45 CEST (15:45 if read as CET)', T.jun09at1645, 'closed'],
  ] as const)('the reception team is %s: %s → %s', (_label, iso, expected) => {
    expect(stateAt('mottagningsgruppen', iso)).toBe(expected);
    // socialjouren answers exactly when the reception team does not.
    expect(stateAt('socialjouren', iso)).toBe(expected === 'open' ? 'closed' : 'open');
  });

  it('keeps the reception team closed all day on the DST Sundays 29 March and 25 October 2026', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      expect(stockholmTime(new Date(`${day}T10:00:00Z`)).weekday).toBe(7);
      // Every quarter of an hour over the whole UTC day and the hours around it.
      const start = Date.parse(`${day}T00:00:00Z`) - 2 * 3_600_000;
      for (let t = start; t < start + 28 * 3_600_000; t += 15 * 60_000) {
        const at = stockholmTime(new Date(t));
        if (at.dateKey !== day) continue;
        expect(openState(channel('mottagningsgruppen'), D, at), new Date(t).toISOString()).toBe('closed');
        expect(openState(channel('socialjouren'), D, at), new Date(t).toISOString()).toBe('open');
      }
    }
  });

  it('opens at 08:00 local on the Mondays after each DST change', () => {
    // 30 March: CEST, 08:00 = 06:00Z. 26 October: CET again, 08:00 = 07:00Z.
    expect(stateAt('mottagningsgruppen', '2026-03-30T05:59:00Z')).toBe('closed');
    expect(stateAt('mottagningsgruppen', '2026-03-30T06:00:00Z')).toBe('open');
    expect(stateAt('mottagningsgruppen', '2026-10-26T06:59:00Z')).toBe('closed');
    expect(stateAt('mottagningsgruppen', '2026-10-26T07:00:00Z')).toBe('open');
  });

  it('says "always" channels are open, "unknown" ones unknown', () => {
    for (const iso of [T.tue1000, T.sat2200, T.juldagen1000]) {
      expect(stateAt('larm-112', iso)).toBe('open');
      expect(stateAt('polisen', iso)).toBe('open');
      expect(stateAt('sjalvmordslinjen', iso)).toBe('unknown');
      expect(stateAt('synpunkter', iso)).toBe('unknown');
      expect(stateAt('chef-socialtjansten', iso)).toBe('unknown');
    }
  });
});

describe('openChannels', () => {
  const ids = (iso: string) => openChannels(D, new Date(iso)).map((c) => c.id);

  it('lists the reception team and customer service in office hours, socialjouren after them', () => {
    expect(ids(T.tue1000)).toEqual(expect.arrayContaining(['mottagningsgruppen', 'kundservice', 'larm-112', 'polisen']));
    expect(ids(T.tue1000)).not.toContain('socialjouren');
    expect(ids(T.sat2200)).toEqual(expect.arrayContaining(['socialjouren', 'larm-112', 'polisen']));
    expect(ids(T.sat2200)).not.toContain('mottagningsgruppen');
    expect(ids(T.sat2200)).not.toContain('kundservice');
  });

  it('never returns an internal channel or one with unknown hours, over a whole year', () => {
    const unknownHours = new Set(D.channels.filter((c) => c.hours.kind === 'unknown').map((c) => c.id));
    expect(unknownHours.size).toBeGreaterThan(0);
    const start = Date.parse('2026-01-01T00:00:00Z');
    // Every 47 minutes: lands on every minute-of-day pattern over the year.
    for (let t = start; t < start + 366 * 86_400_000; t += 47 * 60_000) {
      for (const c of openChannels(D, new Date(t))) {
        expect(c.internal, c.id).toBe(false);
        expect(unknownHours.has(c.id), c.id).toBe(false);
      }
    }
  });

  it('leaves out an internal channel even when it is always open', () => {
    const directory = { ...D, channels: D.channels.map((c) => (c.id === 'chef-omsorg' ? { ...c, hours: { kind: 'always' as const } } : c)) };
    expect(openChannels(directory, new Date(T.tue1000)).map((c) => c.id)).not.toContain('chef-omsorg');
  });
});

describe('referralFor', () => {
  const first = (a: Flagged, iso: string) => referralFor(a, D, new Date(iso)).channels[0];

  it('refers a child at risk on Tuesday 10:00 to the reception team on 0340-88500', () => {
    const referral = referralFor(CHILD, D, new Date(T.tue1000));
    expect(referral.acute).toBe(false);
    expect(referral.channels[0]).toMatchObject({ channel: { id: 'mottagningsgruppen' }, phone: '0340-88500', state: 'open', purpose: 'child_concern' });
    expect(referral.channels.map((c) => c.channel.id)).not.toContain('socialjouren');
  });

  it.each([
    ['Tuesday 12:30, lunch closure', T.tue1230, '13:00'],
    ['Tuesday 07:59, just before opening', T.tue0759, '08:00'],
  ])('on %s gives a non-acute child concern the reception team and when it answers again', (_label, iso, time) => {
    const referral = referralFor(CHILD, D, new Date(iso));
    expect(referral.channels[0]).toMatchObject({ channel: { id: 'mottagningsgruppen' }, phone: '0340-88500', state: 'closed', reopens: time });
    expect(referral.channels.map((c) => c.channel.id)).not.toContain('socialjouren');
  });

  it('sends an acute child concern at lunch to 112 first, then the reception team when it answers again', () => {
    const referral = referralFor(assessment(['child_at_risk'], 'acute'), D, new Date(T.tue1230));
    expect(referral.channels.map((c) => [c.channel.id, c.reopens])).toEqual([['larm-112', undefined], ['mottagningsgruppen', '13:00']]);
  });

  it('finds the same reopening time as trying every minute, over two weeks with a holiday eve', () => {
    const reception = channel('mottagningsgruppen');
    for (let t = Date.parse('2026-12-14T00:00:00Z'); t < Date.parse('2026-12-28T00:00:00Z'); t += 7 * 60_000) {
      const at = stockholmTime(new Date(t));
      let expected: string | null = null;
      if (openState(reception, D, at) === 'closed') {
        for (let m = at.minutes + 1; m <= Math.min(at.minutes + 90, 1439); m++) {
          if (openState(reception, D, { ...at, minutes: m }) === 'open') {
            expected = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
            break;
          }
        }
      }
      expect(reopensSoon(reception, D, at), `${at.dateKey} ${at.minutes}`).toBe(expected);
    }
  });

  it('does not wait for an opening more than 90 minutes away (Tuesday 06:00 goes to socialjouren)', () => {
    expect(first(CHILD, '2026-11-24T05:00:00Z')).toMatchObject({ channel: { id: 'socialjouren' } });
  });

  it.each([
    ['Tuesday 16:45', T.tue1645],
    ['Saturday 22:00', T.sat2200],
    ['Friday 15:30', T.fri1530],
    ['23 December 14:30', T.dec23at1430],
    ['juldagen 10:00', T.juldagen1000],
  ])('refers a child at risk to socialjouren through 112 on %s', (_label, iso) => {
    const choice = first(CHILD, iso);
    expect(choice).toMatchObject({ channel: { id: 'socialjouren', via: '112' }, phone: '112', state: 'open' });
    expect(referralFor(CHILD, D, new Date(iso)).channels.map((c) => c.channel.id)).not.toContain('mottagningsgruppen');
  });

  it('refers a child at risk to the reception team at 13:30 on the day before julafton and in June at 09:00 CEST', () => {
    expect(first(CHILD, T.dec23at1330)).toMatchObject({ channel: { id: 'mottagningsgruppen' }, phone: '0340-88500' });
    expect(first(CHILD, T.jun09at0900)).toMatchObject({ channel: { id: 'mottagningsgruppen' }, phone: '0340-88500' });
    expect(first(CHILD, T.fri1430)).toMatchObject({ channel: { id: 'mottagningsgruppen' } });
  });

  it('puts 112 first when the assessment is acute, at any hour', () => {
    for (const iso of [T.tue1000, T.sat2200, T.juldagen1000]) {
      for (const labels of [['child_at_risk'], ['crime'], ['crisis'], ['crime', 'crisis']] as Label[][]) {
        const referral = referralFor(assessment(labels, 'acute'), D, new Date(iso));
        expect(referral.acute).toBe(true);
        expect(referral.channels[0]).toMatchObject({ channel: { id: 'larm-112' }, phone: '112', purpose: 'emergency' });
      }
    }
  });

  it('keeps the reception team after 112 for an acute child at risk in office hours', () => {
    const ids = referralFor(assessment(['child_at_risk'], 'acute'), D, new Date(T.tue1000)).channels.map((c) => c.channel.id);
    expect(ids).toEqual(['larm-112', 'mottagningsgruppen']);
  });

  it('refers a crime that is over to the police on 114 14, not to 112', () => {
    for (const iso of [T.tue1000, T.sat2200]) {
      const referral = referralFor(assessment(['crime'], 'high'), D, new Date(iso));
      expect(referral.acute).toBe(false);
      expect(referral.channels[0]).toMatchObject({ channel: { id: 'polisen' }, phone: '114 14', purpose: 'police' });
      expect(referral.channels.map((c) => c.channel.id)).not.toContain('larm-112');
    }
  });

  it('does not add 114 14 to an acute crime: 112 covers it', () => {
    const ids = referralFor(assessment(['crime'], 'acute'), D, new Date(T.tue1000)).channels.map((c) => c.channel.id);
    expect(ids).toEqual(['larm-112']);
  });

  it('refers suicidal thoughts to Självmordslinjen on 90101', () => {
    for (const ruleId of ['suicidal-thoughts', 'suicide-plan', 'self-harm', 'despair']) {
      const choice = first(assessment(['crisis'], 'high', [evidence('crisis', ruleId)]), T.sat2200);
      expect(choice, ruleId).toMatchObject({ channel: { id: 'sjalvmordslinjen' }, phone: '90101', purpose: 'crisis_support' });
    }
  });

  it('refers a crisis without suicidal evidence to customer service in office hours and socialjouren after', () => {
    const crisis = assessment(['crisis'], 'high', [evidence('crisis', 'fear-for-life')]);
    expect(first(crisis, T.tue1000)).toMatchObject({ channel: { id: 'kundservice' }, phone: null });
    expect(first(crisis, T.sat2200)).toMatchObject({ channel: { id: 'socialjouren' }, phone: '112' });
  });

  it('refers an individual case to customer service, whose number is not known (null)', () => {
    for (const iso of [T.tue1000, T.sat2200]) {
      const referral = referralFor(assessment(['individual_case'], 'normal'), D, new Date(iso));
      expect(referral.channels).toHaveLength(1);
      expect(referral.channels[0]).toMatchObject({ channel: { id: 'kundservice' }, phone: null, purpose: 'individual_matters' });
    }
  });

  it('names BRIS for a child writing about being unsafe', () => {
    const young = assessment(['child_at_risk'], 'high', [evidence('child_at_risk', 'young-writer-unsafe')]);
    expect(referralFor(young, D, new Date(T.sat2200)).channels.map((c) => c.channel.id)).toEqual(['socialjouren', 'bris']);
    expect(referralFor(CHILD, D, new Date(T.sat2200)).channels.map((c) => c.channel.id)).not.toContain('bris');
  });

  it('names Kvinnofridslinjen for violence by a partner, not for violence by a stranger', () => {
    const violence = assessment(['crime'], 'high', [evidence('crime', 'violence-against-person')]);
    const ids = (comment: string) => referralFor(violence, D, new Date(T.tue1000), comment).channels.map((c) => c.channel.id);
    expect(ids('Min sambo slog mig igen i går kväll.')).toEqual(['polisen', 'kvinnofridslinjen']);
    expect(ids('My boyfriend hit me again last night.')).toEqual(['polisen', 'kvinnofridslinjen']);
    expect(ids('En okänd man slog mig vid busshållplatsen i går.')).toEqual(['polisen']);
  });

  it.each([
    ['Rektorn på skolan gör ingenting åt mobbningen.', 'chef-skola'],
    ['Hemtjänsten kommer aldrig i tid till min mamma.', 'chef-omsorg'],
    ['Handläggaren på socialtjänsten svarar aldrig.', 'chef-socialtjansten'],
    ['The home care staff never come on time.', 'chef-omsorg'],
  ])('asks the moderator to inform the manager of the area the criticism is about: %s', (comment, manager) => {
    expect(referralFor(assessment(['criticism'], 'normal'), D, new Date(T.tue1000), comment).internal.map((c) => c.channel.id)).toEqual([manager]);
  });

  it('sends criticism to the complaints channel and names a manager only internally', () => {
    const referral = referralFor(assessment(['criticism'], 'normal'), D, new Date(T.tue1000));
    expect(referral.channels.map((c) => c.channel.id)).toEqual(['synpunkter']);
    expect(referral.internal).toHaveLength(1);
    expect(referral.internal[0]).toMatchObject({ purpose: 'manager', channel: { internal: true } });
    expect(referral.internal[0]?.channel.purposes).toContain('manager');
  });

  it('never puts an internal channel in `channels`, for any labels, urgency and hour', () => {
    const labelSets: Label[][] = [
      ['criticism'],
      ['individual_case', 'criticism'],
      ['child_at_risk', 'criticism'],
      ['crisis', 'criticism'],
      ['crime', 'criticism'],
      ['sensitive_data'],
      ['sensitive_data', 'criticism'],
    ];
    for (const labels of labelSets) {
      for (const urgency of ['acute', 'high', 'normal'] as const) {
        for (const iso of Object.values(T)) {
          const referral = referralFor(assessment(labels, urgency), D, new Date(iso));
          expect(referral.channels.length).toBeGreaterThan(0);
          for (const choice of referral.channels) expect(choice.channel.internal, `${labels.join('+')} ${urgency} ${iso}`).toBe(false);
          for (const choice of referral.internal) expect(choice.channel.internal).toBe(true);
        }
      }
    }
  });

  it('gives a comment with only personal data the general channel, and an unflagged one nothing', () => {
    expect(first(assessment(['sensitive_data'], 'normal'), T.tue1000)).toMatchObject({ channel: { id: 'kundservice' } });
    expect(referralFor(assessment([], 'none'), D, new Date(T.tue1000))).toEqual({ acute: false, channels: [], internal: [] });
  });

  it('names each channel at most once', () => {
    const referral = referralFor(assessment(['child_at_risk', 'crisis', 'individual_case'], 'high', [evidence('crisis', 'fear-for-life')]), D, new Date(T.sat2200));
    const ids = referral.channels.map((c) => c.channel.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['socialjouren']);
  });

  it('works on assessments from classify() for comments written for this test', () => {
    const child = classify('Barnen i lägenheten under oss lämnas ensamma hemma hela nätterna och har ingen mat.');
    expect(child.labels).toContain('child_at_risk');
    expect(referralFor(child, D, new Date(T.tue1000)).channels[0]).toMatchObject({ channel: { id: 'mottagningsgruppen' }, phone: '0340-88500' });
    expect(referralFor(child, D, new Date(T.sat2200)).channels[0]).toMatchObject({ channel: { id: 'socialjouren' }, phone: '112' });

    const acute = classify('Han står utanför dörren med en kniv just nu och skriker att han ska döda mig');
    expect(acute.urgency).toBe('acute');
    expect(referralFor(acute, D, new Date(T.tue1000)).channels[0]).toMatchObject({ channel: { id: 'larm-112' }, phone: '112' });

    const theft = classify('Någon bröt sig in i vårt förråd förra veckan och tog båda cyklarna.');
    expect(theft).toMatchObject({ labels: ['crime'], urgency: 'high' });
    expect(referralFor(theft, D, new Date(T.sat2200)).channels[0]).toMatchObject({ channel: { id: 'polisen' }, phone: '114 14' });

    const despair = classify('I just want to die, I have been thinking about ending my life.');
    expect(despair.labels).toContain('crisis');
    expect(referralFor(despair, D, new Date(T.sat2200)).channels[0]).toMatchObject({ channel: { id: 'sjalvmordslinjen' }, phone: '90101' });
  });
});
