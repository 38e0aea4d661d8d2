import { describe, expect, it } from 'vitest';
import { VARBERG_DIRECTORY } from '../../responses/varberg-directory';
import { CHECK_ID, checkDraft, draftSteps, EMPTY_DRAFT, OTHER_FIELD, scenarioId, type ScenarioDraft } from './scenario-draft';
import { SCENARIO_FIELDS, scenarioEditorText } from './scenario-editor-text';

const t = scenarioEditorText('sv');

/** A draft as a supervisor fills it in for a question about their own case. */
const filled: ScenarioDraft = {
  ...EMPTY_DRAFT,
  date: '2026-03-10',
  time: '10:15',
  postAuthor: 'Varbergs kommun',
  postText: 'Nu öppnar den nya simhallen.',
  commentAuthor: 'Kim Testsson',
  commentText: 'Varför har ingen på socialtjänsten ringt mig om mitt ärende?',
  labels: ['individual_case'],
  urgency: 'normal',
  referTo: ['individual_matters'],
  explanationSv: 'Ett eget ärende hanteras aldrig i kommentarerna.',
  guideline: ['refer'],
};

describe('scenarioId', () => {
  it('makes a readable id from the comment and the time of saving', () => {
    expect(scenarioId('Grannens barn är ensamma…', 1767225600000)).toBe('egen-grannens-barn-ar-ensamma-mjuohs00');
  });

  it('still makes an id when the comment has no letters to slug', () => {
    expect(scenarioId('!!!', 0)).toBe('egen-0');
  });
});

describe('checkDraft', () => {
  it('says so by the referral when no channel in the contact list answers at the chosen hour', () => {
    // Kundservice is an office-hours channel: a Saturday night own matter has nobody to refer to.
    const night = { ...filled, date: '2026-03-14', time: '23:00' };
    const check = checkDraft(night, 'egen-test', t, VARBERG_DIRECTORY);
    expect(check.scenario).toBeNull();
    expect(check.errors.get('expected.referTo')).toBe(t.form.unreachable);
    expect(checkDraft(night, 'egen-test', t, { ...VARBERG_DIRECTORY, channels: [] }).errors.get('expected.referTo')).toBe(t.form.unreachable);
  });

  it('turns a filled draft into a valid scenario whose steps follow the guideline', () => {
    const check = checkDraft(filled, 'egen-test', t, VARBERG_DIRECTORY);
    expect(check.errors.size).toBe(0);
    expect(check.scenario).toMatchObject({
      id: 'egen-test',
      when: '2026-03-10T10:15',
      expected: { labels: ['individual_case'], urgency: 'normal', steps: draftSteps(filled), referTo: ['individual_matters'] },
      explanation: { sv: filled.explanationSv },
    });
    expect(check.scenario?.explanation).not.toHaveProperty('en');
    expect(draftSteps(filled)).toEqual(['reply', 'refer', 'follow_up']);
  });

  it('drops the referral channels when referral is not a step', () => {
    const check = checkDraft({ ...filled, labels: [], urgency: 'none' }, 'egen-test', t, VARBERG_DIRECTORY);
    expect(check.scenario?.expected.referTo).toEqual([]);
  });

  it('says each problem once, by its field, in the words of the form and in the form’s order', () => {
    const check = checkDraft(EMPTY_DRAFT, CHECK_ID, t, VARBERG_DIRECTORY);
    expect(check.scenario).toBeNull();
    expect(check.errors.get('comment.text')).toBe(t.form.errors['comment.text']);
    const keys = [...check.errors.keys()];
    const order = [...SCENARIO_FIELDS, OTHER_FIELD] as string[];
    expect(keys).toEqual([...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('files a problem the form has no field for last, in the validator’s words', () => {
    const check = checkDraft({ ...filled, commentText: '' }, 'X', t, VARBERG_DIRECTORY);
    expect([...check.errors.keys()]).toEqual(['comment.text', OTHER_FIELD]);
    expect(check.errors.get(OTHER_FIELD)).toMatch(/^Id:/);
  });

  it('keeps the limit in the message when a text is too long', () => {
    const check = checkDraft({ ...filled, commentAuthor: 'x'.repeat(5000) }, CHECK_ID, t, VARBERG_DIRECTORY);
    expect(check.errors.get('comment.author')).toBe(t.form.tooLong(80));
  });
});
