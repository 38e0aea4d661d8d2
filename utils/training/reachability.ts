/**
 * Whether a scenario can be answered right with the municipality's own contact list: a scenario
 * whose referral no channel answers at its hour could never be passed. The built-in library is
 * checked against the Varberg list in its tests; supervisors' own scenarios against the list in
 * use when they save or import them.
 */
import { stockholmTime } from '../../responses/calendar';
import type { Directory } from '../../responses/directory-types';
import { validateScenarios, type Scenario, type ScenarioProblem } from './scenario';
import { judgeChannel } from './scoring';
import { whenToInstant } from './time';

export function referralReachable(scenario: Scenario, directory: Directory): boolean {
  if (scenario.expected.referTo.length === 0) return true;
  const at = stockholmTime(whenToInstant(scenario.when));
  return directory.channels.some((channel) => !channel.internal && judgeChannel(channel, scenario, directory, at).verdict === 'right');
}

export const UNREACHABLE_MESSAGE = 'Ingen kanal i er kontaktlista som passar svarar vid den tiden. Välj fler kanaltyper eller en annan tid.';

/** validateScenarios, and then that each scenario's referral is reachable with `directory`. */
export function validateOwnScenarios(input: unknown, directory: Directory): { scenarios: Scenario[]; problems: ScenarioProblem[] } {
  const { scenarios, problems } = validateScenarios(input);
  const list: unknown[] = Array.isArray(input) ? input : [];
  const indexOf = (id: string) => {
    const found = list.findIndex((raw) => typeof raw === 'object' && raw !== null && (raw as { id?: unknown }).id === id);
    return found < 0 ? scenarios.findIndex((s) => s.id === id) : found;
  };
  for (const scenario of scenarios) {
    if (referralReachable(scenario, directory)) continue;
    problems.push({ index: indexOf(scenario.id), id: scenario.id, path: 'expected.referTo', code: 'unreachable', message: UNREACHABLE_MESSAGE });
  }
  return { scenarios: problems.length === 0 ? scenarios : [], problems };
}
