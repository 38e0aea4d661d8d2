/**
 * The words of "Egna övningar", where a supervisor writes practice scenarios of their own. Swedish
 * first, plain language, du-form and short sentences. The channel purposes' names are the options
 * page's (utils/purpose-text.ts), so a supervisor meets the same words in both places.
 */
import type { Urgency } from '../../classifiers/types';
import type { Purpose } from '../../responses/directory-types';
import type { Level, TrainingStep } from '../../utils/training/scenario';
import { PURPOSE_TEXT } from '../../utils/purpose-text';
import type { UiLanguage } from '../../utils/ui-text';

/** The form's fields, by the scenario path their problems come back under. */
export const SCENARIO_FIELDS = [
  'level',
  'platform',
  'lang',
  'when',
  'post.author',
  'post.text',
  'comment.author',
  'comment.text',
  'expected.labels',
  'expected.urgency',
  'expected.steps',
  'expected.referTo',
  'lookalikeOf',
  'explanation.sv',
  'explanation.en',
  'guideline',
] as const;
export type ScenarioField = (typeof SCENARIO_FIELDS)[number];

export interface ScenarioEditorText {
  heading: string;
  intro: string;
  errorWord: string;
  form: {
    heading: string;
    level: string;
    levels: Record<Level, { name: string; hint: string }>;
    platform: string;
    platforms: { facebook: string; instagram: string };
    lang: string;
    langs: { sv: string; en: string };
    when: string;
    whenHint: string;
    date: string;
    time: string;
    postAuthor: string;
    postAuthorHint: string;
    postText: string;
    commentAuthor: string;
    commentAuthorHint: string;
    commentText: string;
    labels: string;
    labelsHint: string;
    urgency: string;
    urgencyHint: string;
    urgencies: Record<Urgency, string>;
    steps: string;
    stepsHint: string;
    noSteps: string;
    referTo: string;
    referToHint: string;
    lookalikeOf: string;
    lookalikeOfHint: string;
    explanationSv: string;
    explanationSvHint: string;
    explanationEn: string;
    guideline: string;
    guidelineHint: string;
    save: string;
    saved: string;
    summaryHeading(count: number): string;
    /** Where each field is, as the error summary names it. */
    places: Record<ScenarioField, string>;
    /** What to do about a problem in each field. */
    errors: Record<ScenarioField, string>;
    tooLong(max: number): string;
    /** A problem the form has no field for. */
    otherPlace: string;
    /** No channel of the chosen kinds answers at the scenario's hour in the contact list in use. */
    unreachable: string;
  };
  steps: Record<TrainingStep, string>;
  purposes: Record<Purpose, string>;
  importing: {
    heading: string;
    intro: string;
    file: string;
    chosen(name: string): string;
    notJson: string;
    tooBig: string;
    empty: string;
    problems(count: number): string;
    imported(added: number, replaced: number): string;
  };
  list: {
    heading: string;
    loading: string;
    none: string;
    level(level: Level): string;
    noLabels: string;
    remove: string;
    question(excerpt: string): string;
    confirm: string;
    cancel: string;
    removed: string;
    exportButton: string;
    exportHint: string;
    exported(count: number): string;
    fileName(date: string): string;
  };
}

