/**
 * The passages of the guideline ("Så hanterar du enskilda ärenden i sociala medier", Varbergs
 * kommun) that training feedback cites, quoted word for word so a trainee learns the rulebook's
 * own wording. Scenarios refer to them by key.
 */
export const GUIDELINE_KEYS = [
  'secrecy',
  'no-private-message',
  'empathy',
  'no-standard-reply',
  'priority',
  'refer',
  'insist',
  'criticism',
  'crime',
  'child',
  'follow-up',
  'ask-colleague',
] as const;
export type GuidelineKey = (typeof GUIDELINE_KEYS)[number];

export interface GuidelinePassage {
  heading: string;
  quote: string;
}

export const GUIDELINE_TITLE = 'Så hanterar du enskilda ärenden i sociala medier (Varbergs kommun)';

export const GUIDELINE: Record<GuidelineKey, GuidelinePassage> = {
  secrecy: {
    heading: 'Inga individärenden i sociala medier',
    quote: 'Individärenden får aldrig diskuteras i sociala medier, eftersom det skulle innebära att sekretessen bröts.',
  },
  'no-private-message': {
    heading: 'Inga individärenden i sociala medier',
    quote: 'Inte ens att kommunicera via personligt direktmeddelande är tillräckligt säkert.',
  },
  empathy: {
    heading: 'Så här gör du',
    quote: 'Utan att ta ställning i sakfrågan, bekräfta personen och visa empati, framför allt om det är en person i kris.',
  },
  'no-standard-reply': {
    heading: 'Bekräfta och visa empati',
    quote: 'Undvik dock att använda standardsvar eller upprepa exakt samma svar flera gånger.',
  },
  priority: {
    heading: 'Hantera frågan omgående, prioritera bort annat',
    quote: 'Prioritera den här typen av inlägg eller kommentarer.',
  },
  refer: {
    heading: 'Hänvisa ärendet vidare',
    quote:
      'När en person hör av sig och vill prata om ett enskilt individärende, måste du hänvisa vidare till rätt instans om du vet vilken det är (till exempel socialtjänsten), gärna med ett direkttelefonnummer.',
  },
  insist: {
    heading: 'Kontaktvägar inom organisationen',
    quote:
      'Om personen insisterar på att upprätthålla en dialog i sociala medier om sitt individärende, lämna kontaktuppgift till ansvarig chef eller annan kontaktperson, och be personen att fortsätta samtalet via e-post eller telefon.',
  },
  criticism: {
    heading: 'Kontaktvägar inom organisationen',
    quote:
      'Allvarlig kritik som framförs på sociala medier riktat mot en verksamhet eller ett verksamhetsområde ska alltid framföras till chefen för det ansvarsområdet.',
  },
  crime: {
    heading: 'Kännedom om brott',
    quote:
      'Om du får kännedom om ett pågående brott ska du hänvisa till polisen: telefonnummer 112 vid akuta ärenden, annars telefonnummer 114 14. Du ska också själv göra en polisanmälan om du får kännedom om brott via sociala medier.',
  },
  child: {
    heading: 'Kännedom om barn som far illa',
    quote:
      'Om du får kännedom om barn som far illa ska du göra en anmälan till socialtjänsten. Kontakta i så fall barn- och familjeenhetens mottagningsgrupp på telefon 0340-88500 under kontorstid. Vid akuta ärenden utanför kontorstid kan kontakt tas med socialjouren via samhällets larmnummer 112.',
  },
  'follow-up': {
    heading: 'Följ upp',
    quote: 'Följ upp internt inom organisationen så att du vet att personen har fått rätt kontakt/hjälp.',
  },
  'ask-colleague': {
    heading: 'Hantera frågan omgående, prioritera bort annat',
    quote: 'Om du känner dig osäker, konsultera en kollega eller din närmsta kommunikatör. Två tänker bättre än en.',
  },
};
