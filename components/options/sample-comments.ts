/**
 * Made-up comments for the reply preview, one for each kind of comment a moderator must act on,
 * so a communicator can see which channel and number a reply gives at a chosen hour. Written for
 * this page; no real person's words. One is in English, as some comments are.
 */
import type { Label } from '../../classifiers/types';
import type { Bilingual } from '../../responses/directory';

export interface SampleComment {
  id: string;
  /** The label the classifier gives it (ReplyPreview.test.tsx checks). */
  kind: Label;
  title: Bilingual;
  text: string;
}

export const SAMPLE_COMMENTS: readonly SampleComment[] = [
  {
    id: 'barn',
    kind: 'child_at_risk',
    title: { sv: 'Oro för barn: ensamma hemma', en: 'Child at risk: alone at home' },
    text: 'Grannens barn är ensamma hemma hela nätterna och gråter. Ingen vuxen verkar ta hand om dem.',
  },
  {
    id: 'arende',
    kind: 'individual_case',
    title: { sv: 'Eget ärende: väntar på beslut', en: 'Own matter: waiting for a decision' },
    text: 'Min pappa har väntat i tre månader på beslut om hemtjänst och handläggaren ringer aldrig tillbaka. Vad händer med hans ärende?',
  },
  {
    id: 'brott',
    kind: 'crime',
    title: { sv: 'Brott: inbrott i förrådet', en: 'Crime: a break-in' },
    text: 'Någon bröt sig in i vårt förråd i natt och stal två cyklar.',
  },
  {
    id: 'kris',
    kind: 'crisis',
    title: { sv: 'Person i kris', en: 'Person in crisis' },
    text: 'Jag orkar inte mer. Jag vill inte leva längre.',
  },
  {
    id: 'kritik',
    kind: 'criticism',
    title: { sv: 'Allvarlig kritik mot hemtjänsten', en: 'Serious criticism of home care' },
    text: 'Hemtjänsten kommer aldrig i tid till min mamma och personalen struntar i henne. Skandal!',
  },
  {
    id: 'personuppgifter',
    kind: 'sensitive_data',
    title: { sv: 'Personuppgifter, på engelska', en: 'Personal data, in English' },
    text: 'Please call me about my case, my personal identity number is 19811218-9876 and my phone is 070-123 45 67.',
  },
];
