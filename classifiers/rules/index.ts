/** Every classifier rule, listed explicitly so a rule cannot be left out by accident (rules.test.ts checks). */
import type { Rule } from '../rule';
import childHarmed from './child-harmed';
import despair from './despair';
import emergencyNow from './emergency-now';
import fearForLife from './fear-for-life';
import homeAddress from './home-address';
import hidingNow from './hiding-now';
import homelessTonight from './homeless-tonight';
import namedPersonDetails from './named-person-details';
import missingPerson from './missing-person';
import narcotics from './narcotics';
import ownMatter from './own-matter';
import ownMoneyClaim from './own-money-claim';
import peopleHarmedByService from './people-harmed-by-service';
import personalIdentityNumber from './personal-identity-number';
import privateContactDetails from './private-contact-details';
import propertyCrime from './property-crime';
import publicAccusation from './public-accusation';
import selfHarm from './self-harm';
import seriousCriticism from './serious-criticism';
import suicidalThoughts from './suicidal-thoughts';
import suicidePlan from './suicide-plan';
import threatOrHarassment from './threat-or-harassment';
import violenceAgainstPerson from './violence-against-person';
import weaponInPublic from './weapon-in-public';
import youngWriterUnsafe from './young-writer-unsafe';

export const RULES: readonly Rule[] = [
  ownMatter,
  ownMoneyClaim,
  childHarmed,
  youngWriterUnsafe,
  violenceAgainstPerson,
  propertyCrime,
  threatOrHarassment,
  publicAccusation,
  narcotics,
  weaponInPublic,
  suicidalThoughts,
  suicidePlan,
  selfHarm,
  despair,
  emergencyNow,
  missingPerson,
  homelessTonight,
  fearForLife,
  hidingNow,
  seriousCriticism,
  peopleHarmedByService,
  personalIdentityNumber,
  privateContactDetails,
  homeAddress,
  namedPersonDetails,
];
