/**
 * Which channel fits an assessment at a given moment: the reception team in office hours, the
 * social emergency service through 112 after them, 112 first when there is danger now, 114 14 for a
 * crime that is over. Everything is decided in Swedish local time (calendar.ts).
 */
import type { Assessment } from '../classifiers/types';
import { dayInfo, stockholmTime, type LocalTime } from './calendar';
import { WEEKDAYS, type Channel, type Directory, type Purpose } from './directory';

export type OpenState = 'open' | 'closed' | 'unknown';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether the channel answers at this local time. */
export function openState(channel: Channel, directory: Directory, at: LocalTime, seen: ReadonlySet<string> = new Set()): OpenState {
  const { hours } = channel;
  switch (hours.kind) {
    case 'always':
      return 'open';
    case 'unknown':
      return 'unknown';
    case 'outside': {
      const other = directory.channels.find((c) => c.id === hours.of);
      // A loop of "outside of" channels answers nothing certain.
      if (!other || seen.has(channel.id)) return 'unknown';
      const state = openState(other, directory, at, new Set([...seen, channel.id]));
      return state === 'unknown' ? 'unknown' : state === 'open' ? 'closed' : 'open';
    }
    case 'office': {
      const day = dayInfo(at.dateKey);
      if (day.kind === 'holiday' && hours.holidays === 'closed') return 'closed';
      const regular = hours.week[WEEKDAYS[at.weekday - 1]!];
      if (!regular) return 'closed';
      const span = day.kind === 'dayBeforeHoliday' && hours.dayBeforeHoliday ? hours.dayBeforeHoliday : regular;
      if (at.minutes < minutesOf(span.open) || at.minutes >= minutesOf(span.close)) return 'closed';
      if (hours.lunch && at.minutes >= minutesOf(hours.lunch.open) && at.minutes < minutesOf(hours.lunch.close)) return 'closed';
      return 'open';
    }
  }
}

/** The public channels that answer at `now` (those with unknown hours are left out). */
export function openChannels(directory: Directory, now: Date): Channel[] {
  const at = stockholmTime(now);
  return directory.channels.filter((channel) => !channel.internal && openState(channel, directory, at) === 'open');
}

export interface ChannelChoice {
  channel: Channel;
  /** The number to give, or null when the municipality has not filled it in. */
  phone: string | null;
  state: OpenState;
  /** Why this channel: what the reply says it is for. */
  purpose: Purpose;
}

export interface Referral {
  /** Danger now: 112 comes first in the reply. */
  acute: boolean;
  /** The channels for the reply, most important first. */
  channels: ChannelChoice[];
  /** Internal follow-up (the manager to inform); never written into a reply. */
  internal: ChannelChoice[];
}

const SUICIDE_RULES = new Set(['suicidal-thoughts', 'suicide-plan', 'self-harm', 'despair']);

/**
 * The channels for this assessment at `now`. The order is the order the reply names them in:
 * 112 first when acute; for a child at risk the reception team when it is open, otherwise the
 * social emergency service through 112; the police on 114 14 for a crime that is not acute; a
 * crisis line for someone in despair; the general channel for a person's own matter.
 */
export function referralFor(assessment: Pick<Assessment, 'labels' | 'urgency' | 'evidence'>, directory: Directory, now: Date): Referral {
  const at = stockholmTime(now);
  const picked: ChannelChoice[] = [];
  const choose = (purpose: Purpose, prefer: 'open' | 'any' = 'any') => {
    const candidates = directory.channels.filter((c) => !c.internal && c.purposes.includes(purpose));
    const states = candidates.map((channel) => ({ channel, state: openState(channel, directory, at) }));
    const found = states.find((s) => s.state === 'open') ?? (prefer === 'any' ? (states.find((s) => s.state === 'unknown') ?? states[0]) : undefined);
    if (found && !picked.some((p) => p.channel.id === found.channel.id)) {
      picked.push({ channel: found.channel, phone: found.channel.phone, state: found.state, purpose });
    }
    return found;
  };
  const has = (label: Assessment['labels'][number]) => assessment.labels.includes(label);
  const acute = assessment.urgency === 'acute';

  if (acute) choose('emergency');
  if (has('child_at_risk')) {
    // Office hours: the reception team's own number. Otherwise socialjouren, reached through 112.
    if (!choose('child_concern', 'open')) choose('social_emergency');
  }
  if (has('crime') && !acute) choose('police');
  if (has('crisis')) {
    const suicidal = assessment.evidence.some((e) => e.label === 'crisis' && SUICIDE_RULES.has(e.ruleId));
    if (suicidal) choose('crisis_support');
    else if (!acute && !choose('individual_matters', 'open')) choose('social_emergency');
  }
  if (has('individual_case') && !has('child_at_risk')) choose('individual_matters');
  if (has('criticism')) choose('complaints');
  if (picked.length === 0 && assessment.labels.length > 0) choose('individual_matters');

  const internal: ChannelChoice[] = [];
  if (has('criticism')) {
    const manager = directory.channels.find((c) => c.internal && c.purposes.includes('manager'));
    if (manager) internal.push({ channel: manager, phone: manager.phone, state: openState(manager, directory, at), purpose: 'manager' });
  }
  return { acute, channels: picked, internal };
}
