/**
 * Every text on the options page, Swedish first, English beside it. Plain language and du-form,
 * short sentences: the reader is a municipal communicator, not a developer. Field errors are whole
 * sentences that say what to write instead (directory-errors.ts picks them).
 */
import { PURPOSE_TEXT } from '../../utils/purpose-text';
import type { Label } from '../../classifiers/types';
import type { Bilingual, Purpose, Weekday } from '../../responses/directory';
import type { DiagnosticEntry } from '../../storage/records';
import type { UiLanguage } from '../../utils/ui-text';

export const SECTION_IDS = ['namn', 'katalog', 'forhandsvisning', 'kanslighet', 'gallring', 'aviseringar', 'sprak', 'dela', 'diagnostik', 'radera'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type SensitivityStep = 'more' | 'standard' | 'fewer';
export type HoursKind = 'always' | 'outside' | 'unknown' | 'office';

interface Named {
  name: string;
  hint: string;
}

export interface OptionsText {
  title: string;
  lead: string;
  navLabel: string;
  sections: Record<SectionId, string>;
  errorWord: string;
  noteWord: string;
  /** Starts every "saved" message. */
  saved: string;
  reloadNote: string;
  saveFailed: string;
  cancel: string;
  weekdays: Record<Weekday, string>;
  weekdaysShort: Record<Weekday, string>;

  name: { intro: string; label: string; hint: string; missing: string; required: string; save: string };

  directory: {
    heading: string;
    intro: string;
    builtIn(municipality: string): string;
    editCopy: string;
    editing: string;
    invalidSaved: string;
    municipalityLegend: string;
    inSwedish: string;
    inEnglish: string;
    channelsHeading: string;
    channelNumber(n: number): string;
    errorCount(n: number): string;
    internalTag: string;
    addChannel: string;
    addManager: string;
    newChannel: Bilingual;
    newManager: Bilingual;
    remove(name: string): string;
    removed(name: string): string;
    save: string;
    savedDone: string;
    blocked(n: number): string;
    summaryHeading(n: number): string;
    unsaved: string;
    discard: string;
    reset: string;
    resetQuestion: string;
    resetConfirm: string;
    resetDone: string;
    overviewCaption: string;
    columns: { channel: string; phone: string; hours: string; purposes: string };
    unknownPhone: string;
  };

  channel: {
    nameSv: string;
    nameEn: string;
    inSentenceSv: string;
    inSentenceEn: string;
    inSentenceHint: string;
    id: string;
    idHint: string;
    phoneUnknown: string;
    phoneUnknownHint: string;
    phone: string;
    phoneHint: string;
    via: string;
    viaHint: string;
    email: string;
    url: string;
    urlHint: string;
    purposesLegend: string;
    internal: string;
    internalHint: string;
    serviceArea: string;
    serviceAreaHint: string;
    managerNotInternal: string;
    source: string;
    sourceHint: string;
  };

  purposes: Record<Purpose, Named>;

  hours: {
    kind: string;
    kinds: Record<HoursKind, Named>;
    of: string;
    chooseChannel: string;
    weekLegend: string;
    open: string;
    opens: string;
    closes: string;
    lunchLegend: string;
    lunchToggle: string;
    lunchStarts: string;
    lunchEnds: string;
    dayBeforeHolidayLegend: string;
    dayBeforeHolidayToggle: string;
    holidays: string;
    holidaysClosed: string;
    holidaysOpen: string;
    summaryOutside(name: string): string;
    summaryLunch: string;
    summaryClosed: string;
  };

  /** Field names for the error summary, by path inside a channel (`hours.week.day.open`) or in the directory. */
  directoryFields: Record<string, string>;

  directoryErrors: {
    phone: string;
    email: string;
    url: string;
    id: string;
    time: string;
    format: string;
    span: string;
    duplicateId: string;
    of: string;
    unknownChannel: string;
    purposes: string;
    channels: string;
    empty: string;
    tooFew: string;
    tooLong: string;
    hoursKind: string;
    choose: string;
    missing: string;
    other: string;
  };

  preview: {
    intro: string;
    sample: string;
    date: string;
    hour: string;
    comment: string;
    seen(labels: string): string;
    referral: string;
    noPhone: string;
    state: { open: string; closed: string; unknown: string };
    reopens(time: string): string;
    acute: string;
    internal: string;
    reply: string;
    noReply: string;
    invalidDraft: string;
    day: { workday: string; weekend: string; holiday(name: string): string; dayBeforeHoliday(name: string): string };
    uncovered: string;
    badDate: string;
  };

  sensitivity: {
    intro: string;
    steps: Record<SensitivityStep, Named>;
    risk(label: string): string;
    labelHelp: Record<Label, string>;
    save: string;
  };

  retention: { purged: string[]; label: string; invalid: string; save: string; savedDays(days: number): string };

  notify: { intro: string; label: string; on: string; off: string; denied: string; failed: string };

  language: { legend: string; auto: string; sv: string; en: string; save: string; saved: string };

  transfer: {
    intro: string;
    export: string;
    exported(file: string): string;
    importLabel: string;
    importHint: string;
    previewHeading: string;
    same: string;
    apply: string;
    applied: string;
    directoryWarning: string;
    directoryTo(municipality: string, channels: number): string;
    directoryBuiltIn: string;
    threshold(label: string, from: string, to: string): string;
    retention(from: number, to: number): string;
    notify(from: boolean, to: boolean): string;
    readFailed: string;
  };

  diagnostics: {
    intro: string;
    storage(usedMb: string, quotaMb: string | null): string;
    storageUnknown: string;
    counts(errors: number, total: number): string;
    empty: string;
    caption: string;
    columns: { time: string; source: string; kind: string; where: string; message: string };
    kinds: Record<DiagnosticEntry['kind'], string>;
    sources: Record<DiagnosticEntry['source'], string>;
    copy: string;
    copied: string;
    copyFailed: string;
    refresh: string;
  };

  erase: {
    intro: string;
    start: string;
    question: string;
    cannotUndo: string;
    typeLabel: string;
    word: string;
    mismatch: string;
    confirm: string;
    done(tasks: number): string;
    failed: string;
  };
}

const sv: OptionsText = {
  title: 'Inställningar',
  lead: 'Här anger du ditt namn, kommunens kontaktvägar och hur känslig Sekretessvakt ska vara. Ändringar gäller när du sparar.',
  navLabel: 'Innehåll på sidan',
  sections: {
    namn: 'Ditt namn',
    katalog: 'Kommunens kontaktvägar',
    forhandsvisning: 'Förhandsvisa ett svar',
    kanslighet: 'Känslighet',
    gallring: 'Gallring',
    aviseringar: 'Aviseringar',
    sprak: 'Språk',
    dela: 'Dela inställningar',
    diagnostik: 'Diagnostik',
    radera: 'Radera all data',
  },
  errorWord: 'Fel',
  noteWord: 'Obs',
  saved: 'Sparat.',
  reloadNote: 'Sidor som redan är öppna på Facebook eller Instagram använder ändringen när du laddar om dem.',
  saveFailed: 'Det gick inte att spara. Inget har ändrats. Försök igen.',
  cancel: 'Avbryt',
  weekdays: { mon: 'Måndag', tue: 'Tisdag', wed: 'Onsdag', thu: 'Torsdag', fri: 'Fredag', sat: 'Lördag', sun: 'Söndag' },
  weekdaysShort: { mon: 'mån', tue: 'tis', wed: 'ons', thu: 'tors', fri: 'fre', sat: 'lör', sun: 'sön' },

  name: {
    intro: 'Ditt namn står i loggen och i checklistorna, så att det syns vem som gjorde vad.',
    label: 'Ditt namn eller dina initialer',
    hint: 'Till exempel Anna Berg eller AB.',
    missing: 'Du har inte skrivit något namn än. Loggen visar då ”okänd”.',
    required: 'Skriv ditt namn eller dina initialer.',
    save: 'Spara namnet',
  },

  directory: {
    heading: 'Kommunens kontaktvägar',
    intro: 'Svaren hänvisar till kommunens kontaktvägar, med det nummer som passar tiden på dygnet. Här skriver du in dem.',
    builtIn: (municipality) =>
      `Du använder den inbyggda katalogen för ${municipality}. Några nummer saknas i den. Då lovar svaret att återkomma med en kontaktväg.`,
    editCopy: 'Redigera en kopia av katalogen',
    editing: 'Du redigerar kommunens egen katalog. Den ersätter den inbyggda när du sparar.',
    invalidSaved: 'Den sparade katalogen har fel. Tills du rättar dem använder Sekretessvakt den inbyggda katalogen.',
    municipalityLegend: 'Kommunens namn',
    inSwedish: 'På svenska',
    inEnglish: 'På engelska',
    channelsHeading: 'Kanaler',
    channelNumber: (n) => `Kanal ${n}`,
    errorCount: (n) => (n === 1 ? '1 fel' : `${n} fel`),
    internalTag: 'intern',
    addChannel: 'Lägg till kanal',
    addManager: 'Lägg till chef för ett ansvarsområde',
    newChannel: { sv: 'Ny kanal', en: 'New channel' },
    newManager: { sv: 'Ansvarig chef', en: 'Manager responsible' },
    remove: (name) => `Ta bort ${name}`,
    removed: (name) => `${name} är borttagen. Spara för att ändringen ska gälla.`,
    save: 'Spara katalogen',
    savedDone: 'Svaren använder nu den här katalogen.',
    blocked: (n) => `Katalogen har ${n === 1 ? 'ett fel' : `${n} fel`}. Du kan spara när ${n === 1 ? 'det är rättat' : 'de är rättade'}. Felen står vid fälten.`,
    summaryHeading: (n) => (n === 1 ? 'Rätta ett fel innan du sparar' : `Rätta ${n} fel innan du sparar`),
    unsaved: 'Du har ändringar som inte är sparade.',
    discard: 'Ångra ändringarna',
    reset: 'Återställ till den inbyggda katalogen',
    resetQuestion: 'Vill du ta bort kommunens egen katalog och använda den inbyggda igen? Det går inte att ångra.',
    resetConfirm: 'Ja, återställ',
    resetDone: 'Den inbyggda katalogen används igen.',
    overviewCaption: 'Kanalerna i den inbyggda katalogen',
    columns: { channel: 'Kanal', phone: 'Telefon', hours: 'Öppettider', purposes: 'Till för' },
    unknownPhone: 'Okänt',
  },

  channel: {
    nameSv: 'Namn på svenska',
    nameEn: 'Namn på engelska',
    inSentenceSv: 'Namnet inne i en mening, på svenska',
    inSentenceEn: 'Namnet inne i en mening, på engelska',
    inSentenceHint: 'Till exempel ”kommunens kundservice”. Lämna tomt så används namnet.',
    id: 'Kort id',
    idHint: 'Små bokstäver, siffror och bindestreck. Andra kanaler hänvisar hit med id:t.',
    phoneUnknown: 'Vi vet inte numret än',
    phoneUnknownHint: 'Svaren lovar då att återkomma med en kontaktväg. De hittar aldrig på ett nummer.',
    phone: 'Telefonnummer',
    phoneHint: 'Till exempel 0340-88 500.',
    via: 'Nås genom numret',
    viaHint: 'Fyll bara i om kanalen nås genom ett annat nummer, som socialjouren genom 112.',
    email: 'E-post',
    url: 'Webbadress',
    urlHint: 'Börjar med https://',
    purposesLegend: 'Vad kanalen är till för',
    internal: 'Intern kontakt',
    internalHint: 'Står aldrig i ett svar. Används i uppföljningen, till exempel när en chef ska informeras.',
    serviceArea: 'Ansvarsområde',
    serviceAreaHint: 'När en kommentar kritiserar ett område föreslås chefen för det området. Sekretessvakt känner igen skola, omsorg och socialtjänst.',
    managerNotInternal: 'En chef bör vara en intern kontakt. Annars kan numret hamna i ett svar.',
    source: 'Källa',
    sourceHint: 'Var numret och tiderna kommer ifrån, för den som kontrollerar dem.',
  },

  purposes: PURPOSE_TEXT.sv,


  hours: {
    kind: 'Öppettider',
    kinds: {
      always: { name: 'Dygnet runt', hint: 'Svarar alltid, som 112.' },
      outside: { name: 'När en annan kanal har stängt', hint: 'Som socialjouren, som svarar när mottagningsgruppen har stängt.' },
      unknown: { name: 'Vet inte', hint: 'Svaren säger då aldrig att kanalen är öppen eller stängd.' },
      office: { name: 'Kontorstider', hint: 'Tider per veckodag, i svensk tid.' },
    },
    of: 'Svarar när den här kanalen har stängt',
    chooseChannel: 'Välj kanal',
    weekLegend: 'Öppet per veckodag',
    open: 'Öppet',
    opens: 'Öppnar',
    closes: 'Stänger',
    lunchLegend: 'Lunch',
    lunchToggle: 'Stängt för lunch',
    lunchStarts: 'Lunch börjar',
    lunchEnds: 'Lunch slutar',
    dayBeforeHolidayLegend: 'Dag före röd dag',
    dayBeforeHolidayToggle: 'Kortare tider dag före röd dag',
    holidays: 'Röda dagar',
    holidaysClosed: 'Stängt på röda dagar och på midsommar-, jul- och nyårsafton',
    holidaysOpen: 'Öppet som vanligt på röda dagar',
    summaryOutside: (name) => `När ${name} har stängt`,
    summaryLunch: 'lunchstängt',
    summaryClosed: 'Stängt alla dagar',
  },

  directoryFields: {
    'municipality.sv': 'Kommunens namn på svenska',
    'municipality.en': 'Kommunens namn på engelska',
    channels: 'Kanaler',
    id: 'Kort id',
    'name.sv': 'Namn på svenska',
    'name.en': 'Namn på engelska',
    'inSentence.sv': 'Namnet inne i en mening, på svenska',
    'inSentence.en': 'Namnet inne i en mening, på engelska',
    phone: 'Telefonnummer',
    via: 'Nås genom numret',
    email: 'E-post',
    url: 'Webbadress',
    source: 'Källa',
    serviceArea: 'Ansvarsområde',
    purposes: 'Vad kanalen är till för',
    hours: 'Öppettider',
    'hours.kind': 'Öppettider',
    'hours.of': 'Svarar när den här kanalen har stängt',
    'hours.week.day': 'Öppettider',
    'hours.week.day.open': 'Öppnar',
    'hours.week.day.close': 'Stänger',
    'hours.lunch': 'Stängt för lunch',
    'hours.lunch.open': 'Lunch börjar',
    'hours.lunch.close': 'Lunch slutar',
    'hours.dayBeforeHoliday': 'Dag före röd dag',
    'hours.dayBeforeHoliday.open': 'Dag före röd dag, öppnar',
    'hours.dayBeforeHoliday.close': 'Dag före röd dag, stänger',
  },

  directoryErrors: {
    phone: 'Skriv ett telefonnummer med minst tre siffror, till exempel 0340-88 500. Använd bara siffror, mellanslag och bindestreck, och + först.',
    email: 'Skriv en hel e-postadress, till exempel kundservice@kommun.se.',
    url: 'Skriv en hel webbadress som börjar med https://.',
    id: 'Använd bara små bokstäver a–z, siffror och bindestreck, till exempel chef-skola.',
    time: 'Skriv tiden som TT:MM, till exempel 08:30.',
    format: 'Texten har fel form.',
    span: 'Öppningstiden måste vara före stängningstiden.',
    duplicateId: 'En annan kanal har samma id. Välj ett annat.',
    of: 'Välj vilken kanal den här svarar efter.',
    unknownChannel: 'Den kanalen finns inte längre i katalogen. Välj en annan.',
    purposes: 'Välj minst en sak som kanalen är till för.',
    channels: 'Katalogen behöver minst en kanal.',
    empty: 'Fyll i det här fältet.',
    tooFew: 'Välj minst en.',
    tooLong: 'Texten är för lång.',
    hoursKind: 'Välj vilka öppettider kanalen har.',
    choose: 'Välj ett av alternativen.',
    missing: 'Här saknas ett värde.',
    other: 'Det här värdet går inte att använda.',
  },

  preview: {
    intro: 'Se vilket svar Sekretessvakt skulle föreslå med katalogen du redigerar, även ändringar som inte är sparade. Välj en exempelkommentar och en tidpunkt.',
    sample: 'Exempelkommentar',
    date: 'Datum',
    hour: 'Klockslag',
    comment: 'Kommentaren',
    seen: (labels) => `Sekretessvakt ser: ${labels}.`,
    referral: 'Hänvisar till',
    noPhone: 'nummer saknas, svaret lovar att återkomma',
    state: { open: 'öppet då', closed: 'stängt då', unknown: 'öppettider okända' },
    reopens: (time) => `stängt, öppnar igen ${time.replace(':', '.')}`,
    acute: 'Akut: svaret börjar med att ringa 112.',
    internal: 'Informera internt (står inte i svaret)',
    reply: 'Förslag till svar',
    noReply: 'Inget förslag. Kommentaren behöver inget svar.',
    invalidDraft: 'Katalogen har fel just nu. Förhandsvisningen använder den senaste versionen utan fel.',
    day: {
      workday: 'vardag',
      weekend: 'helg',
      holiday: (name) => `röd dag: ${name}`,
      dayBeforeHoliday: (name) => `dag före röd dag (${name})`,
    },
    uncovered: 'Röda dagar för det året finns inte i kalendern.',
    badDate: 'Välj ett datum.',
  },

  sensitivity: {
    intro: 'Sekretessvakt bedömer hur säkert en kommentar hör till en typ. Här väljer du hur säkert det ska vara innan kommentaren flaggas.',
    steps: {
      more: { name: 'Känsligare', hint: 'Fler kommentarer flaggas. Du missar färre, men får fler falsklarm.' },
      standard: { name: 'Standard', hint: 'Sekretessvaktens grundinställning.' },
      fewer: { name: 'Färre flaggor', hint: 'Bara tydliga fall flaggas. Färre falsklarm, men större risk att missa något.' },
    },
    risk: (label) => `En missad kommentar om ${label.toLowerCase()} kan vara allvarlig. Välj bara ”Färre flaggor” om du får många falsklarm.`,
    labelHelp: {
      individual_case: 'Någon skriver om sitt eget eller en anhörigs ärende hos kommunen.',
      child_at_risk: 'Ett barn kan fara illa.',
      crime: 'Någon beskriver ett brott.',
      crisis: 'Någon mår mycket dåligt eller tänker på att ta sitt liv.',
      criticism: 'Allvarlig kritik mot en verksamhet eller en anställd.',
      sensitive_data: 'Kommentaren innehåller personnummer, telefonnummer, adress eller liknande.',
    },
    save: 'Spara känsligheten',
  },

  retention: {
    purged: [
      'Avslutade uppföljningar och deras kommentarer gallras när de har varit avslutade så många dagar.',
      'Flaggade kommentarer som ingen följer upp gallras så många dagar efter att de senast syntes.',
      'Sparade svar och diagnostik gallras efter lika lång tid.',
      'Öppna uppföljningar gallras aldrig. Loggen över vem som gjorde vad sparas. Den innehåller aldrig kommentarernas text.',
      'Gallringen görs när webbläsaren startar och var tolfte timme.',
    ],
    label: 'Antal dagar (1–365)',
    invalid: 'Skriv ett heltal från 1 till 365.',
    save: 'Spara gallringstiden',
    savedDays: (days) => `Uppgifter sparas nu i ${days} ${days === 1 ? 'dag' : 'dagar'}.`,
  },

  notify: {
    intro: 'Aviseringen säger bara hur många akuta kommentarer som har hittats, aldrig vad de innehåller. Webbläsaren frågar om lov första gången.',
    label: 'Visa en avisering när en akut kommentar hittas',
    on: 'Aviseringar är på.',
    off: 'Aviseringar är av.',
    denied: 'Webbläsaren gav inte lov att visa aviseringar. De är av.',
    failed: 'Det gick inte att ändra aviseringarna. Försök igen.',
  },

  language: {
    legend: 'Språk på Sekretessvaktens sidor',
    auto: 'Samma som webbläsaren',
    sv: 'Svenska',
    en: 'English',
    save: 'Spara språket',
    saved: 'Den här sidan har bytt språk. Andra sidor byter när du laddar om dem.',
  },

  transfer: {
    intro: 'Dela kommunens inställningar med andra moderatorer: kontaktvägarna, känsligheten, gallringstiden och aviseringarna. Ditt namn följer inte med.',
    export: 'Exportera inställningar',
    exported: (file) => `Filen ${file} laddas ned. Den innehåller inte ditt namn.`,
    importLabel: 'Importera inställningar från en fil (.json)',
    importHint: 'Du ser vad som ändras innan något sparas.',
    previewHeading: 'Det här ändras om du importerar',
    same: 'Filen innehåller samma inställningar som du redan har. Inget behöver ändras.',
    apply: 'Importera',
    applied: 'Inställningarna från filen gäller nu.',
    directoryWarning: 'Ändringar i kontaktvägarna som du inte har sparat försvinner.',
    directoryTo: (municipality, channels) => `Kontaktvägarna ersätts med filens: ${municipality}, ${channels} ${channels === 1 ? 'kanal' : 'kanaler'}.`,
    directoryBuiltIn: 'Kontaktvägarna blir den inbyggda katalogen igen.',
    threshold: (label, from, to) => `Känslighet för ${label.toLowerCase()}: ${from} blir ${to}.`,
    retention: (from, to) => `Gallringstid: ${from} ${from === 1 ? 'dag' : 'dagar'} blir ${to} ${to === 1 ? 'dag' : 'dagar'}.`,
    notify: (_from, to) => (to ? 'Aviseringar slås på. Webbläsaren frågar om lov.' : 'Aviseringar slås av.'),
    readFailed: 'Filen gick inte att läsa. Inget har ändrats.',
  },

  diagnostics: {
    intro: 'Här ser du vad tillägget har hittat på sidorna och vilka fel det har stött på. Loggen innehåller aldrig kommentarernas text.',
    storage: (used, quota) => `Sekretessvakt använder ${used} MB${quota ? ` av de ${quota} MB som webbläsaren tillåter` : ''}.`,
    storageUnknown: 'Webbläsaren säger inte hur mycket utrymme som används.',
    counts: (errors, total) => (total === 1 ? `${errors} fel på den senaste raden.` : `${errors} fel bland de ${total} senaste raderna.`),
    empty: 'Loggen är tom.',
    caption: 'De senaste raderna, nyast först',
    columns: { time: 'Tid', source: 'Källa', kind: 'Typ', where: 'Var', message: 'Meddelande' },
    kinds: { scan: 'Läsning', error: 'Fel' },
    sources: { facebook: 'Facebook', instagram: 'Instagram', 'business-suite': 'Business Suite', other: 'Annan sida', background: 'Bakgrunden', page: 'Tilläggets sida' },
    copy: 'Kopiera diagnostik',
    copied: 'Diagnostiken är kopierad. Den innehåller ingen kommentarstext.',
    copyFailed: 'Det gick inte att kopiera. Markera texten i tabellen och kopiera den själv.',
    refresh: 'Uppdatera',
  },

  erase: {
    intro:
      'Raderar alla uppföljningar, flaggade kommentarer, sparade svar, loggen, diagnostiken och övningsresultaten i den här webbläsaren. Dina inställningar finns kvar. Behöver du spara något? Exportera det först på sidan Uppföljning.',
    start: 'Radera all data …',
    question: 'Vill du radera all data?',
    cannotUndo: 'Det går inte att ångra.',
    typeLabel: 'Skriv RADERA för att bekräfta',
    word: 'RADERA',
    mismatch: 'Skriv RADERA i rutan för att bekräfta.',
    confirm: 'Radera allt',
    done: (tasks) =>
      `All data är raderad: ${tasks === 1 ? '1 uppföljning' : `${tasks} uppföljningar`}, flaggade kommentarer, sparade svar, loggen, diagnostiken och övningsresultaten. Inställningarna finns kvar. Loggen har fått en ny rad om att allt raderades.`,
    failed: 'Det gick inte att radera. Inget har raderats. Försök igen.',
  },
};

const en: OptionsText = {
  title: 'Settings',
  lead: "Here you set your name, the municipality's contact channels and how sensitive Sekretessvakt should be. Changes apply when you save.",
  navLabel: 'On this page',
  sections: {
    namn: 'Your name',
    katalog: "The municipality's contact channels",
    forhandsvisning: 'Preview a reply',
    kanslighet: 'Sensitivity',
    gallring: 'Retention',
    aviseringar: 'Notifications',
    sprak: 'Language',
    dela: 'Share settings',
    diagnostik: 'Diagnostics',
    radera: 'Erase all data',
  },
  errorWord: 'Error',
  noteWord: 'Note',
  saved: 'Saved.',
  reloadNote: 'Pages already open on Facebook or Instagram use the change when you reload them.',
  saveFailed: 'Saving failed. Nothing was changed. Try again.',
  cancel: 'Cancel',
  weekdays: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  weekdaysShort: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },

  name: {
    intro: 'Your name goes into the log and the checklists, so everyone can see who did what.',
    label: 'Your name or initials',
    hint: 'For example Anna Berg or AB.',
    missing: 'You have not written a name yet. The log then says “okänd” (unknown).',
    required: 'Write your name or your initials.',
    save: 'Save name',
  },

  directory: {
    heading: "The municipality's contact channels",
    intro: "Replies refer people to the municipality's contact channels, with the number that fits the time of day. You enter them here.",
    builtIn: (municipality) =>
      `You are using the built-in directory for ${municipality}. Some numbers are missing from it. A reply then promises to come back with a contact.`,
    editCopy: 'Edit a copy of the directory',
    editing: "You are editing the municipality's own directory. It replaces the built-in one when you save.",
    invalidSaved: 'The saved directory has errors. Until you fix them, Sekretessvakt uses the built-in directory.',
    municipalityLegend: "The municipality's name",
    inSwedish: 'In Swedish',
    inEnglish: 'In English',
    channelsHeading: 'Channels',
    channelNumber: (n) => `Channel ${n}`,
    errorCount: (n) => (n === 1 ? '1 error' : `${n} errors`),
    internalTag: 'internal',
    addChannel: 'Add channel',
    addManager: 'Add manager for a service area',
    newChannel: { sv: 'Ny kanal', en: 'New channel' },
    newManager: { sv: 'Ansvarig chef', en: 'Manager responsible' },
    remove: (name) => `Remove ${name}`,
    removed: (name) => `${name} was removed. Save for the change to apply.`,
    save: 'Save directory',
    savedDone: 'Replies now use this directory.',
    blocked: (n) => `The directory has ${n === 1 ? 'one error' : `${n} errors`}. You can save once ${n === 1 ? 'it is' : 'they are'} fixed. The errors are shown next to the fields.`,
    summaryHeading: (n) => (n === 1 ? 'Fix one error before you save' : `Fix ${n} errors before you save`),
    unsaved: 'You have changes that are not saved.',
    discard: 'Undo changes',
    reset: 'Go back to the built-in directory',
    resetQuestion: "Remove the municipality's own directory and use the built-in one again? This cannot be undone.",
    resetConfirm: 'Yes, go back',
    resetDone: 'The built-in directory is used again.',
    overviewCaption: 'The channels in the built-in directory',
    columns: { channel: 'Channel', phone: 'Phone', hours: 'Opening hours', purposes: 'For' },
    unknownPhone: 'Unknown',
  },

  channel: {
    nameSv: 'Name in Swedish',
    nameEn: 'Name in English',
    inSentenceSv: 'Name inside a sentence, in Swedish',
    inSentenceEn: 'Name inside a sentence, in English',
    inSentenceHint: 'For example “the municipality’s customer service”. Leave empty to use the name.',
    id: 'Short id',
    idHint: 'Lower-case letters, digits and hyphens. Other channels refer to this one by its id.',
    phoneUnknown: 'We do not know the number yet',
    phoneUnknownHint: 'Replies then promise to come back with a contact. They never make up a number.',
    phone: 'Phone number',
    phoneHint: 'For example 0340-88 500.',
    via: 'Reached through the number',
    viaHint: 'Only fill in if the channel is reached through another number, like the social emergency service through 112.',
    email: 'E-mail',
    url: 'Web address',
    urlHint: 'Starts with https://',
    purposesLegend: 'What the channel is for',
    internal: 'Internal contact',
    internalHint: 'Never named in a reply. Used in the follow-up, for example when a manager must be informed.',
    serviceArea: 'Service area',
    serviceAreaHint: 'When a comment criticises an area, the manager for that area is suggested. Sekretessvakt recognises skola, omsorg and socialtjänst.',
    managerNotInternal: 'A manager should be an internal contact. Otherwise the number could end up in a reply.',
    source: 'Source',
    sourceHint: 'Where the number and hours come from, for whoever checks them.',
  },

  purposes: PURPOSE_TEXT.en,


  hours: {
    kind: 'Opening hours',
    kinds: {
      always: { name: 'Around the clock', hint: 'Always answers, like 112.' },
      outside: { name: 'When another channel is closed', hint: 'Like the social emergency service, which answers when the reception team has closed.' },
      unknown: { name: 'Not known', hint: 'Replies then never say the channel is open or closed.' },
      office: { name: 'Office hours', hint: 'Times per weekday, in Swedish time.' },
    },
    of: 'Answers when this channel is closed',
    chooseChannel: 'Choose a channel',
    weekLegend: 'Open per weekday',
    open: 'Open',
    opens: 'Opens',
    closes: 'Closes',
    lunchLegend: 'Lunch',
    lunchToggle: 'Closed for lunch',
    lunchStarts: 'Lunch starts',
    lunchEnds: 'Lunch ends',
    dayBeforeHolidayLegend: 'Day before a public holiday',
    dayBeforeHolidayToggle: 'Shorter hours on the day before a public holiday',
    holidays: 'Public holidays',
    holidaysClosed: 'Closed on public holidays and on Midsummer, Christmas and New Year’s Eve',
    holidaysOpen: 'Open as usual on public holidays',
    summaryOutside: (name) => `When ${name} is closed`,
    summaryLunch: 'closed for lunch',
    summaryClosed: 'Closed every day',
  },

  directoryFields: {
    'municipality.sv': "The municipality's name in Swedish",
    'municipality.en': "The municipality's name in English",
    channels: 'Channels',
    id: 'Short id',
    'name.sv': 'Name in Swedish',
    'name.en': 'Name in English',
    'inSentence.sv': 'Name inside a sentence, in Swedish',
    'inSentence.en': 'Name inside a sentence, in English',
    phone: 'Phone number',
    via: 'Reached through the number',
    email: 'E-mail',
    url: 'Web address',
    source: 'Source',
    serviceArea: 'Service area',
    purposes: 'What the channel is for',
    hours: 'Opening hours',
    'hours.kind': 'Opening hours',
    'hours.of': 'Answers when this channel is closed',
    'hours.week.day': 'Opening hours',
    'hours.week.day.open': 'Opens',
    'hours.week.day.close': 'Closes',
    'hours.lunch': 'Closed for lunch',
    'hours.lunch.open': 'Lunch starts',
    'hours.lunch.close': 'Lunch ends',
    'hours.dayBeforeHoliday': 'Day before a public holiday',
    'hours.dayBeforeHoliday.open': 'Day before a public holiday, opens',
    'hours.dayBeforeHoliday.close': 'Day before a public holiday, closes',
  },

  directoryErrors: {
    phone: 'Write a phone number with at least three digits, for example 0340-88 500. Use only digits, spaces and hyphens, and + first.',
    email: 'Write a whole e-mail address, for example service@municipality.se.',
    url: 'Write a whole web address that starts with https://.',
    id: 'Use only lower-case letters a–z, digits and hyphens, for example manager-school.',
    time: 'Write the time as HH:MM, for example 08:30.',
    format: 'The text has the wrong form.',
    span: 'The opening time must be before the closing time.',
    duplicateId: 'Another channel has the same id. Choose another one.',
    of: 'Choose the channel this one answers after.',
    unknownChannel: 'That channel is no longer in the directory. Choose another one.',
    purposes: 'Choose at least one thing the channel is for.',
    channels: 'The directory needs at least one channel.',
    empty: 'Fill in this field.',
    tooFew: 'Choose at least one.',
    tooLong: 'The text is too long.',
    hoursKind: 'Choose which opening hours the channel has.',
    choose: 'Choose one of the options.',
    missing: 'A value is missing here.',
    other: 'This value cannot be used.',
  },

  preview: {
    intro: 'See which reply Sekretessvakt would suggest with the directory you are editing, unsaved changes included. Choose a sample comment and a time.',
    sample: 'Sample comment',
    date: 'Date',
    hour: 'Time',
    comment: 'The comment',
    seen: (labels) => `Sekretessvakt sees: ${labels}.`,
    referral: 'Refers to',
    noPhone: 'number missing, the reply promises to come back',
    state: { open: 'open then', closed: 'closed then', unknown: 'opening hours unknown' },
    reopens: (time) => `closed, opens again at ${time}`,
    acute: 'Acute: the reply starts by telling the person to call 112.',
    internal: 'Inform internally (not in the reply)',
    reply: 'Suggested reply',
    noReply: 'No suggestion. The comment needs no reply.',
    invalidDraft: 'The directory has errors right now. The preview uses the latest version without errors.',
    day: {
      workday: 'weekday',
      weekend: 'weekend',
      holiday: (name) => `public holiday: ${name}`,
      dayBeforeHoliday: (name) => `day before a public holiday (${name})`,
    },
    uncovered: 'Public holidays for that year are not in the calendar.',
    badDate: 'Choose a date.',
  },

  sensitivity: {
    intro: 'Sekretessvakt judges how certain it is that a comment is of a type. Here you choose how certain it must be before the comment is flagged.',
    steps: {
      more: { name: 'More sensitive', hint: 'More comments are flagged. You miss fewer, but get more false alarms.' },
      standard: { name: 'Standard', hint: "Sekretessvakt's default." },
      fewer: { name: 'Fewer flags', hint: 'Only clear cases are flagged. Fewer false alarms, but a higher risk of missing something.' },
    },
    risk: (label) => `A missed comment about ${label.toLowerCase()} can be serious. Only choose “Fewer flags” if you get many false alarms.`,
    labelHelp: {
      individual_case: "Someone writes about their own or a relative's matter with the municipality.",
      child_at_risk: 'A child may be at risk.',
      crime: 'Someone describes a crime.',
      crisis: 'Someone is in deep distress or thinking of taking their life.',
      criticism: 'Serious criticism of a service or an employee.',
      sensitive_data: 'The comment contains a personal identity number, phone number, address or the like.',
    },
    save: 'Save sensitivity',
  },

  retention: {
    purged: [
      'Closed follow-ups and their comments are purged when they have been closed this many days.',
      'Flagged comments nobody follows up are purged this many days after they were last seen.',
      'Saved replies and diagnostics are purged after the same time.',
      'Open follow-ups are never purged. The log of who did what is kept. It never holds the text of comments.',
      'Retention runs when the browser starts and every twelve hours.',
    ],
    label: 'Number of days (1–365)',
    invalid: 'Write a whole number from 1 to 365.',
    save: 'Save retention',
    savedDays: (days) => `Data is now kept for ${days} ${days === 1 ? 'day' : 'days'}.`,
  },

  notify: {
    intro: 'The notification only says how many acute comments were found, never what they say. The browser asks for permission the first time.',
    label: 'Show a notification when an acute comment is found',
    on: 'Notifications are on.',
    off: 'Notifications are off.',
    denied: 'The browser did not allow notifications. They are off.',
    failed: 'Notifications could not be changed. Try again.',
  },

  language: {
    legend: "Language of Sekretessvakt's pages",
    auto: 'Same as the browser',
    sv: 'Svenska',
    en: 'English',
    save: 'Save language',
    saved: 'This page has changed language. Other pages change when you reload them.',
  },

  transfer: {
    intro: "Share the municipality's settings with other moderators: the contact channels, the sensitivity, the retention time and notifications. Your name is not included.",
    export: 'Export settings',
    exported: (file) => `The file ${file} is being downloaded. It does not contain your name.`,
    importLabel: 'Import settings from a file (.json)',
    importHint: 'You see what changes before anything is saved.',
    previewHeading: 'This changes if you import',
    same: 'The file has the same settings you already have. Nothing needs to change.',
    apply: 'Import',
    applied: 'The settings from the file now apply.',
    directoryWarning: 'Changes to the contact channels that you have not saved will be lost.',
    directoryTo: (municipality, channels) => `The contact channels are replaced by the file's: ${municipality}, ${channels} ${channels === 1 ? 'channel' : 'channels'}.`,
    directoryBuiltIn: 'The contact channels go back to the built-in directory.',
    threshold: (label, from, to) => `Sensitivity for ${label.toLowerCase()}: ${from} becomes ${to}.`,
    retention: (from, to) => `Retention: ${from} ${from === 1 ? 'day' : 'days'} becomes ${to} ${to === 1 ? 'day' : 'days'}.`,
    notify: (_from, to) => (to ? 'Notifications are turned on. The browser asks for permission.' : 'Notifications are turned off.'),
    readFailed: 'The file could not be read. Nothing was changed.',
  },

  diagnostics: {
    intro: 'Here you see what the extension found on the pages and which errors it ran into. The log never holds the text of comments.',
    storage: (used, quota) => `Sekretessvakt uses ${used} MB${quota ? ` of the ${quota} MB the browser allows` : ''}.`,
    storageUnknown: 'The browser does not say how much space is used.',
    counts: (errors, total) => `${errors} ${errors === 1 ? 'error' : 'errors'} ${total === 1 ? 'in the latest row' : `among the latest ${total} rows`}.`,
    empty: 'The log is empty.',
    caption: 'The latest rows, newest first',
    columns: { time: 'Time', source: 'Source', kind: 'Type', where: 'Where', message: 'Message' },
    kinds: { scan: 'Reading', error: 'Error' },
    sources: { facebook: 'Facebook', instagram: 'Instagram', 'business-suite': 'Business Suite', other: 'Other page', background: 'Background', page: 'Extension page' },
    copy: 'Copy diagnostics',
    copied: 'The diagnostics are copied. They contain no comment text.',
    copyFailed: 'Copying failed. Select the text in the table and copy it yourself.',
    refresh: 'Refresh',
  },

  erase: {
    intro:
      'Erases every follow-up, flagged comment, saved reply, the log, the diagnostics and the training results in this browser. Your settings are kept. Need to keep something? Export it first on the Follow-up page.',
    start: 'Erase all data…',
    question: 'Erase all data?',
    cannotUndo: 'This cannot be undone.',
    typeLabel: 'Type RADERA to confirm',
    word: 'RADERA',
    mismatch: 'Type RADERA in the box to confirm.',
    confirm: 'Erase everything',
    done: (tasks) =>
      `All data is erased: ${tasks === 1 ? '1 follow-up' : `${tasks} follow-ups`}, flagged comments, saved replies, the log, the diagnostics and the training results. Your settings are kept. The log has a new row saying everything was erased.`,
    failed: 'Erasing failed. Nothing was erased. Try again.',
  },
};

const texts: Record<UiLanguage, OptionsText> = { sv, en };

export function optionsText(lang: UiLanguage): OptionsText {
  return texts[lang];
}

/** Numbers as each language writes them: 1,5 and 1 240 in Swedish, 1.5 and 1,240 in English. */
export function formatNumber(lang: UiLanguage, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: fractionDigits }).format(value);
}
