import { describe, expect, it } from 'vitest';
import { classify } from './classify';

describe('classify', () => {
  it('flags a suicidal comment with a plan and a time as acute crisis, with 112 among the steps', () => {
    const result = classify('Jag har samlat ihop tabletter och tänker ta dem ikväll. Orkar inte leva längre.');
    expect(result.labels).toContain('crisis');
    expect(result.urgency).toBe('acute');
    expect(result.actions).toEqual(expect.arrayContaining(['acknowledge', 'explain_secrecy', 'refer_to_channel', 'call_112', 'follow_up']));
  });

  it('does not flag hyperbole, jokes or negation', () => {
    for (const text of ['jag dör av skratt 😂😂', 'mördande tråkigt möte haha', 'Ingen slår barnen här, sluta sprida rykten', 'nobody hurt me, I just fell']) {
      expect(classify(text).labels).toEqual([]);
    }
  });

  it('does not flag metaphors, hypotheticals or thanks after the danger is over', () => {
    for (const text of [
      'Vi drunknar i mejl efter omorganisationen 😅',
      'Den här korsningen är farlig, nån kommer bli påkörd förr eller senare',
      'Tack till hemtjänsten som kom fast vi var utan ström i ett dygn!',
      'Ni politiker borde skämmas över era arvoden',
    ]) {
      expect(classify(text).labels).toEqual([]);
    }
  });

  it('separates a general question from the writer’s own matter', () => {
    expect(classify('Hur ansöker man om försörjningsstöd?').labels).toEqual([]);
    expect(classify('Min ansökan om försörjningsstöd har legat i tre månader utan svar').labels).toEqual(['individual_case']);
  });

  it('gives a child at risk high urgency and the report of concern as a step', () => {
    const result = classify('Grannens ungar är ensamma hemma hela helgerna och har ingen mat');
    expect(result.labels).toContain('child_at_risk');
    expect(result.urgency).toBe('high');
    expect(result.actions).toContain('report_concern_child');
  });

  it('points its evidence at the words that triggered each label, in the original text', () => {
    const text = 'Min HANDLÄGGARE svarar inte. Ring mig på 070-123 45 67';
    const result = classify(text);
    expect(result.labels).toEqual(expect.arrayContaining(['sensitive_data']));
    for (const evidence of result.evidence) {
      expect(evidence.excerpt).toContain(text.slice(evidence.start, evidence.end).replace(/\s+/g, ' '));
      expect(result.labels).toContain(evidence.label);
    }
    const phone = result.evidence.find((e) => e.label === 'sensitive_data');
    expect(text.slice(phone!.start, phone!.end)).toBe('070-123 45 67');
  });

  it('works on Swedish-English mixes and typed-without-diacritics text', () => {
    expect(classify('jag kan inte mer, I just want to end it all').labels).toContain('crisis');
    expect(classify('pappa slar mig nar han druckit, jag ar 13').labels).toContain('child_at_risk');
  });

  it('asks for a human read of a language it does not cover instead of staying silent', () => {
    const result = classify('Minulla ei ole rahaa ja lapset ovat nälkäisiä, en tiedä mitä tehdä');
    expect(result.lang).toBe('fi');
    expect(result.actions).toContain('manual_review_language');
  });

  it('respects per-label thresholds', () => {
    const text = 'jag orkar inte mer, allt är svart och ingen hjälper mig';
    expect(classify(text).labels).toContain('crisis');
    expect(classify(text, { thresholds: { crisis: 0.99 } }).labels).not.toContain('crisis');
  });

  it('returns a calm, empty assessment for empty input', () => {
    expect(classify('')).toEqual({
      lang: 'und',
      labels: [],
      urgency: 'none',
      scores: { individual_case: 0, child_at_risk: 0, crime: 0, crisis: 0, criticism: 0, sensitive_data: 0 },
      evidence: [],
      actions: [],
    });
  });

  it('uses the language it is given', () => {
    expect(classify({ text: 'hej', lang: 'EN' }).lang).toBe('en');
  });
});

describe('classify, English negation in contractions', () => {
  it('reads a contraction as negation: "doesn’t hit" is no violence, "hits" is', () => {
    expect(classify("My dad doesn't hit me, he is just strict").labels).toEqual([]);
    expect(classify('My dad hits me when he drinks, I am 14').labels).toContain('child_at_risk');
  });
});

describe('classify, Swedish inflections and compounds', () => {
  it.each([
    ['Biståndshandläggarnas beslut om min ansökan kom aldrig', 'individual_case'],
    ['Kvinnomisshandeln i huset bredvid pågår varje helg, han slår henne', 'crime'],
  ])('%j is %s', (text, label) => {
    expect(classify(text).labels).toContain(label);
  });
});

describe('classify, negation scope', () => {
  it('does not let a negation reach into the next clause or negate a person', () => {
    expect(classify('ingen vet om det men jag blir slagen av pappa varje kväll, jag är 13').labels).toContain('child_at_risk');
    expect(classify('Min dotter, 12 år, har inte kommit hem sedan i går och hennes mobil är avstängd').labels).toContain('child_at_risk');
  });
});


describe('prepareClassifier', () => {
  it('compiles the lexicons in steps when time runs out, and classification is the same afterwards', async () => {
    const { prepareClassifier } = await import('./index');
    let calls = 0;
    prepareClassifier(() => calls++ < 3);
    expect(prepareClassifier(() => true)).toBe(true);
    expect(classify('Jag tänker ta mitt liv i natt.').urgency).toBe('acute');
  });
});
