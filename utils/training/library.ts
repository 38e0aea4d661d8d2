/**
 * The built-in practice scenarios. The JSON files are checked by `checkBuiltInScenarios` when the
 * extension is built (wxt.config.ts) and by library.test.ts, so a broken scenario never ships.
 */
import childAtRisk from './scenarios/child-at-risk.json';
import crime from './scenarios/crime.json';
import crisis from './scenarios/crisis.json';
import criticism from './scenarios/criticism.json';
import individualCase from './scenarios/individual-case.json';
import lookalikes from './scenarios/lookalikes.json';
import sensitiveData from './scenarios/sensitive-data.json';
import { describeProblem, validateScenarios, type Scenario } from './scenario';

export const SCENARIO_FILES: Record<string, unknown> = {
  'individual-case.json': individualCase,
  'criticism.json': criticism,
  'child-at-risk.json': childAtRisk,
  'crime.json': crime,
  'crisis.json': crisis,
  'sensitive-data.json': sensitiveData,
  'lookalikes.json': lookalikes,
};

/** Every built-in scenario, validated; throws with every problem listed when one is broken. */
export function checkBuiltInScenarios(): Scenario[] {
  const all: unknown[] = Object.values(SCENARIO_FILES).flatMap((file) => (Array.isArray(file) ? file : [file]));
  const { scenarios, problems } = validateScenarios(all);
  if (problems.length > 0) {
    throw new Error(`Övningarna i utils/training/scenarios har fel:\n${problems.map(describeProblem).join('\n')}`);
  }
  return scenarios.map((scenario) => ({ ...scenario, source: 'builtin' as const }));
}

let cached: Scenario[] | undefined;

export function builtInScenarios(): Scenario[] {
  cached ??= checkBuiltInScenarios();
  return cached;
}
