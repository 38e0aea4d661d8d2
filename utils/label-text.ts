/**
 * What the labels and urgencies are called in the overlay, the side panel and the pages, Swedish
 * first. The badge never relies on colour alone: each urgency has a word and an icon too.
 */
import type { Label, Urgency } from '../classifiers/types';
import type { UiLanguage } from './ui-text';

export const LABEL_TEXT: Record<UiLanguage, Record<Label, string>> = {
  sv: {
    individual_case: 'Enskilt ärende',
    child_at_risk: 'Barn som far illa',
    crime: 'Brott',
    crisis: 'Person i kris',
    criticism: 'Allvarlig kritik',
    sensitive_data: 'Personuppgifter',
  },
  en: {
    individual_case: 'Individual case',
    child_at_risk: 'Child at risk',
    crime: 'Crime',
    crisis: 'Person in crisis',
    criticism: 'Serious criticism',
    sensitive_data: 'Personal data',
  },
};

export interface UrgencyLook {
  /** The word on the badge. */
  word: string;
  /** A glyph that tells the urgencies apart without colour. */
  icon: string;
  /** Badge background; text on it is white or near-black to keep 4.5:1 contrast. */
  background: string;
  foreground: string;
}

export const URGENCY_LOOK: Record<UiLanguage, Record<Urgency, UrgencyLook>> = {
  sv: {
    acute: { word: 'Akut', icon: '⚠', background: '#b00020', foreground: '#ffffff' },
    high: { word: 'Brådskande', icon: '▲', background: '#a84300', foreground: '#ffffff' },
    normal: { word: 'Åtgärda', icon: '●', background: '#1d4e89', foreground: '#ffffff' },
    none: { word: 'Ingen åtgärd', icon: '○', background: '#e6e8eb', foreground: '#14213d' },
  },
  en: {
    acute: { word: 'Acute', icon: '⚠', background: '#b00020', foreground: '#ffffff' },
    high: { word: 'Urgent', icon: '▲', background: '#a84300', foreground: '#ffffff' },
    normal: { word: 'Action', icon: '●', background: '#1d4e89', foreground: '#ffffff' },
    none: { word: 'No action', icon: '○', background: '#e6e8eb', foreground: '#14213d' },
  },
};

/** Most urgent first; the triage queue and the toolbar count sort and filter by it. */
export const URGENCY_ORDER: Record<Urgency, number> = { acute: 0, high: 1, normal: 2, none: 3 };
