/**
 * classifiers/: decides which comments a moderator must act on. Pure TypeScript, no DOM, no
 * browser API: the same code runs in a content script, the service worker, the pages and Node.
 * See README.md in this folder for how rules, concepts and the analysis fit together.
 */
export { classify, actionsFor, DEFAULT_THRESHOLDS } from './classify';
export { detectLanguage } from './language';
export { prepareConcepts as prepareClassifier } from './concepts';
export { findPersonalData, redactPersonalData, type PersonalDataKind, type PersonalDataSpan } from './personal-data';
export { RULES } from './rules';
export * from './types';
