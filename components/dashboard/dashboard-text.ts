/**
 * The dashboard's words, Swedish first. Written for a supervisor who reviews follow-ups: plain
 * language, du-form, short sentences.
 */
import type { AuditAction } from '../../storage/records';
import type { UiLanguage } from '../../utils/ui-text';
import type { TaskSort, TaskStatusFilter } from './task-filter';

export type DashboardView = 'tasks' | 'charts' | 'dismissed' | 'weekly' | 'transfer' | 'training';

export interface DashboardText {
  title: string;
  lead: string;
  loading: string;
  views: Record<DashboardView, string>;
  viewsLabel: string;
  noName: string;
  toOptions: string;
  filters: {
    legend: string;
    status: string;
    statuses: Record<TaskStatusFilter, string>;
    urgency: string;
    labels: string;
    moderator: string;
    anyone: string;
    from: string;
    to: string;
    sort: string;
    sorts: Record<TaskSort, string>;
    reset: string;
  };
  list: {
    caption: (shown: string, total: number) => string;
    none: string;
    columns: { urgency: string; comment: string; labels: string; status: string; due: string; by: string };
    open: (excerpt: string) => string;
    overdue: string;
    statusNew: string;
    statusInProgress: (done: number, total: number) => string;
    statusClosed: string;
    signedOff: string;
    toSignOff: string;
    missingComment: string;
    previous: string;
    next: string;
    page: (page: number, pages: number) => string;
    paging: string;
  };
  detail: {
    back: string;
    heading: string;
    comment: string;
    platform: string;
    created: (when: string, by: string) => string;
    due: (when: string) => string;
    overdueSince: (when: string) => string;
    openOnSite: string;
    checklist: string;
    stepDone: string;
    doneBy: (by: string, when: string) => string;
    undoneBy: (by: string, when: string) => string;
    note: string;
    save: string;
    saved: string;
    close: string;
    closeWithOpenSteps: (count: number) => string;
    reopen: string;
    closedBy: (by: string, when: string) => string;
    signOff: string;
    signOffHelp: string;
    signedOffBy: (by: string, when: string) => string;
    needsName: string;
    audit: string;
    auditNone: string;
    auditColumns: { when: string; who: string; what: string };
    notFound: string;
  };
  audit: Record<AuditAction, string>;
  dismissed: {
    heading: string;
    lead: string;
    none: string;
    perLabel: string;
    columns: { when: string; by: string; labels: string; urgency: string; comment: string };
    tune: string;
  };
  transfer: {
    exportHeading: string;
    exportLead: string;
    unredacted: string;
    unredactedWarning: string;
    exportJson: string;
    exportCsv: (count: number) => string;
    exported: (count: number) => string;
    importHeading: string;
    importLead: string;
    chooseFile: string;
    preview: (by: string, when: string) => string;
    previewRedacted: string;
    previewCounts: { tasks: string; comments: string; added: string; updated: string; kept: string; audit: string };
    changesCaption: string;
    changeAdded: string;
    changeUpdated: string;
    merge: string;
    cancel: string;
    merged: (added: number, updated: number, audit: number) => string;
    nothingNew: string;
  };
  training: {
    heading: string;
    lead: string;
    chooseFile: string;
    imported: (name: string) => string;
    replaced: (name: string) => string;
    tooBig: string;
    failed: string;
    caption: (count: number) => string;
    none: string;
    columns: {
      trainee: string;
      period: string;
      attempts: string;
      sessions: string;
      averageScore: string;
      passed: string;
      urgencyRight: string;
      critical: string;
      labels: string;
      weakAreas: string;
      actions: string;
    };
    noWeakAreas: string;
    delete: (name: string) => string;
    deleteLabel: string;
    confirmDelete: (name: string) => string;
    confirm: string;
    cancel: string;
    deleted: (name: string) => string;
  };
  platforms: Record<string, string>;
}

