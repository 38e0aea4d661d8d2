/**
 * The built-in default directory: Varberg municipality with exactly the numbers the seeds give
 * (the guideline 002 and the report-of-concern page 004) plus national lines. A number nobody gave
 * us is `null`, never guessed. Plain data, so content scripts carry no validator;
 * directory.test.ts checks that it passes the validator unchanged.
 */
import type { Channel, Directory, OfficeHours } from './directory-types';

type ChannelInput = Omit<Channel, 'internal' | 'hours'> & { internal?: boolean; hours: Channel['hours'] | (Omit<OfficeHours, 'holidays'> & { holidays?: OfficeHours['holidays'] }) };

/** Fills the same defaults the validator does (internal: false, holidays: closed). */
function withDefaults(input: { municipality: Directory['municipality']; channels: readonly ChannelInput[] }): Directory {
  return {
    municipality: input.municipality,
    channels: input.channels.map((channel) => ({
      ...channel,
      internal: channel.internal ?? false,
      hours: channel.hours.kind === 'office' ? { ...channel.hours, holidays: channel.hours.holidays ?? 'closed' } : channel.hours,
    })) as Channel[],
  };
}

const VARBERG_OFFICE_HOURS = {
  kind: 'office',
  week: {
    mon: { open: '08:00', close: '16:30' },
    tue: { open: '08:00', close: '16:30' },
    wed: { open: '08:00', close: '16:30' },
    thu: { open: '08:00', close: '16:30' },
    fri: { open: '08:00', close: '15:00' },
  },
  lunch: { open: '12:00', close: '13:00' },
  dayBeforeHoliday: { open: '08:00', close: '14:00' },
  holidays: 'closed',
} as const;

const HOURS_NOTE = 'Kontorstiden är ett antagande (seed 004 visar lunchstängt och kortare dag före röd dag); kommunen bekräftar den i inställningarna.';

