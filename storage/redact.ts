/**
 * What of a comment may be stored: an excerpt with personal data masked, and the assessment with
 * its evidence excerpts masked the same way. The full text never reaches the database.
 */
import { redactPersonalData } from '../classifiers/personal-data';
import type { Assessment } from '../classifiers/types';
import type { StoredAssessment } from './records';

export const EXCERPT_LENGTH = 280;

export function redactExcerpt(text: string, length = EXCERPT_LENGTH): string {
  const masked = redactPersonalData(typeof text === 'string' ? text : '').replace(/\s+/g, ' ').trim();
  return masked.length <= length ? masked : `${masked.slice(0, length - 1).trimEnd()}…`;
}

export function redactAssessment(assessment: Assessment): StoredAssessment {
  return {
    lang: assessment.lang,
    labels: [...assessment.labels],
    urgency: assessment.urgency,
    scores: { ...assessment.scores },
    evidence: assessment.evidence.map((e) => ({ label: e.label, ruleId: e.ruleId, start: e.start, end: e.end, excerpt: redactPersonalData(e.excerpt) })),
    actions: [...assessment.actions],
  };
}
