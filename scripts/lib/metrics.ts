/**
 * Scores a classifier against labelled comments: per-label precision/recall/F1, macro-F1,
 * recall of acute urgency, the false-positive rate on comments with nothing to flag, and every miss.
 */
import { LABELS, type Assessment, type Label, type Urgency } from '../../classifiers';

export interface LabelledComment {
  id: string;
  text: string;
  labels: Label[];
  urgency: Urgency;
  lang?: string;
  platform?: string;
  post?: string;
}

export interface LabelScore {
  label: Label;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  text: string;
  expected: Label[];
  got: Label[];
  expectedUrgency: Urgency;
  gotUrgency: Urgency;
}

export interface EvaluationReport {
  items: number;
  perLabel: LabelScore[];
  macroF1: number;
  acuteRecall: number;
  acuteItems: number;
  urgencyAccuracy: number;
  cleanItems: number;
  cleanFalsePositiveRate: number;
  languageAccuracy: number;
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(items: readonly LabelledComment[], predictions: readonly Assessment[]): EvaluationReport {
  const perLabel = LABELS.map((label): LabelScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    items.forEach((item, i) => {
      const expected = item.labels.includes(label);
      const got = predictions[i]?.labels.includes(label) ?? false;
      if (expected && got) tp++;
      else if (got) fp++;
      else if (expected) fn++;
    });
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, tp, fp, fn, precision, recall, f1 };
  });
  const acute = items.map((item, i) => [item, predictions[i]] as const).filter(([item]) => item.urgency === 'acute');
  const clean = items.map((item, i) => [item, predictions[i]] as const).filter(([item]) => item.labels.length === 0);
  const withLang = items.map((item, i) => [item, predictions[i]] as const).filter(([item]) => item.lang);
  const misses: Miss[] = [];
  items.forEach((item, i) => {
    const got = predictions[i];
    if (!got) return;
    const same = got.labels.length === item.labels.length && got.labels.every((label) => item.labels.includes(label));
    if (!same || got.urgency !== item.urgency) {
      misses.push({ id: item.id, text: item.text, expected: item.labels, got: got.labels, expectedUrgency: item.urgency, gotUrgency: got.urgency });
    }
  });
  return {
    items: items.length,
    perLabel,
    macroF1: perLabel.reduce((sum, s) => sum + s.f1, 0) / perLabel.length,
    acuteRecall: ratio(acute.filter(([, p]) => p?.urgency === 'acute').length, acute.length),
    acuteItems: acute.length,
    urgencyAccuracy: ratio(items.filter((item, i) => predictions[i]?.urgency === item.urgency).length, items.length),
    cleanItems: clean.length,
    cleanFalsePositiveRate: clean.length === 0 ? 0 : clean.filter(([, p]) => (p?.labels.length ?? 0) > 0).length / clean.length,
    languageAccuracy: ratio(withLang.filter(([item, p]) => item.lang === p?.lang).length, withLang.length),
    misses,
  };
}
