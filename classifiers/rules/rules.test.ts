// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rule, RuleExamples } from '../rule';
import { testRuleExamples } from '../rule-tester';
import { LABELS } from '../types';
import { RULES } from './index';

const RULE_DIR = import.meta.dirname;
const ruleFiles = readdirSync(RULE_DIR)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && !file.endsWith('.test.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

/** Each rule file's module: the rule itself and the examples exported beside it. */
const modules = import.meta.glob<{ default: Rule; examples: RuleExamples }>(['./*.ts', '!./index.ts', '!./*.test.ts'], { eager: true });
const examplesOf = (rule: Rule): RuleExamples => {
  const examples = modules[`./${rule.meta.id}.ts`]?.examples;
  if (!examples) throw new Error(`rules/${rule.meta.id}.ts exports no examples`);
  return examples;
};

describe('every rule', () => {
  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s fires on its match examples and on none of its noMatch examples', (_id, rule) => {
    expect(testRuleExamples(rule, examplesOf(rule))).toEqual([]);
  });
});

describe('rule parity', () => {
  it('lists every rule file in rules/index.ts, once', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s has examples both ways, a known label and both descriptions', (_id, rule) => {
    expect(modules[`./${rule.meta.id}.ts`]?.default).toBe(rule);
    expect(examplesOf(rule).match.length).toBeGreaterThan(0);
    expect(examplesOf(rule).noMatch.length).toBeGreaterThan(0);
    expect(LABELS).toContain(rule.meta.label);
    expect(rule.meta.description.sv.trim()).not.toBe('');
    expect(rule.meta.description.en.trim()).not.toBe('');
    expect(rule.meta.guideline.trim()).not.toBe('');
  });

  it('covers every label with at least one rule', () => {
    for (const label of LABELS) expect(RULES.some((rule) => rule.meta.label === label)).toBe(true);
  });
});

describe('rule tester', () => {
  it('reports a missed example, a false positive and a duplicate', () => {
    const alwaysHalf = {
      meta: { id: 'probe', label: 'crisis' as const, description: { sv: 'x', en: 'x' }, guideline: 'x' },
      match: (analysis: { text: string }) => (analysis.text === 'a' ? null : { score: 0.9, hits: [] }),
    };
    const kinds = testRuleExamples(alwaysHalf as never, { match: ['a', 'a'], noMatch: ['b'] }).map((failure) => failure.kind);
    expect(kinds).toEqual(['missed', 'duplicate', 'missed', 'false-positive']);
  });
});