const sv: ScenarioEditorText = {
  heading: 'Egna övningar',
  intro:
    'Här skriver du egna övningar, så att ni övar på sådant som händer i er kommun. Övningarna sparas bara i den här webbläsaren. Skriv aldrig om en riktig person. Hitta på namn och detaljer.',
  errorWord: 'Fel',
  form: {
    heading: 'Skriv en ny övning',
    level: 'Hur svår är övningen?',
    levels: {
      1: { name: 'Nivå 1', hint: 'En tydlig sak att reagera på.' },
      2: { name: 'Nivå 2', hint: 'Flera saker på en gång, eller ett tecken som är lätt att missa.' },
      3: { name: 'Nivå 3', hint: 'Svåra avvägningar, och kommentarer som bara liknar något allvarligt.' },
    },
    platform: 'Var skrevs kommentaren?',
    platforms: { facebook: 'Facebook', instagram: 'Instagram' },
    lang: 'Vilket språk är kommentaren på?',
    langs: { sv: 'Svenska', en: 'Engelska' },
    when: 'När kom kommentaren?',
    whenHint: 'Tiden avgör vilka kanaler som har öppet, och alltså vart personen ska hänvisas.',
    date: 'Datum',
    time: 'Klockslag',
    postAuthor: 'Vem skrev inlägget?',
    postAuthorHint: 'Oftast kommunens eget konto.',
    postText: 'Inläggets text',
    commentAuthor: 'Vem skrev kommentaren?',
    commentAuthorHint: 'Hitta på ett namn.',
    commentText: 'Kommentarens text',
    labels: 'Vad finns i kommentaren?',
    labelsHint: 'Kryssa i allt som stämmer. Kryssa inte i något om kommentaren inte behöver åtgärdas.',
    urgency: 'Hur bråttom är det?',
    urgencyHint: 'Välj ”Ingen åtgärd” bara när du inte har kryssat i något ovan.',
    urgencies: {
      acute: 'Fara just nu. Ring 112.',
      high: 'Hantera direkt och lägg annat åt sidan.',
      normal: 'Hantera i dag.',
      none: 'Kommentaren behöver inte åtgärdas.',
    },
    steps: 'Stegen som riktlinjen kräver:',
    stepsHint: 'Stegen följer av det du har kryssat i och hur bråttom det är. Du kan inte ändra dem här, så övningen stämmer alltid med riktlinjen.',
    noSteps: 'Inga steg. Kommentaren behöver inte åtgärdas.',
    referTo: 'Vart ska personen hänvisas?',
    referToHint: 'Kryssa i alla kanaler som är rätt vid den tiden. Det räcker att den som övar väljer en av dem.',
    lookalikeOf: 'Liknar kommentaren något som den inte är? (frivilligt)',
    lookalikeOfHint:
      'Till exempel en kommentar som låter som ett brott men inte är det. Då kommer övningen med när någon övar på just det. Kryssa inte i något som du redan har valt ovan.',
    explanationSv: 'Förklaring på svenska',
    explanationSvHint: 'Varför är det här rätt? Skriv några meningar med riktlinjens ord. Den som övar ser förklaringen efter sitt svar.',
    explanationEn: 'Förklaring på engelska (frivilligt)',
    guideline: 'Vilka delar av riktlinjen gäller?',
    guidelineHint: 'Välj minst en. Den som övar ser citatet i återkopplingen.',
    save: 'Spara övningen',
    saved: 'Övningen är sparad.',
    summaryHeading: (count) => (count === 1 ? 'Rätta ett fel innan du sparar' : `Rätta ${count} fel innan du sparar`),
    places: {
      level: 'Svårighet',
      platform: 'Plats',
      lang: 'Språk',
      when: 'Datum och klockslag',
      'post.author': 'Inläggets avsändare',
      'post.text': 'Inläggets text',
      'comment.author': 'Kommentarens avsändare',
      'comment.text': 'Kommentarens text',
      'expected.labels': 'Vad som finns i kommentaren',
      'expected.urgency': 'Hur bråttom det är',
      'expected.steps': 'Stegen',
      'expected.referTo': 'Vart personen ska hänvisas',
      lookalikeOf: 'Vad kommentaren liknar',
      'explanation.sv': 'Förklaring på svenska',
      'explanation.en': 'Förklaring på engelska',
      guideline: 'Riktlinjen',
    },
    errors: {
      level: 'Välj hur svår övningen är.',
      platform: 'Välj Facebook eller Instagram.',
      lang: 'Välj svenska eller engelska.',
      when: 'Välj både datum och klockslag.',
      'post.author': 'Skriv vem som skrev inlägget.',
      'post.text': 'Skriv inläggets text.',
      'comment.author': 'Skriv vem som skrev kommentaren.',
      'comment.text': 'Skriv kommentarens text.',
      'expected.labels': 'Kryssa i varje sak bara en gång.',
      'expected.urgency': 'Välj ”Ingen åtgärd” bara när inget är ikryssat. Har du kryssat i något, välj hur bråttom det är.',
      'expected.steps': 'Stegen stämmer inte med riktlinjen. Ändra vad som är ikryssat.',
      'expected.referTo': 'Kryssa i minst en kanal som personen ska hänvisas till.',
      lookalikeOf: 'Kryssa inte i något här som du redan har valt under ”Vad finns i kommentaren?”.',
      'explanation.sv': 'Skriv en förklaring på svenska.',
      'explanation.en': 'Skriv en förklaring på engelska, eller lämna fältet tomt.',
      guideline: 'Välj minst en del av riktlinjen.',
    },
    tooLong: (max) => `Texten är för lång. Skriv högst ${max} tecken.`,
    otherPlace: 'Övningen',
    unreachable: 'Ingen kanal i er kontaktlista som passar svarar vid den tiden. Välj fler kanaltyper eller en annan tid.',
  },
  steps: {
    reply: 'Svara, bekräfta personen och förklara sekretessen',
    refer: 'Hänvisa till rätt kanal',
    call_112: 'Ring 112',
    police_report: 'Gör en polisanmälan',
    concern_report: 'Gör en orosanmälan till socialtjänsten',
    inform_manager: 'Informera ansvarig chef',
    hide_personal_data: 'Dölj personuppgifterna',
    follow_up: 'Följ upp att personen fått hjälp',
  },
  purposes: purposeNames('sv'),

  importing: {
    heading: 'Importera övningar',
    intro: 'Har du fått övningar från en kollega? Välj filen här. Är något fel i filen sparas ingenting, och du ser vad som behöver rättas.',
    file: 'Välj fil med övningar (JSON)',
    chosen: (name) => `Fil: ${name}`,
    notJson: 'Filen går inte att läsa. Den ska vara en JSON-fil med övningar. Inget har sparats.',
    tooBig: 'Filen är för stor för att vara en fil med övningar (högst 2 MB). Inget har sparats.',
    empty: 'Filen innehåller inga övningar. Inget har sparats.',
    problems: (count) => (count === 1 ? 'Filen har ett fel. Inget har sparats.' : `Filen har ${count} fel. Inget har sparats.`),
    imported: (added, replaced) => {
      const parts = [added === 1 ? '1 ny övning' : `${added} nya övningar`];
      if (replaced > 0) parts.push(replaced === 1 ? '1 övning ersatte en äldre version' : `${replaced} övningar ersatte äldre versioner`);
      return `Klart. ${parts.join(', ')}.`;
    },
  },
  list: {
    heading: 'Dina övningar',
    loading: 'Hämtar dina övningar …',
    none: 'Du har inga egna övningar än.',
    level: (level) => `Nivå ${level}`,
    noLabels: 'Inget att åtgärda',
    remove: 'Ta bort',
    question: (excerpt) => `Vill du ta bort övningen ”${excerpt}”? Det går inte att ångra.`,
    confirm: 'Ja, ta bort',
    cancel: 'Avbryt',
    removed: 'Övningen är borttagen.',
    exportButton: 'Exportera egna övningar',
    exportHint: 'Du får en fil som går att importera i en annan webbläsare.',
    exported: (count) => (count === 1 ? 'Filen med 1 övning laddas ner.' : `Filen med ${count} övningar laddas ner.`),
    fileName: (date) => `sekretessvakt-egna-ovningar-${date}.json`,
  },
};