/** Varberg municipality: numbers exactly as the seeds give them, national lines, unknowns as null. */
export const VARBERG_DIRECTORY: Directory = withDefaults({
  municipality: { sv: 'Varbergs kommun', en: 'Varberg municipality' },
  channels: [
    {
      id: 'mottagningsgruppen',
      name: { sv: 'Barn- och familjeenhetens mottagningsgrupp', en: "Social services' reception team for children and families" },
      inSentence: { sv: 'socialtjänstens mottagningsgrupp för barn och familj', en: "social services' reception team for children and families" },
      phone: '0340-88500',
      hours: VARBERG_OFFICE_HOURS,
      purposes: ['child_concern', 'adult_concern'],
      source: `Riktlinje 002: "mottagningsgrupp på telefon 0340-88500 under kontorstid". ${HOURS_NOTE}`,
    },
    {
      id: 'socialjouren',
      name: { sv: 'Socialjouren', en: 'The out-of-hours social emergency service' },
      inSentence: { sv: 'socialjouren', en: 'the out-of-hours social emergency service' },
      phone: '112',
      via: '112',
      hours: { kind: 'outside', of: 'mottagningsgruppen' },
      purposes: ['social_emergency', 'child_concern'],
      source: 'Riktlinje 002: "Vid akuta ärenden utanför kontorstid kan kontakt tas med socialjouren via samhällets larmnummer 112."',
    },
    {
      id: 'kundservice',
      name: { sv: 'Varbergs kommuns kundservice', en: "Varberg municipality's customer service" },
      inSentence: { sv: 'kommunens kundservice', en: "the municipality's customer service" },
      phone: null,
      hours: VARBERG_OFFICE_HOURS,
      purposes: ['individual_matters'],
      source: 'Riktlinje 002 nämner telefonväxel och kundservice utan nummer: fyll i numret i inställningarna.',
    },
    {
      id: 'synpunkter',
      name: { sv: 'Synpunkter och klagomål', en: 'Comments and complaints' },
      inSentence: { sv: 'kommunens funktion för synpunkter och klagomål', en: "the municipality's comments and complaints service" },
      phone: null,
      hours: { kind: 'unknown' },
      purposes: ['complaints'],
      source: 'Seed 001 nämner klagomål; kontaktvägen saknas: fyll i den i inställningarna.',
    },
    {
      id: 'larm-112',
      name: { sv: '112', en: '112' },
      inSentence: { sv: 'larmnumret 112', en: 'the emergency number 112' },
      phone: '112',
      hours: { kind: 'always' },
      purposes: ['emergency'],
      source: 'Riktlinje 002 och seed 004.',
    },
    {
      id: 'polisen',
      name: { sv: 'Polisen', en: 'The police' },
      inSentence: { sv: 'polisen', en: 'the police' },
      phone: '114 14',
      hours: { kind: 'always' },
      purposes: ['police'],
      source: 'Riktlinje 002: "annars telefonnummer 114 14".',
    },
    {
      id: 'vardguiden-1177',
      name: { sv: '1177 Vårdguiden', en: '1177, the healthcare advice line' },
      inSentence: { sv: '1177 Vårdguiden', en: 'the healthcare advice line 1177' },
      phone: '1177',
      hours: { kind: 'always' },
      purposes: ['health_advice'],
      source: 'Nationellt nummer.',
    },
    {
      id: 'bris',
      name: { sv: 'BRIS', en: 'BRIS' },
      inSentence: { sv: 'BRIS', en: 'BRIS, the children’s helpline' },
      phone: '116 111',
      hours: { kind: 'unknown' },
      purposes: ['child_support'],
      source: 'Nationellt nummer; öppettiderna anges inte här.',
    },
    {
      id: 'sjalvmordslinjen',
      name: { sv: 'Självmordslinjen', en: 'The Swedish suicide helpline (Självmordslinjen)' },
      inSentence: { sv: 'Självmordslinjen', en: 'the suicide helpline Självmordslinjen' },
      phone: '90101',
      hours: { kind: 'unknown' },
      purposes: ['crisis_support'],
      source: 'Nationellt nummer; öppettiderna anges inte här.',
    },
    {
      id: 'kvinnofridslinjen',
      name: { sv: 'Kvinnofridslinjen', en: 'Kvinnofridslinjen, the national helpline for violence in close relationships' },
      inSentence: { sv: 'Kvinnofridslinjen', en: 'the helpline Kvinnofridslinjen' },
      phone: '020-50 50 50',
      hours: { kind: 'unknown' },
      purposes: ['violence_support'],
      source: 'Nationellt nummer; öppettiderna anges inte här.',
    },
    {
      id: 'chef-socialtjansten',
      name: { sv: 'Ansvarig chef, socialtjänsten', en: 'Manager responsible, social services' },
      phone: null,
      hours: { kind: 'unknown' },
      purposes: ['manager'],
      internal: true,
      serviceArea: 'socialtjänst',
      source: 'Riktlinje 002: allvarlig kritik framförs till chefen för ansvarsområdet. Fyll i kontakten i inställningarna.',
    },
    {
      id: 'chef-omsorg',
      name: { sv: 'Ansvarig chef, vård och omsorg', en: 'Manager responsible, health and social care' },
      phone: null,
      hours: { kind: 'unknown' },
      purposes: ['manager'],
      internal: true,
      serviceArea: 'omsorg',
      source: 'Riktlinje 002. Fyll i kontakten i inställningarna.',
    },
    {
      id: 'chef-skola',
      name: { sv: 'Ansvarig chef, förskola och skola', en: 'Manager responsible, preschool and school' },
      phone: null,
      hours: { kind: 'unknown' },
      purposes: ['manager'],
      internal: true,
      serviceArea: 'skola',
      source: 'Riktlinje 002. Fyll i kontakten i inställningarna.',
    },
  ],
});
