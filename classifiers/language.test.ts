import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['Hej! Vart vänder jag mig om jag vill söka bostadsanpassning?', 'sv'],
    ['hej jag har inte fatt nagot svar fran min handlaggare', 'sv'],
    ['My caseworker has not called me back in three weeks', 'en'],
    ['kolla in detta, so nice att ni fixade cykelbanan till slut', 'sv'],
    ['Minulla ei ole rahaa ja lapset ovat nälkäisiä', 'fi'],
    ['لا أملك مكانا للنوم الليلة', 'ar'],
    ['Nie mam pieniędzy i nie wiem co robić', 'pl'],
    ['😂😂😂', 'und'],
    ['https://example.org @lisa', 'und'],
    ['', 'und'],
  ])('%j is %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
