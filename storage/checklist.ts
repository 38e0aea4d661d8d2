/**
 * The follow-up checklist for a flagged comment, from the guideline's actions the classifier
 * chose. "Acknowledged" and "the person got help" are always on it: the guideline asks for both
 * for every flagged comment.
 */
import type { ActionId } from '../classifiers/types';
import { STEP_IDS, type StepId } from './records';

const STEP_FOR_ACTION: Partial<Record<ActionId, StepId>> = {
  acknowledge: 'acknowledged',
  refer_to_channel: 'referred',
  call_112: 'referred',
  police_report: 'police_report',
  report_concern_child: 'concern_report',
  inform_manager: 'manager_informed',
  follow_up: 'got_help',
};

export function checklistFor(actions: readonly ActionId[]): StepId[] {
  const wanted = new Set<StepId>(['acknowledged', 'got_help']);
  for (const action of actions) {
    const step = STEP_FOR_ACTION[action];
    if (step) wanted.add(step);
  }
  return STEP_IDS.filter((step) => wanted.has(step));
}

/** What each step is called in the checklist, and what its detail field asks for. */
export const STEP_TEXT: Record<StepId, { sv: string; en: string; detail?: { sv: string; en: string } }> = {
  acknowledged: { sv: 'Bekräftat offentligt (svar publicerat)', en: 'Acknowledged publicly (reply posted)' },
  referred: { sv: 'Hänvisat vidare', en: 'Referred', detail: { sv: 'Till vilken kanal', en: 'To which channel' } },
  police_report: { sv: 'Polisanmälan gjord', en: 'Police report filed', detail: { sv: 'Diarienummer (valfritt)', en: 'Report number (optional)' } },
  concern_report: { sv: 'Orosanmälan gjord till socialtjänsten', en: 'Report of concern filed with social services' },
  manager_informed: { sv: 'Ansvarig chef informerad', en: 'Manager informed', detail: { sv: 'Vem', en: 'Who' } },
  got_help: { sv: 'Personen har fått hjälp', en: 'The person got help', detail: { sv: 'Hur vet du det', en: 'How do you know' } },
};
