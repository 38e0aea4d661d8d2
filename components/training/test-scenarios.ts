/** Small hand-made scenarios for the training components' tests: one per level, fixed answers. */
import type { Scenario } from '../../utils/training/scenario';

const base = {
  platform: 'facebook' as const,
  lang: 'sv' as const,
  post: { author: 'Varbergs kommun', text: 'Nu öppnar vi anmälan till sommarens simskola.' },
  guideline: ['child' as const, 'empathy' as const],
};

/** Level 1: a child left alone, Tuesday 10:00 (the reception team is open). */
export const CHILD_SCENARIO: Scenario = {
  ...base,
  id: 'test-child',
  level: 1,
  when: '2026-11-24T10:00',
  comment: { author: 'Lisa Ek', text: 'Grannens tjej på sex år är ensam hemma igen i kväll, mamman är borta flera dagar i sträck.' },
  expected: { labels: ['child_at_risk'], urgency: 'high', steps: ['reply', 'refer', 'concern_report', 'follow_up'], referTo: ['child_concern'] },
  explanation: { sv: 'Ett verkligt barn lämnas ensamt. Gör en orosanmälan och hänvisa till mottagningsgruppen.', en: 'A real child is left alone. File a report of concern and refer to the reception team.' },
};

/** Level 2: a burglary that happened, Saturday evening. */
export const CRIME_SCENARIO: Scenario = {
  ...base,
  id: 'test-crime',
  level: 2,
  when: '2026-11-28T19:30',
  comment: { author: 'Per Lind', text: 'Nån bröt sig in i vårt förråd i natt och tog cyklarna.' },
  expected: { labels: ['crime'], urgency: 'high', steps: ['reply', 'refer', 'police_report', 'follow_up'], referTo: ['police'] },
  explanation: { sv: 'Ett brott har hänt. Hänvisa till polisen på 114 14 och polisanmäl själv.' },
  guideline: ['crime'],
};

/** Level 3: hyperbole that needs nothing. */
export const LOOKALIKE_SCENARIO: Scenario = {
  ...base,
  id: 'test-lookalike',
  level: 3,
  when: '2026-11-24T13:15',
  comment: { author: 'Ali Khan', text: 'Haha jag dör av skratt, bästa inlägget på länge 😂' },
  expected: { labels: [], urgency: 'none', steps: [], referTo: [] },
  lookalikeOf: ['crisis'],
  explanation: { sv: 'Överdrift, ingen kris. Inget behöver flaggas.' },
  guideline: ['ask-colleague'],
};

export const TEST_LIBRARY: readonly Scenario[] = [CHILD_SCENARIO, CRIME_SCENARIO, LOOKALIKE_SCENARIO];
