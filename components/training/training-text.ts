/**
 * Every text on the training page, Swedish first. Plain language and du-form, short sentences.
 */
import type { Label, Urgency } from '../../classifiers/types';
import type { Purpose } from '../../responses/directory-types';
import type { UiLanguage } from '../../utils/ui-text';
import type { Focus } from '../../utils/training/order';
import type { TrainingStep } from '../../utils/training/scenario';
import type { ChannelVerdict, CriticalMiss, LabelOutcome } from '../../utils/training/scoring';

export type TrainingView = 'practice' | 'progress' | 'own';

export interface TrainingText {
  title: string;
  lead: string;
  viewsLabel: string;
  views: Record<TrainingView, string>;
  loading: string;
  noName: string;
  toOptions: string;
  start: {
    heading: string;
    lengthLegend: string;
    length(n: number): string;
    focusLabel: string;
    focus: Record<Focus, string>;
    available(n: number): string;
    tooFew(n: number): string;
    level(n: number): string;
    weak(labels: string): string;
    begin: string;
  };
  practice: {
    position(i: number, n: number): string;
    level(n: number): string;
    posted(when: string): string;
    platform: { facebook: string; instagram: string };
    postRegion: string;
    answerHeading: string;
    labelsLegend: string;
    labelsHint: string;
    urgencyLegend: string;
    urgencyHint: Record<Urgency, string>;
    stepsLegend: string;
    steps: Record<TrainingStep, string>;
    referLegend: string;
    referHint: string;
    replyLabel: string;
    replyHint: string;
    submit: string;
    chooseUrgency: string;
    endSession: string;
  };
  feedback: {
    heading: string;
    score(n: number): string;
    passed: string;
    notPassed: string;
    critical: Record<CriticalMiss, string>;
    labelsHeading: string;
    labelColumns: { label: string; yours: string; right: string; verdict: string };
    yes: string;
    no: string;
    outcome: Record<LabelOutcome, string>;
    labelMeaning: Record<Label, string>;
    urgencyHeading: string;
    urgency(given: string, expected: string): string;
    urgencyRight: string;
    stepsHeading: string;
    stepColumns: { step: string; yours: string; right: string; verdict: string };
    stepVerdict: { right: string; missed: string; extra: string; rightButChannel: string };
    stepWhen: Record<TrainingStep, string>;
    referralHeading: string;
    channelVerdict: Record<ChannelVerdict['verdict'], string>;
    noChannel: string;
    reopens(time: string): string;
    rightPurposes(names: string): string;
    replyHeading: string;
    replyPoints(points: number, max: number): string;
    noFindings: string;
    replyMissing: string;
    noReplyNeeded: string;
    modelsHeading: string;
    modelsNote: string;
    model(n: number): string;
    whyHeading: string;
    guidelineHeading: string;
    next: string;
    finish: string;
  };
  purposes: Record<Purpose, string>;
  summary: {
    heading: string;
    average(n: number): string;
    passed(k: number, n: number): string;
    caption: string;
    columns: { item: string; score: string; passed: string };
    again: string;
    toProgress: string;
  };
  progress: {
    heading: string;
    empty: string;
    overviewHeading: string;
    attempts: string;
    sessions: string;
    averageScore: string;
    passedShare: string;
    urgencyRight: string;
    criticalMisses: string;
    labelsHeading: string;
    labelsCaption: string;
    labelColumns: { label: string; attempts: string; score: string };
    weeksHeading: string;
    weeksCaption: string;
    weekColumns: { week: string; attempts: string; average: string };
    week(n: number, monday: string): string;
    weakHeading: string;
    noWeak: string;
    exportHeading: string;
    exportHint: string;
    nameLabel: string;
    exportButton: string;
    exported(file: string): string;
    needName: string;
    exportFailed: string;
  };
  none: string;
  percent(share: number | null): string;
}