const sv: DashboardText = {
  title: 'Uppföljning',
  lead: 'Här ser du alla uppföljningar av flaggade kommentarer. Du ser vad som är försenat och kan godkänna avslutade ärenden.',
  loading: 'Hämtar uppföljningar …',
  views: { tasks: 'Uppföljningar', charts: 'Diagram', dismissed: 'Felaktiga flaggor', weekly: 'Veckosammanfattning', transfer: 'Export och import', training: 'Övningsresultat' },
  viewsLabel: 'Delar av uppföljningen',
  noName: 'Du har inte angett ditt namn. Ange det i inställningarna, så syns det vem som gjorde vad.',
  toOptions: 'Öppna inställningarna',
  filters: {
    legend: 'Filtrera och sortera',
    status: 'Visa',
    statuses: { open: 'Öppna', overdue: 'Försenade', to_sign_off: 'Avslutade, väntar på godkännande', closed: 'Avslutade', all: 'Alla' },
    urgency: 'Brådska',
    labels: 'Etiketter',
    moderator: 'Moderator',
    anyone: 'Alla',
    from: 'Skapad från',
    to: 'Skapad till',
    sort: 'Sortera efter',
    sorts: { due: 'Klar senast', urgency: 'Brådska', newest: 'Nyast först', updated: 'Senast ändrad' },
    reset: 'Rensa filter',
  },
  list: {
    caption: (shown, total) => `Uppföljningar: ${shown} av ${total}`,
    none: 'Inga uppföljningar matchar filtret.',
    columns: { urgency: 'Brådska', comment: 'Kommentar (maskerad)', labels: 'Etiketter', status: 'Status', due: 'Klar senast', by: 'Skapad av' },
    open: (excerpt) => `Öppna uppföljningen: ${excerpt}`,
    overdue: 'Försenad',
    statusNew: 'Ny',
    statusInProgress: (done, total) => `Pågår, ${done} av ${total} steg klara`,
    statusClosed: 'Avslutad',
    signedOff: 'Godkänd',
    toSignOff: 'Väntar på godkännande',
    missingComment: 'Kommentaren är gallrad.',
    previous: 'Föregående sida',
    next: 'Nästa sida',
    page: (page, pages) => `Sida ${page} av ${pages}`,
    paging: 'Sidor',
  },
  detail: {
    back: 'Tillbaka till listan',
    heading: 'Uppföljning',
    comment: 'Kommentaren (maskerad)',
    platform: 'Plattform',
    created: (when, by) => `Skapad ${when} av ${by || 'okänd'}.`,
    due: (when) => `Ska vara klar senast ${when}.`,
    overdueSince: (when) => `Försenad sedan ${when}.`,
    openOnSite: 'Öppna kommentaren på sidan',
    checklist: 'Checklista enligt riktlinjen',
    stepDone: 'Klart',
    doneBy: (by, when) => `Klart: ${by || 'okänd'}, ${when}`,
    undoneBy: (by, when) => `Inte klart. Senast ändrat av ${by || 'okänd'}, ${when}`,
    note: 'Anteckning (skriv inga personuppgifter)',
    save: 'Spara',
    saved: 'Sparat.',
    close: 'Avsluta uppföljningen',
    closeWithOpenSteps: (count) => `${count} steg är inte ${count === 1 ? 'klart' : 'klara'}. Du kan avsluta ändå, men skriv i en anteckning varför.`,
    reopen: 'Öppna igen',
    closedBy: (by, when) => `Avslutad ${when} av ${by || 'okänd'}.`,
    signOff: 'Godkänn uppföljningen',
    signOffHelp: 'Som chef godkänner du att uppföljningen är gjord enligt riktlinjen. Det loggas med ditt namn.',
    signedOffBy: (by, when) => `Godkänd ${when} av ${by || 'okänd'}.`,
    needsName: 'Ange ditt namn i inställningarna innan du godkänner.',
    audit: 'Logg',
    auditNone: 'Inget loggat ännu.',
    auditColumns: { when: 'När', who: 'Vem', what: 'Vad' },
    notFound: 'Uppföljningen finns inte längre. Den kan ha gallrats.',
  },
  audit: {
    'comment.recorded': 'Kommentaren flaggades',
    'comment.dismissed': 'Flaggan markerades som inte relevant',
    'task.created': 'Uppföljningen skapades',
    'step.done': 'Steg klart',
    'step.undone': 'Steg ångrat',
    'task.closed': 'Uppföljningen avslutades',
    'task.reopened': 'Uppföljningen öppnades igen',
    'task.signed_off': 'Uppföljningen godkändes',
    'data.purged': 'Gamla uppgifter gallrades',
    'data.imported': 'Data importerades',
    'data.exported': 'Data exporterades',
    'data.erased': 'All data raderades',
    'settings.changed': 'Inställningar ändrades',
  },
  dismissed: {
    heading: 'Felaktiga flaggor',
    lead: 'Kommentarer som moderatorer markerat som ”Inte relevant”. Många felaktiga flaggor för en etikett kan betyda att känsligheten behöver sänkas.',
    none: 'Inga kommentarer är markerade som inte relevanta.',
    perLabel: 'Antal per etikett',
    columns: { when: 'Markerad', by: 'Av', labels: 'Etiketter', urgency: 'Brådska', comment: 'Kommentar (maskerad)' },
    tune: 'Ändra känsligheten i inställningarna',
  },
  transfer: {
    exportHeading: 'Exportera',
    exportLead: 'Exporten är maskerad: namn på kommentarens författare tas bort och personuppgifter i anteckningar döljs.',
    unredacted: 'Ta med namn och anteckningar som de är skrivna',
    unredactedWarning: 'Filen innehåller då känsliga uppgifter. Spara den bara där obehöriga inte kommer åt den.',
    exportJson: 'Exportera allt (JSON)',
    exportCsv: (count) => `Exportera listan som CSV (${count} ${count === 1 ? 'uppföljning' : 'uppföljningar'})`,
    exported: (count) => `Exporten är klar: ${count} ${count === 1 ? 'uppföljning' : 'uppföljningar'}.`,
    importHeading: 'Importera en moderators export',
    importLead: 'Välj en JSON-fil från Sekretessvakt. Du ser vad som ändras innan något sparas. Den nyaste versionen av varje uppföljning gäller.',
    chooseFile: 'Välj fil',
    preview: (by, when) => `Filen exporterades ${when} av ${by || 'okänd'}.`,
    previewRedacted: 'Filen är maskerad.',
    previewCounts: { tasks: 'Uppföljningar', comments: 'Kommentarer', added: 'Nya', updated: 'Uppdateras', kept: 'Oförändrade', audit: 'Nya loggposter' },
    changesCaption: 'Uppföljningar som läggs till eller uppdateras',
    changeAdded: 'Ny',
    changeUpdated: 'Uppdateras',
    merge: 'Slå ihop',
    cancel: 'Avbryt',
    merged: (added, updated, audit) =>
      `Klart. ${added} ${added === 1 ? 'ny uppföljning' : 'nya uppföljningar'}, ${updated} ${updated === 1 ? 'uppdaterad uppföljning' : 'uppdaterade uppföljningar'} och ${audit} ${audit === 1 ? 'ny loggpost' : 'nya loggposter'}.`,
    nothingNew: 'Filen innehåller inget nytt. Inget behöver sparas.',
  },
  training: {
    heading: 'Övningsresultat',
    lead: 'Den som övar exporterar en sammanfattning på sidan Övning och skickar filen till dig. Du importerar filen här. Filen innehåller bara namn och siffror, inga svar eller texter.',
    chooseFile: 'Välj en sammanfattning (JSON-fil)',
    imported: (name) => `Sammanfattningen för ${name} är importerad.`,
    replaced: (name) => `Du hade redan importerat den här sammanfattningen för ${name}. Den gamla är ersatt, så den finns bara en gång.`,
    tooBig: 'Filen är för stor för att vara en övningssammanfattning. Inget har sparats.',
    failed: 'Det gick inte att importera filen. Inget har sparats. Försök igen.',
    caption: (count) => `Importerade sammanfattningar: ${count}`,
    none: 'Du har inte importerat någon sammanfattning än.',
    columns: {
      trainee: 'Namn',
      period: 'Period',
      attempts: 'Övningar',
      sessions: 'Omgångar',
      averageScore: 'Snittpoäng (av 100)',
      passed: 'Godkända',
      urgencyRight: 'Rätt brådska',
      critical: 'Allvarliga missar',
      labels: 'Andel rätt per etikett',
      weakAreas: 'Behöver öva mer på',
      actions: 'Ta bort',
    },
    noWeakAreas: 'Inga',
    delete: (name) => `Ta bort sammanfattningen för ${name}`,
    deleteLabel: 'Ta bort',
    confirmDelete: (name) => `Vill du ta bort sammanfattningen för ${name}? Det går inte att ångra.`,
    confirm: 'Ja, ta bort',
    cancel: 'Avbryt',
    deleted: (name) => `Sammanfattningen för ${name} är borttagen.`,
  },
  platforms: { facebook: 'Facebook', instagram: 'Instagram', 'business-suite': 'Meta Business Suite', other: 'Annan' },
};

