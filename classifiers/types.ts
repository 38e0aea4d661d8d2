/** The six things a moderator must react to (SCHEMA.md in the shared corpus uses these exact names). */
export const LABELS = ['individual_case', 'child_at_risk', 'crime', 'crisis', 'criticism', 'sensitive_data'] as const;
export type Label = (typeof LABELS)[number];

/** acute: danger now, 112 · high: handle at once · normal: handle today · none: nothing flagged. */
export const URGENCIES = ['acute', 'high', 'normal', 'none'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The guideline's steps, as stable ids the UI, storage and replies can rely on. */
export const ACTIONS = [
  'acknowledge', // bekräfta personen och visa empati
  'explain_secrecy', // förklara att sekretessen hindrar oss att hantera ärendet här
  'refer_to_channel', // hänvisa vidare till rätt instans med direktnummer
  'call_112', // akut fara eller pågående brott: 112 nu
  'police_report', // gör en polisanmälan själv
  'report_concern_child', // orosanmälan till socialtjänsten
  'inform_manager', // allvarlig kritik framförs till ansvarig chef
  'hide_personal_data', // dölj kommentaren eller be om att personuppgifterna tas bort
  'follow_up', // följ upp att personen fått hjälp
  'manual_review_language', // språket stöds inte: en människa måste läsa
] as const;
export type ActionId = (typeof ACTIONS)[number];

export type Platform = 'facebook' | 'instagram' | 'business-suite' | 'other';

export interface CommentInput {
  text: string;
  /** ISO 639-1 code if already known; detected when missing. */
  lang?: string;
  platform?: Platform | string;
  /** The municipality post the comment answers, for context. */
  post?: string;
}

export interface Evidence {
  label: Label;
  ruleId: string;
  /** UTF-16 offsets into the original comment text. */
  start: number;
  end: number;
  excerpt: string;
}

export interface Assessment {
  lang: string;
  labels: Label[];
  urgency: Urgency;
  scores: Record<Label, number>;
  evidence: Evidence[];
  actions: ActionId[];
}

export interface ClassifyOptions {
  /** Per-label score a comment must reach to carry the label (0..1). */
  thresholds?: Partial<Record<Label, number>>;
}
