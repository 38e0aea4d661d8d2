// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Label } from '../classifiers/types';
import { lintReply, type Finding, type FindingId, type LintOptions } from './lint';
import { PHRASES } from './phrases';

const SV_FLAGGED = { labels: ['individual_case'] as Label[], lang: 'sv' };
const EN_FLAGGED = { labels: ['individual_case'] as Label[], lang: 'en' };

const only = (draft: string, id: FindingId, options: LintOptions = {}): Finding[] => lintReply(draft, options).filter((f) => f.id === id);
/** The text each finding of `id` points at. */
const spans = (draft: string, id: FindingId, options: LintOptions = {}): string[] => only(draft, id, options).map((f) => draft.slice(f.start, f.end));
const severities = (draft: string, id: FindingId, options: LintOptions = {}) => only(draft, id, options).map((f) => f.severity);

describe('lintReply', () => {
  it('finds nothing in a good reply, Swedish or English', () => {
    const sv = 'Tack för att du hör av dig, och vi förstår att du är orolig. Av sekretesskäl kan vi inte ta upp enskilda ärenden här. Ring socialtjänstens mottagningsgrupp på 0340-88500.';
    const en = "Thank you for getting in touch, we understand that you're worried. Because of confidentiality we can't discuss personal matters here. Please call social services on 0340-88500.";
    expect(lintReply(sv, { comment: 'Jag är orolig för barnen på gården, de verkar aldrig få mat.', assessment: SV_FLAGGED })).toEqual([]);
    expect(lintReply(en, { comment: 'I am worried about the kids in the yard, they never seem to get food.', assessment: EN_FLAGGED })).toEqual([]);
  });

  it('gives each finding a severity, messages in both languages and the guideline passage', () => {
    const findings = lintReply('Du har helt rätt. Skicka ett DM till oss.', { assessment: SV_FLAGGED, history: ['Du har helt rätt. Skicka ett DM till oss.'] });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(['error', 'warning']).toContain(f.severity);
      expect(f.message.sv.length).toBeGreaterThan(10);
      expect(f.message.en.length).toBeGreaterThan(10);
      expect(f.guideline.length).toBeGreaterThan(10);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
    }
    // Errors first.
    const firstWarning = findings.findIndex((f) => f.severity === 'warning');
    if (firstWarning >= 0) expect(findings.slice(firstWarning).every((f) => f.severity === 'warning')).toBe(true);
  });

  describe('takes-stance', () => {
    it('flags agreeing or blaming, pointing at each phrase (Swedish)', () => {
      const draft = 'Du har helt rätt, det är oacceptabelt.';
      expect(spans(draft, 'takes-stance')).toEqual(['Du har helt rätt', 'det är oacceptabelt']);
      expect(severities(draft, 'takes-stance')).toEqual(['error', 'error']);
      expect(spans('Vi håller med om att personalen gjorde fel.', 'takes-stance')).toEqual(['Vi håller med', 'personalen gjorde fel']);
    });

    it('flags agreeing or blaming (English)', () => {
      const draft = "You're absolutely right, that is unacceptable.";
      expect(spans(draft, 'takes-stance')).toEqual(["You're absolutely right", 'that is unacceptable']);
      expect(spans('We agree that the staff were wrong.', 'takes-stance')).toEqual(['We agree', 'staff were wrong']);
    });

    it('does not flag acknowledging the feeling', () => {
      expect(only('Jag förstår att du är besviken, och det är viktigt att du får prata med rätt person.', 'takes-stance')).toEqual([]);
      expect(only("I understand that you're disappointed, and it matters that you reach the right person.", 'takes-stance')).toEqual([]);
    });
  });

  describe('promises-outcome', () => {
    it('flags a promise (Swedish)', () => {
      const draft = 'Vi ska se till att det löser sig.';
      expect(spans(draft, 'promises-outcome')).toEqual(['Vi ska se till']);
      expect(severities(draft, 'promises-outcome')).toEqual(['error']);
      expect(spans('Var lugn, det kommer att lösa sig.', 'promises-outcome')).toEqual(['det kommer att lösa sig']);
    });

    it('flags a promise (English)', () => {
      expect(spans("We'll make sure this is sorted.", 'promises-outcome')).toEqual(["We'll make sure"]);
      expect(spans('Don’t worry, it will be fixed.', 'promises-outcome')).toEqual(['it will be fixed']);
    });

    it('does not flag a hope', () => {
      expect(only('Vi hoppas att du får den hjälp du behöver.', 'promises-outcome')).toEqual([]);
      expect(only('We hope you get the help you need.', 'promises-outcome')).toEqual([]);
    });
  });

  describe('repeats-personal-data', () => {
    it('flags a phone number from the comment, pointing at it (Swedish)', () => {
      const comment = 'Ring mig på 070-123 45 67, ingen svarar om min ansökan.';
      const draft = 'Tack för att du skriver. Vi ringer dig på 070-123 45 67.';
      expect(spans(draft, 'repeats-personal-data', { comment })).toEqual(['070-123 45 67']);
      expect(severities(draft, 'repeats-personal-data', { comment })).toEqual(['error']);
      // Written another way with spaces and hyphens, it is still the same number.
      expect(spans('Vi ringer dig på 0701234567.', 'repeats-personal-data', { comment })).toEqual(['0701234567']);
    });

    it('flags a name and a phone number from the comment (English)', () => {
      const comment = 'My name is Birgitta Söderholm, call me on 070-123 45 67.';
      const draft = 'Thank you, Birgitta Söderholm. We will call you on 070-123 45 67.';
      expect(spans(draft, 'repeats-personal-data', { comment })).toEqual(['Birgitta Söderholm', '070-123 45 67']);
    });

    it('does not flag a number that is not in the comment, or a reply without data', () => {
      const comment = 'Ring mig på 070-123 45 67, ingen svarar om min ansökan.';
      expect(only('Tack för att du skriver. Ring socialtjänsten på 0340-88500.', 'repeats-personal-data', { comment })).toEqual([]);
      expect(only('Thank you for writing. Please call customer service.', 'repeats-personal-data', { comment: 'Call me on 070-123 45 67.' })).toEqual([]);
      // No comment: nothing to repeat.
      expect(only('Vi ringer dig på 070-123 45 67.', 'repeats-personal-data')).toEqual([]);
    });
  });

  describe('repeats-case-details', () => {
    it('warns when five or more words are copied from the comment, pointing at them (Swedish)', () => {
      const comment = 'Min son blev utsatt för mobbning på skolgården i tisdags igen.';
      const draft = 'Vi förstår att din son blev utsatt för mobbning på skolgården, det låter tungt.';
      expect(spans(draft, 'repeats-case-details', { comment })).toEqual(['son blev utsatt för mobbning']);
      expect(severities(draft, 'repeats-case-details', { comment })).toEqual(['warning']);
    });

    it('warns on copied words (English)', () => {
      const comment = 'My daughter was left alone at the preschool gate yesterday.';
      const draft = 'We hear that your daughter was left alone at the gate, and that sounds hard.';
      expect(spans(draft, 'repeats-case-details', { comment })).toEqual(['daughter was left alone at']);
    });

    it('does not warn on four shared words or fewer', () => {
      const comment = 'Min son blev utsatt för mobbning på skolgården i tisdags igen.';
      expect(only('Vi förstår att din son blev utsatt, det låter tungt.', 'repeats-case-details', { comment })).toEqual([]);
      expect(only('We hear that your daughter was left, and that sounds hard.', 'repeats-case-details', { comment: 'My daughter was left alone at the gate.' })).toEqual([]);
    });
  });

  describe('confirms-contact', () => {
    it('flags words that confirm a case (Swedish)', () => {
      const draft = 'Din handläggare har sett ditt meddelande.';
      expect(spans(draft, 'confirms-contact')).toEqual(['Din handläggare']);
      expect(severities(draft, 'confirms-contact')).toEqual(['error']);
      expect(spans('Vi har tittat på din ansökan.', 'confirms-contact')).toEqual(['Vi har tittat på din']);
      expect(spans('Tack. Ditt ärende är registrerat.', 'confirms-contact')).toEqual(['Ditt ärende']);
    });

    it('flags words that confirm a case (English)', () => {
      expect(spans('Your case worker has seen it.', 'confirms-contact')).toEqual(['Your case worker']);
      expect(spans('According to our records you are known to us.', 'confirms-contact')).toEqual(['According to our records', 'you are known to']);
    });

    it('does not flag a plain referral', () => {
      expect(only('Ring socialtjänstens mottagningsgrupp på 0340-88500, så får du hjälp.', 'confirms-contact')).toEqual([]);
      expect(only('Please call social services on 0340-88500, and they can help you.', 'confirms-contact')).toEqual([]);
    });
  });

  describe('invites-private-message', () => {
    it('flags an invitation to a DM (Swedish)', () => {
      const draft = 'Skicka ett DM till oss så hjälper vi dig.';
      expect(spans(draft, 'invites-private-message')).toEqual(['Skicka ett DM']);
      expect(severities(draft, 'invites-private-message')).toEqual(['error']);
      expect(spans('Tack för att du hör av dig. Skriv till oss privat.', 'invites-private-message')).toEqual(['Skriv till oss privat']);
    });

    it('flags an invitation to a private message (English)', () => {
      expect(spans('Thank you. Please send us a message and we will help.', 'invites-private-message')).toEqual(['send us a message']);
      expect(spans('Feel free to DM us.', 'invites-private-message')).toEqual(['DM']);
    });

    it('does not flag a refusal that names private messages', () => {
      expect(only('Vi kan inte ta det här, inte heller i ett privat meddelande.', 'invites-private-message')).toEqual([]);
      expect(only('vi kan inte ta det här, inte heller i ett privat meddelande', 'invites-private-message')).toEqual([]);
      expect(only('Av sekretesskäl går det inte heller i ett direktmeddelande.', 'invites-private-message')).toEqual([]);
      expect(only("We can't discuss it here, not even in a private message.", 'invites-private-message')).toEqual([]);
      expect(only("A private message isn't an option either.", 'invites-private-message')).toEqual([]);
    });
  });

  describe('lacks-referral', () => {
    it('asks for no referral when personal data is the only thing flagged', () => {
      const reply = 'Tack för att du skriver. Vi har dolt kommentaren eftersom den innehöll personuppgifter.';
      expect(only(reply, 'lacks-referral', { assessment: { labels: ['sensitive_data'], lang: 'sv' } })).toEqual([]);
      expect(only(reply, 'lacks-referral', { assessment: { labels: ['sensitive_data', 'individual_case'], lang: 'sv' } })).toHaveLength(1);
    });

    it('is an error for a flagged comment when the reply names no number or channel (Swedish)', () => {
      const draft = 'Tack för att du skriver, vi förstår att det är jobbigt.';
      expect(only(draft, 'lacks-referral', { assessment: SV_FLAGGED })).toEqual([expect.objectContaining({ severity: 'error', start: 0, end: draft.length })]);
    });

    it('is an error in English too', () => {
      const draft = 'Thank you for writing, we understand that this is hard.';
      expect(only(draft, 'lacks-referral', { assessment: EN_FLAGGED })).toEqual([expect.objectContaining({ severity: 'error', start: 0, end: draft.length })]);
    });

    it('accepts the promise to come back with a number, a channel name or a number', () => {
      expect(only('Tack för att du skriver. Vi återkommer med ett direktnummer.', 'lacks-referral', { assessment: SV_FLAGGED })).toEqual([]);
      expect(only("Thank you for writing. We'll get back to you with a number.", 'lacks-referral', { assessment: EN_FLAGGED })).toEqual([]);
      expect(only('Tack för att du skriver. Vänd dig till kundservice.', 'lacks-referral', { assessment: SV_FLAGGED })).toEqual([]);
      expect(only('Thank you. Please call 0340-88500.', 'lacks-referral', { assessment: EN_FLAGGED })).toEqual([]);
    });

    it('asks nothing of a reply to an unflagged comment', () => {
      expect(only('Tack för att du skriver!', 'lacks-referral', { assessment: { labels: [], lang: 'sv' } })).toEqual([]);
      expect(only('Tack för att du skriver!', 'lacks-referral')).toEqual([]);
    });
  });

  describe('lacks-acknowledgement', () => {
    it('warns on a flagged comment when the reply does not see the person', () => {
      const sv = 'Ring kundservice.';
      expect(only(sv, 'lacks-acknowledgement', { assessment: SV_FLAGGED })).toEqual([expect.objectContaining({ severity: 'warning', start: 0, end: sv.length })]);
      const en = 'Call customer service.';
      expect(only(en, 'lacks-acknowledgement', { assessment: EN_FLAGGED })).toEqual([expect.objectContaining({ severity: 'warning', start: 0, end: en.length })]);
    });

    it('does not warn when the reply acknowledges the person', () => {
      expect(only('Tack för att du skriver. Ring kundservice.', 'lacks-acknowledgement', { assessment: SV_FLAGGED })).toEqual([]);
      expect(only('Jag förstår att det är svårt. Ring kundservice.', 'lacks-acknowledgement', { assessment: SV_FLAGGED })).toEqual([]);
      expect(only('Thank you for writing. Call customer service.', 'lacks-acknowledgement', { assessment: EN_FLAGGED })).toEqual([]);
      expect(only('Ring kundservice.', 'lacks-acknowledgement')).toEqual([]);
    });

    it('recognises every acknowledging phrase the reply composer can draw', () => {
      // A trainee or moderator who keeps a suggested reply must not be told it is cold.
      for (const lang of ['sv', 'en'] as const) {
        for (const phrases of Object.values(PHRASES[lang].acknowledge)) {
          for (const phrase of phrases) {
            const reply = `${phrase} ${lang === 'sv' ? 'Ring kundservice.' : 'Call customer service.'}`;
            expect(only(reply, 'lacks-acknowledgement', { assessment: lang === 'sv' ? SV_FLAGGED : EN_FLAGGED }), phrase).toEqual([]);
          }
        }
      }
    });
  });

  describe('wrong-language', () => {
    const svComment = 'Jag är orolig för barnen på gården, de verkar aldrig få mat och är ute sent.';
    const enComment = 'I am worried about the kids in the yard, they never seem to get food and are out late.';
    const svReply = 'Tack för att du hör av dig. Ring socialtjänstens mottagningsgrupp på 0340-88500.';
    const enReply = 'Thank you for getting in touch. Please call social services on 0340-88500.';

    it('flags an English reply to a Swedish comment, and a Swedish reply to an English one', () => {
      expect(only(enReply, 'wrong-language', { comment: svComment })).toEqual([expect.objectContaining({ severity: 'error', start: 0, end: enReply.length })]);
      expect(severities(svReply, 'wrong-language', { comment: enComment })).toEqual(['error']);
      // The assessment's language counts before the comment's, and an explicit `lang` before both.
      expect(severities(enReply, 'wrong-language', { assessment: SV_FLAGGED })).toEqual(['error']);
      expect(severities(svReply, 'wrong-language', { comment: svComment, lang: 'en' })).toEqual(['error']);
    });

    it('accepts a reply in the comment’s language', () => {
      expect(only(svReply, 'wrong-language', { comment: svComment })).toEqual([]);
      expect(only(enReply, 'wrong-language', { comment: enComment })).toEqual([]);
      // Nothing to compare with, or a language the linter does not judge.
      expect(only(enReply, 'wrong-language')).toEqual([]);
      expect(only(enReply, 'wrong-language', { lang: 'fi' })).toEqual([]);
    });
  });

  describe('repeats-recent-reply', () => {
    const earlier =
      'Tack för att du hör av dig. Ring socialtjänstens mottagningsgrupp på 0340-88500, så får du hjälp med det som oroar dig. Vi får inte ta upp enskilda ärenden här.';
    const earlierEn = "Thank you for getting in touch. Please call social services on 0340-88500, and they can help with what worries you. We can't discuss personal matters here.";

    it('is an error to post the exact same reply again', () => {
      const [finding] = only(earlier, 'repeats-recent-reply', { history: ['Något helt annat.', earlier] });
      expect(finding).toMatchObject({ severity: 'error', start: 0, end: earlier.length });
      expect(finding?.message.en).toMatch(/exact same/);
      expect(severities(earlierEn, 'repeats-recent-reply', { history: [earlierEn] })).toEqual(['error']);
    });

    it('is an error to post a near-identical reply', () => {
      const near = earlier.replace('oroar dig', 'oroar dig mest');
      const nearEn = earlierEn.replace('worries you', 'worries you most');
      const [finding] = only(near, 'repeats-recent-reply', { history: [earlier] });
      expect(finding).toMatchObject({ severity: 'error' });
      expect(finding?.message.en).toMatch(/nearly the same/);
      expect(severities(nearEn, 'repeats-recent-reply', { history: [earlierEn] })).toEqual(['error']);
    });

    it('accepts a different reply, and a repeat older than the last 50', () => {
      const different = 'Vi förstår att du är orolig. Kvällar och helger når du socialjouren genom att ringa 112.';
      expect(only(different, 'repeats-recent-reply', { history: [earlier] })).toEqual([]);
      expect(only("We understand that you're worried. In the evenings, call 112 to reach the social emergency service.", 'repeats-recent-reply', { history: [earlierEn] })).toEqual([]);
      const filler = Array.from({ length: 50 }, (_, i) => `Svar nummer ${i} handlar om något annat än ${i + 1}.`);
      expect(only(earlier, 'repeats-recent-reply', { history: [earlier, ...filler] })).toEqual([]);
      expect(only(earlier, 'repeats-recent-reply', { history: [earlier, ...filler.slice(1)] })).toHaveLength(1);
    });
  });

  describe('too-long', () => {
    it('warns above 600 characters, pointing at the part beyond 600', () => {
      const sv = 'Tack för att du hör av dig, vi förstår att det är jobbigt. '.repeat(11);
      expect(sv.length).toBeGreaterThan(600);
      const findings = only(sv, 'too-long');
      expect(findings).toEqual([expect.objectContaining({ severity: 'warning', start: 600, end: sv.length })]);
      expect(sv.slice(findings[0]!.start, findings[0]!.end)).toBe(sv.slice(600));
      const en = "Thank you for getting in touch, we understand that it's hard. ".repeat(11);
      expect(severities(en, 'too-long')).toEqual(['warning']);
    });

    it('accepts 600 characters or fewer', () => {
      const exactly600 = 'Tack. '.repeat(100);
      expect(exactly600).toHaveLength(600);
      expect(only(exactly600, 'too-long')).toEqual([]);
      expect(only('Thanks for writing. Please call 0340-88500.', 'too-long')).toEqual([]);
    });
  });

  describe('known bugs (not fixed here)', () => {
    // A negation that encourages or sets a condition does not turn an invitation into a refusal.
    it('flags "Tveka inte att skicka ett DM till oss" as an invitation to a private message', () => {
      expect(spans('Tveka inte att skicka ett DM till oss, så hjälper vi dig.', 'invites-private-message')).toEqual(['skicka ett DM']);
    });

    it('flags a DM invitation after a condition with "inte" / "rather not"', () => {
      expect(spans('Om du inte vill skriva här, skicka ett DM till oss.', 'invites-private-message')).toEqual(['skicka ett DM']);
      expect(spans("If you'd rather not post here, send us a message.", 'invites-private-message')).toEqual(['send us a message']);
    });

    // \bPM\b case-insensitively also matches the time of day.
    it('does not take "4 pm" for an invitation to a PM', () => {
      expect(only('Thank you for writing. Customer service answers between 9 am and 4 pm on weekdays.', 'invites-private-message')).toEqual([]);
    });

    // Phones type the typographic apostrophe.
    it('flags "You’re absolutely right" and "we’ll make sure" written with a typographic apostrophe', () => {
      const draft = 'You’re absolutely right, we’ll make sure it is fixed.';
      expect(spans(draft, 'takes-stance')).toEqual(['You’re absolutely right']);
      expect(spans(draft, 'promises-outcome')).toEqual(['we’ll make sure']);
    });

    // The same data in another format is still the same data.
    it('flags the comment’s phone number written in international form', () => {
      expect(spans('Tack. Vi ringer dig på +46 70 123 45 67.', 'repeats-personal-data', { comment: 'Ring mig på 070-123 45 67.' })).toEqual(['+46 70 123 45 67']);
    });

    it('flags the comment’s personnummer repeated in its ten-digit form', () => {
      expect(spans('Tack. Vi har noterat 811218-9876.', 'repeats-personal-data', { comment: 'Mitt personnummer är 19811218-9876.' })).toEqual(['811218-9876']);
    });

    // Otherwise a comment \"Jag ringde 0340-88500 …\" makes every office-hours suggestion fail the linter.
    it('does not treat the reception team’s public number 0340-88500 as personal data', () => {
      const comment = 'Jag ringde 0340-88500 i går om grannens barn som är ensamma hemma hela nätterna, men ingen svarade.';
      expect(only('Tack för att du säger till. Ring socialtjänstens mottagningsgrupp på 0340-88500 igen.', 'repeats-personal-data', { comment })).toEqual([]);
    });
  });
});