const sv: TrainingText = {
  title: 'Övning',
  lead: 'Öva på påhittade inlägg och kommentarer innan du modererar kommunens sidor. Du får återkoppling på varje svar.',
  viewsLabel: 'Delar av övningen',
  views: { practice: 'Öva', progress: 'Mina resultat', own: 'Egna övningar' },
  loading: 'Laddar …',
  noName: 'Du har inte skrivit in ditt namn. Din handledare behöver det i sammanfattningen.',
  toOptions: 'Skriv in ditt namn i inställningarna',
  start: {
    heading: 'Starta en omgång',
    lengthLegend: 'Hur många övningar?',
    length: (n) => `${n} övningar`,
    focusLabel: 'Vad vill du öva på?',
    focus: {
      all: 'Allt blandat',
      individual_case: 'Enskilda ärenden',
      child_at_risk: 'Barn som far illa',
      crime: 'Brott',
      crisis: 'Personer i kris',
      criticism: 'Allvarlig kritik',
      sensitive_data: 'Personuppgifter',
      lookalike: 'Knepiga fall som inte kräver åtgärd',
      acute: 'Akuta lägen',
    },
    available: (n) => (n === 1 ? '1 övning finns för det valet.' : `${n} övningar finns för det valet.`),
    tooFew: (n) => `Det finns bara ${n} ${n === 1 ? 'övning' : 'övningar'} för det valet, så omgången blir kortare.`,
    level: (n) => `Du börjar på nivå ${n} av 3. Svarar du rätt blir övningarna svårare.`,
    weak: (labels) => `Öva gärna mer på: ${labels}.`,
    begin: 'Börja öva',
  },
  practice: {
    position: (i, n) => `Övning ${i} av ${n}`,
    level: (n) => `Nivå ${n}`,
    posted: (when) => `Kommentaren kom in ${when}.`,
    platform: { facebook: 'Facebook', instagram: 'Instagram' },
    postRegion: 'Kommunens inlägg och kommentaren',
    answerHeading: 'Ditt svar',
    labelsLegend: 'Vad behöver flaggas?',
    labelsHint: 'Kryssa i allt som stämmer. Kryssa inget om kommentaren inte kräver någon åtgärd.',
    urgencyLegend: 'Hur brådskande är det?',
    urgencyHint: {
      acute: 'fara nu, 112',
      high: 'hantera direkt',
      normal: 'hantera i dag',
      none: 'inget att åtgärda',
    },
    stepsLegend: 'Vad gör du?',
    steps: {
      reply: 'Svarar i kommentarerna: bekräftar personen och förklarar sekretessen',
      refer: 'Hänvisar vidare',
      call_112: 'Hänvisar till 112 direkt',
      police_report: 'Gör en polisanmälan själv',
      concern_report: 'Gör en orosanmälan till socialtjänsten',
      inform_manager: 'Informerar ansvarig chef',
      hide_personal_data: 'Döljer kommentaren eller ber att personuppgifterna tas bort',
      follow_up: 'Följer upp att personen har fått hjälp',
    },
    referLegend: 'Vart hänvisar du?',
    referHint: 'Tänk på när kommentaren kom in. Vem svarar då?',
    replyLabel: 'Ditt svar i kommentarerna',
    replyHint: 'Skriv som du skulle svara på riktigt. Lämna tomt om du inte skulle svara.',
    submit: 'Rätta mitt svar',
    chooseUrgency: 'Välj hur brådskande det är.',
    endSession: 'Avsluta omgången',
  },
  feedback: {
    heading: 'Återkoppling',
    score: (n) => `${n} av 100 poäng`,
    passed: 'Godkänt',
    notPassed: 'Inte godkänt än',
    critical: {
      'missed-acute': 'Det här var akut. Någon är i fara nu, och då går 112 före allt annat.',
      'missed-112': 'Du hänvisade inte till 112, fast någon var i fara just då.',
      'missed-concern-report': 'Du gjorde ingen orosanmälan, fast ett barn kan fara illa. Det måste du alltid göra.',
    },
    labelsHeading: 'Etiketter',
    labelColumns: { label: 'Etikett', yours: 'Ditt svar', right: 'Rätt svar', verdict: 'Bedömning' },
    yes: 'Ja',
    no: 'Nej',
    outcome: { hit: 'Rätt', reject: 'Rätt', miss: 'Missad', false: 'Behövdes inte' },
    labelMeaning: {
      individual_case: 'Enskilt ärende: personen tar upp sitt eget ärende med kommunen, eller någon annans.',
      child_at_risk: 'Barn som far illa: ett verkligt barn kan skadas, försummas eller vara otryggt.',
      crime: 'Brott: ett verkligt brott har hänt, pågår eller hotas.',
      crisis: 'Person i kris: någon är i kris eller i fara, till exempel tankar på att inte vilja leva.',
      criticism: 'Allvarlig kritik: kritik mot en verksamhet, med allvarliga följder för människor.',
      sensitive_data: 'Personuppgifter: personnummer, adress, privat telefon eller namn med känsliga uppgifter om en privatperson.',
    },
    urgencyHeading: 'Brådska',
    urgency: (given, expected) => `Du valde ${given}. Rätt är ${expected}.`,
    urgencyRight: 'Rätt brådska.',
    stepsHeading: 'Steg',
    stepColumns: { step: 'Steg', yours: 'Ditt svar', right: 'Rätt svar', verdict: 'Bedömning' },
    stepVerdict: { right: 'Rätt', missed: 'Saknas', extra: 'Behövs inte här', rightButChannel: 'Rätt steg, men se kanalen nedan' },
    stepWhen: {
      reply: 'Svara alltid när något ska flaggas: bekräfta personen och förklara att sekretessen hindrar oss från att ta upp ärendet här.',
      refer: 'Hänvisa till rätt instans med ett direktnummer som svarar vid den tiden.',
      call_112: '112 gäller när någon är i fara nu eller ett brott pågår.',
      police_report: 'En polisanmälan gör du själv när du tror eller vet att ett brott har begåtts.',
      concern_report: 'En orosanmälan gör du när du tror eller vet att ett barn far illa.',
      inform_manager: 'Allvarlig kritik mot en verksamhet ska alltid vidare till chefen för verksamheten.',
      hide_personal_data: 'Dölj kommentaren, eller be att uppgifterna tas bort, när den lämnar ut personuppgifter om någon.',
      follow_up: 'Följ upp internt att personen har fått rätt kontakt eller hjälp.',
    },
    referralHeading: 'Hänvisning',
    channelVerdict: {
      right: 'rätt kanal, och den svarar vid den tiden',
      closed: 'rätt sorts kanal, men den är stängd vid den tiden',
      wrong: 'inte rätt kanal för det här',
    },
    noChannel: 'Du valde ingen kanal att hänvisa till.',
    reopens: (time) => `Den har stängt en kort stund men svarar igen kl. ${time.replace(':', '.')}. Skriv det i svaret, och att det är 112 om det blir akut.`,
    rightPurposes: (names) => `Rätt här: ${names}.`,
    replyHeading: 'Ditt svar i kommentarerna',
    replyPoints: (points, max) => `${points} av ${max} poäng för svaret.`,
    noFindings: 'Svarskontrollen hittade inget att anmärka på.',
    replyMissing: 'Du skrev inget svar. Personen behöver ett svar som bekräftar och hänvisar vidare.',
    noReplyNeeded: 'Här behövdes inget svar om sekretess. Svara som vanligt om det passar.',
    modelsHeading: 'Två förslag på svar',
    modelsNote: 'Du får nya förslag varje gång. Använd dem som förebild, inte som mall.',
    model: (n) => `Förslag ${n}`,
    whyHeading: 'Varför',
    guidelineHeading: 'Ur riktlinjen',
    next: 'Nästa övning',
    finish: 'Se hur det gick',
  },
  purposes: {
    individual_matters: 'kommunens kundservice för egna ärenden',
    child_concern: 'socialtjänstens mottagningsgrupp, oro för barn',
    adult_concern: 'socialtjänsten, oro för en vuxen',
    social_emergency: 'socialjouren (via 112)',
    emergency: '112',
    police: 'polisen på 114 14',
    complaints: 'synpunkter och klagomål',
    health_advice: '1177 Vårdguiden',
    crisis_support: 'en stödlinje för den som har det svårt',
    child_support: 'BRIS för barn och unga',
    violence_support: 'Kvinnofridslinjen',
    manager: 'ansvarig chef',
  },
  summary: {
    heading: 'Omgången är klar',
    average: (n) => `Snittpoäng: ${n} av 100.`,
    passed: (k, n) => `${k} av ${n} godkända.`,
    caption: 'Övningarna i omgången',
    columns: { item: 'Övning', score: 'Poäng', passed: 'Godkänd' },
    again: 'Öva igen',
    toProgress: 'Se alla dina resultat',
  },
  progress: {
    heading: 'Mina resultat',
    empty: 'Du har inte övat än. Börja med en kort omgång.',
    overviewHeading: 'Översikt',
    attempts: 'Övningar',
    sessions: 'Omgångar',
    averageScore: 'Snittpoäng',
    passedShare: 'Godkända',
    urgencyRight: 'Rätt brådska',
    criticalMisses: 'Allvarliga missar',
    labelsHeading: 'Andel rätt per etikett',
    labelsCaption: 'Räknat på övningarna där etiketten var rätt svar eller där du kryssade i den.',
    labelColumns: { label: 'Etikett', attempts: 'Tillfällen', score: 'Andel rätt' },
    weeksHeading: 'Vecka för vecka',
    weeksCaption: 'De senaste åtta veckorna.',
    weekColumns: { week: 'Vecka', attempts: 'Övningar', average: 'Snittpoäng' },
    week: (n, monday) => `v. ${n} (${monday})`,
    weakHeading: 'Öva mer på',
    noWeak: 'Inga svaga områden just nu.',
    exportHeading: 'Sammanfattning till din handledare',
    exportHint: 'Filen innehåller ditt namn och dina siffror, inga svar. Din handledare läser in den på sidan Uppföljning, under Övningsresultat.',
    nameLabel: 'Ditt namn',
    exportButton: 'Exportera sammanfattning',
    exported: (file) => `Sammanfattningen är sparad som ${file}.`,
    needName: 'Skriv ditt namn först, så vet din handledare vems resultat det är.',
    exportFailed: 'Det gick inte att skapa filen. Försök igen.',
  },
  none: 'Inga',
  percent: (share) => (share === null ? '–' : `${Math.round(share * 100)} %`),
};

