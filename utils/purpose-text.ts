/**
 * What each kind of channel (a directory purpose) is called, and what it is for, Swedish first: the
 * options page's directory editor and the training page's own-scenario form show the same names.
 */
import type { Purpose } from '../responses/directory-types';
import type { UiLanguage } from './ui-text';

export interface PurposeText {
  name: string;
  hint: string;
}

export const PURPOSE_TEXT: Record<UiLanguage, Record<Purpose, PurposeText>> = {
  sv: {
    individual_matters: { name: 'Egna ärenden', hint: 'En persons eget ärende hos kommunen.' },
    child_concern: { name: 'Oro för barn', hint: 'Orosanmälan om ett barn som kan fara illa.' },
    adult_concern: { name: 'Oro för vuxen', hint: 'Oro för en vuxen, till exempel en äldre person eller någon med missbruk.' },
    social_emergency: { name: 'Socialjour', hint: 'Akuta sociala ärenden när kontoren har stängt.' },
    emergency: { name: 'Akut fara', hint: 'Fara för liv eller hälsa, eller ett brott som pågår.' },
    police: { name: 'Polisen', hint: 'Brott som inte pågår just nu.' },
    complaints: { name: 'Synpunkter och klagomål', hint: 'Klagomål på en verksamhet.' },
    health_advice: { name: 'Sjukvårdsråd', hint: 'Råd om vård och hälsa.' },
    crisis_support: { name: 'Stöd i kris', hint: 'Någon att prata med vid förtvivlan eller tankar på självmord.' },
    child_support: { name: 'Stöd för barn och unga', hint: 'Barn och unga som behöver en vuxen att prata med.' },
    violence_support: { name: 'Våld i nära relation', hint: 'Stöd till den som utsätts för våld av en närstående.' },
    manager: { name: 'Chef för ett ansvarsområde', hint: 'Informeras om allvarlig kritik. Står aldrig i ett svar.' },
  },
  en: {
    individual_matters: { name: 'Own matters', hint: "A person's own matter with the municipality." },
    child_concern: { name: 'Concern for a child', hint: 'A report of concern about a child who may be at risk.' },
    adult_concern: { name: 'Concern for an adult', hint: 'Concern for an adult, for example an elderly person or someone with an addiction.' },
    social_emergency: { name: 'Social emergency service', hint: 'Urgent social matters when the offices are closed.' },
    emergency: { name: 'Danger now', hint: 'Danger to life or health, or a crime in progress.' },
    police: { name: 'The police', hint: 'Crimes that are not going on now.' },
    complaints: { name: 'Comments and complaints', hint: 'Complaints about a service.' },
    health_advice: { name: 'Health advice', hint: 'Advice on care and health.' },
    crisis_support: { name: 'Crisis support', hint: 'Someone to talk to in despair or with thoughts of suicide.' },
    child_support: { name: 'Support for children and young people', hint: 'Children and young people who need an adult to talk to.' },
    violence_support: { name: 'Violence in close relationships', hint: 'Support for someone who is hurt by a partner or relative.' },
    manager: { name: 'Manager of a service area', hint: 'Informed of serious criticism. Never named in a reply.' },
  },
};
