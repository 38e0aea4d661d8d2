/**
 * Which channel fits an assessment at a given moment: the reception team in office hours, the
 * social emergency service through 112 after them, 112 first when there is danger now, 114 14 for a
 * crime that is over. Everything is decided in Swedish local time (calendar.ts).
 */
import type { Assessment } from '../classifiers/types';
import { dayInfo, stockholmTime, type LocalTime } from './calendar';
import { mentionsClosePartner, serviceAreaOf } from './comment-context';
import { WEEKDAYS, type Channel, type Directory, type Purpose } from './directory-types';

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

/**
 * When a closed channel answers again within `withinMinutes` the same day ("13:00" after the lunch
 * closure, "08:00" early on a workday), or null. A short wait for the right channel is better than
 * sending a non-urgent matter to the emergency service.
 */
export function reopensSoon(channel: Channel, directory: Directory, at: LocalTime, withinMinutes = REOPEN_WINDOW): string | null {
  const { hours } = channel;
  if (hours.kind !== 'office' || openState(channel, directory, at) !== 'closed') return null;
  // An office channel only opens at the start of its day or at the end of lunch: try those.
  const regular = hours.week[WEEKDAYS[at.weekday - 1]!];
  const starts = [regular?.open, hours.dayBeforeHoliday?.open, hours.lunch?.close].filter((t): t is string => t !== undefined).map(minutesOf);
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    if (start <= at.minutes || start > at.minutes + withinMinutes) continue;
    if (openState(channel, directory, { ...at, minutes: start }) === 'open') {
      return `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
    }
  }
  return null;
}

export const REOPEN_WINDOW = 90;

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
  /** Closed now but answers again soon today, at this local time ("13:00"). */
  reopens?: string;
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
export function referralFor(
  assessment: Pick<Assessment, 'labels' | 'urgency' | 'evidence'>,
  directory: Directory,
  now: Date,
  /** The comment, for the service area of a criticism and violence by a partner. */
  comment = '',
): Referral {
  const at = stockholmTime(now);
  const picked: ChannelChoice[] = [];
  const choose = (purpose: Purpose, prefer: 'open' | 'any' = 'any', only: (channel: Channel) => boolean = () => true) => {
    const candidates = directory.channels.filter((c) => !c.internal && c.purposes.includes(purpose) && only(c));
    const states = candidates.map((channel) => ({ channel, state: openState(channel, directory, at) }));
    const found = states.find((s) => s.state === 'open') ?? (prefer === 'any' ? (states.find((s) => s.state === 'unknown') ?? states[0]) : undefined);
    if (found && !picked.some((p) => p.channel.id === found.channel.id)) {
      picked.push({ channel: found.channel, phone: found.channel.phone, state: found.state, purpose });
    }
    return found;
  };
  /** A channel for `purpose` that is closed now but answers again soon (lunch, early morning). */
  const chooseReopening = (purpose: Purpose) => {
    for (const channel of directory.channels) {
      if (channel.internal || channel.via || !channel.purposes.includes(purpose) || !channel.phone) continue;
      const reopens = reopensSoon(channel, directory, at);
      if (!reopens) continue;
      if (!picked.some((p) => p.channel.id === channel.id)) picked.push({ channel, phone: channel.phone, state: 'closed', purpose, reopens });
      return true;
    }
    return false;
  };
  const has = (label: Assessment['labels'][number]) => assessment.labels.includes(label);
  const fired = (...rules: string[]) => assessment.evidence.some((e) => rules.includes(e.ruleId));
  const acute = assessment.urgency === 'acute';

  if (acute) choose('emergency');
  if (has('child_at_risk')) {
    // Office hours: the reception team's own number; closed for lunch or just before opening, the
    // same number and when it answers again (the reply says 112 for anything acute); otherwise
    // socialjouren, reached through 112.
    const ownNumber = (channel: Channel) => !channel.via;
    if (!choose('child_concern', 'open', ownNumber) && !chooseReopening('child_concern')) choose('social_emergency');
    // A child writing about themselves also gets someone of their own to talk to.
    if (fired('young-writer-unsafe')) choose('child_support');
  }
  if (has('crime') && !acute) choose('police');
  if (has('crime') && fired('violence-against-person', 'threat-or-harassment', 'hiding-now', 'fear-for-life') && mentionsClosePartner(comment)) choose('violence_support');
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
    // The guideline: serious criticism goes to the manager of the area it is about.
    const managers = directory.channels.filter((c) => c.internal && c.purposes.includes('manager'));
    const area = serviceAreaOf(comment);
    const manager = managers.find((c) => area !== null && c.serviceArea === area) ?? managers[0];
    if (manager) internal.push({ channel: manager, phone: manager.phone, state: openState(manager, directory, at), purpose: 'manager' });
  }
  return { acute, channels: picked, internal };
}