const en: DashboardText = {
  title: 'Follow-up',
  lead: 'Here you see every follow-up of flagged comments. You see what is overdue and can sign off closed cases.',
  loading: 'Loading follow-ups…',
  views: { tasks: 'Follow-ups', charts: 'Charts', dismissed: 'False flags', weekly: 'Weekly summary', transfer: 'Export and import', training: 'Training results' },
  viewsLabel: 'Parts of the follow-up',
  noName: 'You have not entered your name. Enter it in the settings, so it shows who did what.',
  toOptions: 'Open the settings',
  filters: {
    legend: 'Filter and sort',
    status: 'Show',
    statuses: { open: 'Open', overdue: 'Overdue', to_sign_off: 'Closed, awaiting sign-off', closed: 'Closed', all: 'All' },
    urgency: 'Urgency',
    labels: 'Labels',
    moderator: 'Moderator',
    anyone: 'Anyone',
    from: 'Created from',
    to: 'Created until',
    sort: 'Sort by',
    sorts: { due: 'Due', urgency: 'Urgency', newest: 'Newest first', updated: 'Last changed' },
    reset: 'Clear filters',
  },
  list: {
    caption: (shown, total) => `Follow-ups: ${shown} of ${total}`,
    none: 'No follow-ups match the filter.',
    columns: { urgency: 'Urgency', comment: 'Comment (masked)', labels: 'Labels', status: 'Status', due: 'Due', by: 'Created by' },
    open: (excerpt) => `Open the follow-up: ${excerpt}`,
    overdue: 'Overdue',
    statusNew: 'New',
    statusInProgress: (done, total) => `In progress, ${done} of ${total} steps done`,
    statusClosed: 'Closed',
    signedOff: 'Signed off',
    toSignOff: 'Awaiting sign-off',
    missingComment: 'The comment has been purged.',
    previous: 'Previous page',
    next: 'Next page',
    page: (page, pages) => `Page ${page} of ${pages}`,
    paging: 'Pages',
  },
  detail: {
    back: 'Back to the list',
    heading: 'Follow-up',
    comment: 'The comment (masked)',
    platform: 'Platform',
    created: (when, by) => `Created ${when} by ${by || 'unknown'}.`,
    due: (when) => `Due ${when}.`,
    overdueSince: (when) => `Overdue since ${when}.`,
    openOnSite: 'Open the comment on the site',
    checklist: 'Checklist from the guideline',
    stepDone: 'Done',
    doneBy: (by, when) => `Done: ${by || 'unknown'}, ${when}`,
    undoneBy: (by, when) => `Not done. Last changed by ${by || 'unknown'}, ${when}`,
    note: 'Note (write no personal data)',
    save: 'Save',
    saved: 'Saved.',
    close: 'Close the follow-up',
    closeWithOpenSteps: (count) => `${count} ${count === 1 ? 'step is' : 'steps are'} not done. You can close anyway, but write why in a note.`,
    reopen: 'Reopen',
    closedBy: (by, when) => `Closed ${when} by ${by || 'unknown'}.`,
    signOff: 'Sign off the follow-up',
    signOffHelp: 'As a supervisor you confirm the follow-up was done as the guideline says. It is logged with your name.',
    signedOffBy: (by, when) => `Signed off ${when} by ${by || 'unknown'}.`,
    needsName: 'Enter your name in the settings before you sign off.',
    audit: 'Log',
    auditNone: 'Nothing logged yet.',
    auditColumns: { when: 'When', who: 'Who', what: 'What' },
    notFound: 'The follow-up no longer exists. It may have been purged.',
  },
  audit: {
    'comment.recorded': 'The comment was flagged',
    'comment.dismissed': 'The flag was marked not relevant',
    'task.created': 'The follow-up was created',
    'step.done': 'Step done',
    'step.undone': 'Step undone',
    'task.closed': 'The follow-up was closed',
    'task.reopened': 'The follow-up was reopened',
    'task.signed_off': 'The follow-up was signed off',
    'data.purged': 'Old data was purged',
    'data.imported': 'Data was imported',
    'data.exported': 'Data was exported',
    'data.erased': 'All data was erased',
    'settings.changed': 'Settings were changed',
  },
  dismissed: {
    heading: 'False flags',
    lead: 'Comments moderators marked “Not relevant”. Many false flags for one label can mean its sensitivity should be lowered.',
    none: 'No comments are marked not relevant.',
    perLabel: 'Count per label',
    columns: { when: 'Marked', by: 'By', labels: 'Labels', urgency: 'Urgency', comment: 'Comment (masked)' },
    tune: 'Change the sensitivity in the settings',
  },
  transfer: {
    exportHeading: 'Export',
    exportLead: 'The export is masked: the names of comment authors are removed and personal data in notes is hidden.',
    unredacted: 'Include names and notes as written',
    unredactedWarning: 'The file then holds sensitive data. Keep it only where unauthorised people cannot reach it.',
    exportJson: 'Export everything (JSON)',
    exportCsv: (count) => `Export the list as CSV (${count} ${count === 1 ? 'follow-up' : 'follow-ups'})`,
    exported: (count) => `The export is ready: ${count} ${count === 1 ? 'follow-up' : 'follow-ups'}.`,
    importHeading: "Import a moderator's export",
    importLead: 'Choose a JSON file from Sekretessvakt. You see what changes before anything is saved. The newest version of each follow-up is kept.',
    chooseFile: 'Choose file',
    preview: (by, when) => `The file was exported ${when} by ${by || 'unknown'}.`,
    previewRedacted: 'The file is masked.',
    previewCounts: { tasks: 'Follow-ups', comments: 'Comments', added: 'New', updated: 'Updated', kept: 'Unchanged', audit: 'New log entries' },
    changesCaption: 'Follow-ups that will be added or updated',
    changeAdded: 'New',
    changeUpdated: 'Updated',
    merge: 'Merge',
    cancel: 'Cancel',
    merged: (added, updated, audit) =>
      `Done. ${added} new ${added === 1 ? 'follow-up' : 'follow-ups'}, ${updated} updated ${updated === 1 ? 'follow-up' : 'follow-ups'} and ${audit} new ${audit === 1 ? 'log entry' : 'log entries'}.`,
    nothingNew: 'The file holds nothing new. Nothing needs saving.',
  },
  training: {
    heading: 'Training results',
    lead: 'Trainees export a summary on the Practice page and send you the file. You import the file here. The file holds only a name and figures, no answers or texts.',
    chooseFile: 'Choose a summary (JSON file)',
    imported: (name) => `The summary for ${name} is imported.`,
    replaced: (name) => `You had already imported this summary for ${name}. The old one is replaced, so it is kept only once.`,
    tooBig: 'The file is too large to be a training summary. Nothing was saved.',
    failed: 'The file could not be imported. Nothing was saved. Try again.',
    caption: (count) => `Imported summaries: ${count}`,
    none: 'You have not imported any summary yet.',
    columns: {
      trainee: 'Name',
      period: 'Period',
      attempts: 'Scenarios',
      sessions: 'Rounds',
      averageScore: 'Average score (out of 100)',
      passed: 'Passed',
      urgencyRight: 'Right urgency',
      critical: 'Critical misses',
      labels: 'Share right per label',
      weakAreas: 'Needs more practice in',
      actions: 'Delete',
    },
    noWeakAreas: 'None',
    delete: (name) => `Delete the summary for ${name}`,
    deleteLabel: 'Delete',
    confirmDelete: (name) => `Do you want to delete the summary for ${name}? This cannot be undone.`,
    confirm: 'Yes, delete',
    cancel: 'Cancel',
    deleted: (name) => `The summary for ${name} is deleted.`,
  },
  platforms: { facebook: 'Facebook', instagram: 'Instagram', 'business-suite': 'Meta Business Suite', other: 'Other' },
};

const TEXTS: Record<UiLanguage, DashboardText> = { sv, en };

export function dashboardText(lang: UiLanguage): DashboardText {
  return TEXTS[lang];
}

/** A time as a Swedish supervisor reads it: "24 nov. 2026 10:15", in Stockholm time. */
export function formatTime(ms: number, lang: UiLanguage): string {
  return FORMATS[lang].format(new Date(ms));
}

const FORMATS: Record<UiLanguage, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short' }),
};

/** A date without the time, "24 nov. 2026", in Stockholm time. */
export function formatDate(ms: number, lang: UiLanguage): string {
  return DATE_FORMATS[lang].format(new Date(ms));
}

const DATE_FORMATS: Record<UiLanguage, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'medium' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', dateStyle: 'medium' }),
};

/** A share 0..1 as a whole percent, "75 %" in Swedish and "75%" in English. */
export function formatPercent(share: number, lang: UiLanguage): string {
  return PERCENT_FORMATS[lang].format(share);
}

const PERCENT_FORMATS: Record<UiLanguage, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
};