const en: ScenarioEditorText = {
  heading: 'Your own scenarios',
  intro:
    'Here you write practice scenarios of your own, so that your team practises on what happens in your municipality. They are saved in this browser only. Never write about a real person. Make up names and details.',
  errorWord: 'Error',
  form: {
    heading: 'Write a new scenario',
    level: 'How hard is the scenario?',
    levels: {
      1: { name: 'Level 1', hint: 'One clear thing to react to.' },
      2: { name: 'Level 2', hint: 'Several things at once, or a sign that is easy to miss.' },
      3: { name: 'Level 3', hint: 'Hard calls, and comments that only look like something serious.' },
    },
    platform: 'Where was the comment written?',
    platforms: { facebook: 'Facebook', instagram: 'Instagram' },
    lang: 'What language is the comment in?',
    langs: { sv: 'Swedish', en: 'English' },
    when: 'When did the comment come in?',
    whenHint: 'The time decides which channels are open, and so where to refer the person.',
    date: 'Date',
    time: 'Time',
    postAuthor: 'Who wrote the post?',
    postAuthorHint: "Usually the municipality's own account.",
    postText: 'Text of the post',
    commentAuthor: 'Who wrote the comment?',
    commentAuthorHint: 'Make up a name.',
    commentText: 'Text of the comment',
    labels: 'What is in the comment?',
    labelsHint: 'Tick everything that applies. Tick nothing if the comment needs no action.',
    urgency: 'How urgent is it?',
    urgencyHint: 'Choose “No action” only when you have ticked nothing above.',
    urgencies: {
      acute: 'Danger right now. Call 112.',
      high: 'Handle it at once and put other work aside.',
      normal: 'Handle it today.',
      none: 'The comment needs no action.',
    },
    steps: 'The steps the guideline requires:',
    stepsHint: 'The steps follow from what you ticked and how urgent it is. You cannot change them here, so the scenario always agrees with the guideline.',
    noSteps: 'No steps. The comment needs no action.',
    referTo: 'Where should the person be referred?',
    referToHint: 'Tick every channel that is right at that time. The trainee only needs to choose one of them.',
    lookalikeOf: 'Does the comment look like something it is not? (optional)',
    lookalikeOfHint:
      'For example a comment that sounds like a crime but is not one. The scenario then comes up when someone practises on exactly that. Do not tick anything you already chose above.',
    explanationSv: 'Explanation in Swedish',
    explanationSvHint: 'Why is this right? Write a few sentences in the words of the guideline. The trainee sees the explanation after answering.',
    explanationEn: 'Explanation in English (optional)',
    guideline: 'Which parts of the guideline apply?',
    guidelineHint: 'Choose at least one. The trainee sees the quote in the feedback. The guideline is in Swedish.',
    save: 'Save the scenario',
    saved: 'The scenario is saved.',
    summaryHeading: (count) => (count === 1 ? 'Fix one error before you save' : `Fix ${count} errors before you save`),
    places: {
      level: 'Difficulty',
      platform: 'Platform',
      lang: 'Language',
      when: 'Date and time',
      'post.author': 'Author of the post',
      'post.text': 'Text of the post',
      'comment.author': 'Author of the comment',
      'comment.text': 'Text of the comment',
      'expected.labels': 'What is in the comment',
      'expected.urgency': 'How urgent it is',
      'expected.steps': 'The steps',
      'expected.referTo': 'Where to refer the person',
      lookalikeOf: 'What the comment looks like',
      'explanation.sv': 'Explanation in Swedish',
      'explanation.en': 'Explanation in English',
      guideline: 'The guideline',
    },
    errors: {
      level: 'Choose how hard the scenario is.',
      platform: 'Choose Facebook or Instagram.',
      lang: 'Choose Swedish or English.',
      when: 'Choose both a date and a time.',
      'post.author': 'Write who wrote the post.',
      'post.text': 'Write the text of the post.',
      'comment.author': 'Write who wrote the comment.',
      'comment.text': 'Write the text of the comment.',
      'expected.labels': 'Tick each thing only once.',
      'expected.urgency': 'Choose “No action” only when nothing is ticked. If you ticked something, choose how urgent it is.',
      'expected.steps': 'The steps do not agree with the guideline. Change what is ticked.',
      'expected.referTo': 'Tick at least one channel to refer the person to.',
      lookalikeOf: 'Do not tick anything here that you already chose under “What is in the comment?”.',
      'explanation.sv': 'Write an explanation in Swedish.',
      'explanation.en': 'Write an explanation in English, or leave the field empty.',
      guideline: 'Choose at least one part of the guideline.',
    },
    tooLong: (max) => `The text is too long. Write at most ${max} characters.`,
    otherPlace: 'The scenario',
    unreachable: 'No channel of those kinds in your contact list answers at that time. Choose more kinds of channel or another time.',
  },
  steps: {
    reply: 'Reply, acknowledge the person and explain secrecy',
    refer: 'Refer to the right channel',
    call_112: 'Call 112',
    police_report: 'Report to the police',
    concern_report: 'Report concern to social services',
    inform_manager: 'Inform the manager in charge',
    hide_personal_data: 'Hide the personal data',
    follow_up: 'Follow up that the person got help',
  },
  purposes: purposeNames('en'),

  importing: {
    heading: 'Import scenarios',
    intro: 'Did a colleague send you scenarios? Choose the file here. If anything in the file is wrong, nothing is saved, and you see what needs fixing.',
    file: 'Choose a file with scenarios (JSON)',
    chosen: (name) => `File: ${name}`,
    notJson: 'The file cannot be read. It should be a JSON file with scenarios. Nothing was saved.',
    tooBig: 'The file is too large to be a file of scenarios (2 MB at most). Nothing was saved.',
    empty: 'The file holds no scenarios. Nothing was saved.',
    problems: (count) => (count === 1 ? 'The file has one error. Nothing was saved.' : `The file has ${count} errors. Nothing was saved.`),
    imported: (added, replaced) => {
      const parts = [added === 1 ? '1 new scenario' : `${added} new scenarios`];
      if (replaced > 0) parts.push(replaced === 1 ? '1 scenario replaced an older version' : `${replaced} scenarios replaced older versions`);
      return `Done. ${parts.join(', ')}.`;
    },
  },
  list: {
    heading: 'Your scenarios',
    loading: 'Loading your scenarios …',
    none: 'You have no scenarios of your own yet.',
    level: (level) => `Level ${level}`,
    noLabels: 'Nothing to act on',
    remove: 'Remove',
    question: (excerpt) => `Do you want to remove the scenario “${excerpt}”? This cannot be undone.`,
    confirm: 'Yes, remove',
    cancel: 'Cancel',
    removed: 'The scenario is removed.',
    exportButton: 'Export your scenarios',
    exportHint: 'You get a file that can be imported in another browser.',
    exported: (count) => (count === 1 ? 'The file with 1 scenario is downloading.' : `The file with ${count} scenarios is downloading.`),
    fileName: (date) => `sekretessvakt-own-scenarios-${date}.json`,
  },
};

export const SCENARIO_EDITOR_TEXT: Record<UiLanguage, ScenarioEditorText> = { sv, en };

export function scenarioEditorText(lang: UiLanguage): ScenarioEditorText {
  return SCENARIO_EDITOR_TEXT[lang];
}

function purposeNames(lang: UiLanguage): Record<Purpose, string> {
  return Object.fromEntries(Object.entries(PURPOSE_TEXT[lang]).map(([purpose, text]) => [purpose, text.name])) as Record<Purpose, string>;
}
