import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData } from './personal-data';

const kinds = (text: string) => findPersonalData(text).map((span) => [span.kind, span.text]);

describe('findPersonalData', () => {
  it('finds valid personal identity and coordination numbers, and not invalid ones', () => {
    expect(kinds('pnr 811218-9876 och 19811218-9876')).toEqual([
      ['personal_identity_number', '811218-9876'],
      ['personal_identity_number', '19811218-9876'],
    ]);
    expect(kinds('samordningsnummer 701063-2391')).toEqual([['personal_identity_number', '701063-2391']]);
    expect(kinds('ordernummer 811218-9877')).toEqual([]);
    // Called a personnummer by the writer: still one, even with a wrong check digit.
    expect(kinds('mitt personnummer är 811218-9877')).toEqual([['personal_identity_number', '811218-9877']]);
  });

  it('finds phone numbers in common Swedish forms', () => {
    expect(kinds('ring 070-123 45 67')).toEqual([['phone', '070-123 45 67']]);
    expect(kinds('eller +46 73 555 12 34')).toEqual([['phone', '+46 73 555 12 34']]);
    expect(kinds('0340-88500')).toEqual([['phone', '0340-88500']]);
  });

  it('finds e-mail and street addresses', () => {
    expect(kinds('maila lisa.a@gmail.com')).toEqual([['email', 'lisa.a@gmail.com']]);
    expect(kinds('Han bor på Storgatan 12B.')).toEqual([['street_address', 'Storgatan 12B']]);
  });

  it('finds full names but not capitalised common words or @mentions', () => {
    expect(kinds('Det var Anna Berg som ringde')).toEqual([['full_name', 'Anna Berg']]);
    expect(kinds('Hej Kommunen! Tack Varberg')).toEqual([]);
    expect(kinds('@Per Andersson läs statistiken')).toEqual([]);
  });
});

describe('redactPersonalData', () => {
  it('masks every kind and keeps the rest of the text', () => {
    expect(redactPersonalData('Anna Berg, 811218-9876, bor på Storgatan 12, ring 070-123 45 67 eller a.b@mail.com')).toBe(
      '[namn], [personnummer], bor på [adress], ring [telefonnummer] eller [e-post]',
    );
  });

  it('leaves text without personal data untouched', () => {
    expect(redactPersonalData('Snöröjningen är sen idag')).toBe('Snöröjningen är sen idag');
  });
});