const en: TrainingText = {
  title: 'Practice',
  lead: 'Practise on made-up posts and comments before you moderate the municipality’s pages. You get feedback on every answer.',
  viewsLabel: 'Parts of the practice page',
  views: { practice: 'Practise', progress: 'My results', own: 'Your own scenarios' },
  loading: 'Loading…',
  noName: 'You have not entered your name. Your supervisor needs it in the summary.',
  toOptions: 'Enter your name in the settings',
  start: {
    heading: 'Start a round',
    lengthLegend: 'How many scenarios?',
    length: (n) => `${n} scenarios`,
    focusLabel: 'What do you want to practise?',
    focus: {
      all: 'A mix of everything',
      individual_case: 'Individual cases',
      child_at_risk: 'Children at risk',
      crime: 'Crime',
      crisis: 'People in crisis',
      criticism: 'Serious criticism',
      sensitive_data: 'Personal data',
      lookalike: 'Tricky cases that need no action',
      acute: 'Acute situations',
    },
    available: (n) => (n === 1 ? '1 scenario fits that choice.' : `${n} scenarios fit that choice.`),
    tooFew: (n) => `Only ${n} ${n === 1 ? 'scenario fits' : 'scenarios fit'} that choice, so the round will be shorter.`,
    level: (n) => `You start at level ${n} of 3. Right answers make the scenarios harder.`,
    weak: (labels) => `You could practise more on: ${labels}.`,
    begin: 'Start practising',
  },
  practice: {
    position: (i, n) => `Scenario ${i} of ${n}`,
    level: (n) => `Level ${n}`,
    posted: (when) => `The comment came in ${when}.`,
    platform: { facebook: 'Facebook', instagram: 'Instagram' },
    postRegion: 'The municipality’s post and the comment',
    answerHeading: 'Your answer',
    labelsLegend: 'What needs to be flagged?',
    labelsHint: 'Tick everything that applies. Tick nothing if the comment needs no action.',
    urgencyLegend: 'How urgent is it?',
    urgencyHint: { acute: 'danger now, 112', high: 'handle at once', normal: 'handle today', none: 'nothing to do' },
    stepsLegend: 'What do you do?',
    steps: {
      reply: 'Reply in the comments: acknowledge the person and explain secrecy',
      refer: 'Refer onwards',
      call_112: 'Refer to 112 at once',
      police_report: 'File a police report yourself',
      concern_report: 'File a report of concern with social services',
      inform_manager: 'Inform the manager responsible',
      hide_personal_data: 'Hide the comment or ask for the personal data to be removed',
      follow_up: 'Follow up that the person got help',
    },
    referLegend: 'Where do you refer?',
    referHint: 'Think about when the comment came in. Who answers then?',
    replyLabel: 'Your reply in the comments',
    replyHint: 'Write as you would for real. Leave it empty if you would not reply.',
    submit: 'Check my answer',
    chooseUrgency: 'Choose how urgent it is.',
    endSession: 'End the round',
  },
  feedback: {
    heading: 'Feedback',
    score: (n) => `${n} of 100 points`,
    passed: 'Passed',
    notPassed: 'Not passed yet',
    critical: {
      'missed-acute': 'This was acute. Someone is in danger now, so 112 comes before everything else.',
      'missed-112': 'You did not refer to 112, even though someone was in danger right then.',
      'missed-concern-report': 'You filed no report of concern, although a child may be at risk. You must always do that.',
    },
    labelsHeading: 'Labels',
    labelColumns: { label: 'Label', yours: 'Your answer', right: 'Right answer', verdict: 'Verdict' },
    yes: 'Yes',
    no: 'No',
    outcome: { hit: 'Right', reject: 'Right', miss: 'Missed', false: 'Not needed' },
    labelMeaning: {
      individual_case: 'Individual case: the person brings up their own matter with the municipality, or someone else’s.',
      child_at_risk: 'Child at risk: a real child may be harmed, neglected or unsafe.',
      crime: 'Crime: a real crime has happened, is going on or is threatened.',
      crisis: 'Person in crisis: someone is in crisis or in danger, for example thoughts of not wanting to live.',
      criticism: 'Serious criticism: criticism of a service, with serious consequences for people.',
      sensitive_data: 'Personal data: a personal identity number, address, private phone number or name with sensitive details about a private person.',
    },
    urgencyHeading: 'Urgency',
    urgency: (given, expected) => `You chose ${given}. The right answer is ${expected}.`,
    urgencyRight: 'Right urgency.',
    stepsHeading: 'Steps',
    stepColumns: { step: 'Step', yours: 'Your answer', right: 'Right answer', verdict: 'Verdict' },
    stepVerdict: { right: 'Right', missed: 'Missing', extra: 'Not needed here', rightButChannel: 'Right step, but see the channel below' },
    stepWhen: {
      reply: 'Always reply when something is flagged: acknowledge the person and explain that secrecy stops us handling the matter here.',
      refer: 'Refer to the right body with a direct number that answers at that time.',
      call_112: '112 applies when someone is in danger now or a crime is going on.',
      police_report: 'You file a police report yourself when you believe or know a crime has been committed.',
      concern_report: 'You file a report of concern when you believe or know a child is at risk.',
      inform_manager: 'Serious criticism of a service must always go to the manager responsible for it.',
      hide_personal_data: 'Hide the comment, or ask for the data to be removed, when it discloses personal data about someone.',
      follow_up: 'Follow up internally that the person got the right contact or help.',
    },
    referralHeading: 'Referral',
    channelVerdict: {
      right: 'the right channel, and it answers at that time',
      closed: 'the right kind of channel, but it is closed at that time',
      wrong: 'not the right channel for this',
    },
    noChannel: 'You chose no channel to refer to.',
    reopens: (time) => `It is closed for a short while but answers again at ${time}. Say so in the reply, and that it is 112 if it becomes acute.`,
    rightPurposes: (names) => `Right here: ${names}.`,
    replyHeading: 'Your reply in the comments',
    replyPoints: (points, max) => `${points} of ${max} points for the reply.`,
    noFindings: 'The reply check found nothing to remark on.',
    replyMissing: 'You wrote no reply. The person needs a reply that acknowledges them and refers them on.',
    noReplyNeeded: 'No reply about secrecy was needed here. Reply as usual if it fits.',
    modelsHeading: 'Two suggested replies',
    modelsNote: 'You get new suggestions each time. Use them as a model, not a template.',
    model: (n) => `Suggestion ${n}`,
    whyHeading: 'Why',
    guidelineHeading: 'From the guideline (in Swedish)',
    next: 'Next scenario',
    finish: 'See how it went',
  },
  purposes: {
    individual_matters: 'the municipality’s customer service, for a person’s own matters',
    child_concern: 'social services’ reception team, concern about a child',
    adult_concern: 'social services, concern about an adult',
    social_emergency: 'the out-of-hours social emergency service (through 112)',
    emergency: '112',
    police: 'the police on 114 14',
    complaints: 'comments and complaints',
    health_advice: '1177, the healthcare advice line',
    crisis_support: 'a support line for anyone who is struggling',
    child_support: 'BRIS for children and young people',
    violence_support: 'Kvinnofridslinjen',
    manager: 'the manager responsible',
  },
  summary: {
    heading: 'The round is done',
    average: (n) => `Average score: ${n} of 100.`,
    passed: (k, n) => `${k} of ${n} passed.`,
    caption: 'The scenarios in this round',
    columns: { item: 'Scenario', score: 'Score', passed: 'Passed' },
    again: 'Practise again',
    toProgress: 'See all your results',
  },
  progress: {
    heading: 'My results',
    empty: 'You have not practised yet. Start with a short round.',
    overviewHeading: 'Overview',
    attempts: 'Scenarios',
    sessions: 'Rounds',
    averageScore: 'Average score',
    passedShare: 'Passed',
    urgencyRight: 'Right urgency',
    criticalMisses: 'Critical misses',
    labelsHeading: 'Share right per label',
    labelsCaption: 'Counted over the scenarios where the label was the right answer or where you ticked it.',
    labelColumns: { label: 'Label', attempts: 'Times', score: 'Share right' },
    weeksHeading: 'Week by week',
    weeksCaption: 'The last eight weeks.',
    weekColumns: { week: 'Week', attempts: 'Scenarios', average: 'Average score' },
    week: (n, monday) => `w. ${n} (${monday})`,
    weakHeading: 'Practise more on',
    noWeak: 'No weak areas right now.',
    exportHeading: 'Summary for your supervisor',
    exportHint: 'The file holds your name and your figures, no answers. Your supervisor imports it on the Follow-up page, under Training results.',
    nameLabel: 'Your name',
    exportButton: 'Export summary',
    exported: (file) => `The summary is saved as ${file}.`,
    needName: 'Enter your name first, so your supervisor knows whose results they are.',
    exportFailed: 'The file could not be created. Try again.',
  },
  none: 'None',
  percent: (share) => (share === null ? '–' : `${Math.round(share * 100)}%`),
};

export function trainingText(lang: UiLanguage): TrainingText {
  return lang === 'en' ? en : sv;
}

const WEEKDAYS = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const MONTHS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "tisdag 10 mars 2026 kl. 10.15" from a scenario's "2026-03-10T10:15": wall-clock time, no time zone maths. */
export function formatWhen(when: string, lang: UiLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u.exec(when);
  if (!match) return when;
  const [, year, month, day, hour, minute] = match;
  const weekday = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay();
  return lang === 'en'
    ? `${WEEKDAYS.en[weekday]} ${Number(day)} ${MONTHS.en[Number(month) - 1]} ${year} at ${hour}:${minute}`
    : `${WEEKDAYS.sv[weekday]} ${Number(day)} ${MONTHS.sv[Number(month) - 1]} ${year} kl. ${hour}.${minute}`;
}
