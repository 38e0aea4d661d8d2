import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VARBERG_DIRECTORY } from '../../responses/directory';
import { GUIDELINE } from '../../utils/training/guideline';
import { modelReplies } from '../../utils/training/models';
import { scoreAnswer, type TrainingAnswer } from '../../utils/training/scoring';
import type { Scenario } from '../../utils/training/scenario';
import { FeedbackView } from './FeedbackView';
import { CHILD_SCENARIO, LOOKALIKE_SCENARIO } from './test-scenarios';
import { trainingText } from './training-text';

const sv = trainingText('sv');

function show(scenario: Scenario, answer: TrainingAnswer, lang: 'sv' | 'en' = 'sv', onNext = vi.fn()) {
  const scoring = scoreAnswer(scenario, answer, VARBERG_DIRECTORY);
  const models = modelReplies(scenario, VARBERG_DIRECTORY, [], 7);
  render(<FeedbackView scenario={scenario} answer={answer} scoring={scoring} models={models} directory={VARBERG_DIRECTORY} lang={lang} isLast={false} onNext={onNext} />);
  return { scoring, onNext };
}

const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });

describe('FeedbackView', () => {
  it('says what was missed and why, flags the missed report of concern, and does not pass', () => {
    const { scoring } = show(CHILD_SCENARIO, { labels: ['crime'], urgency: 'normal', steps: ['reply', 'refer'], referChannels: ['polisen'], reply: '' });
    expect(scoring.passed).toBe(false);
    expect(screen.getByRole('heading', { level: 2, name: sv.feedback.heading })).toHaveFocus();
    expect(screen.getByText(sv.feedback.score(scoring.score))).toBeInTheDocument();
    expect(screen.getByText(sv.feedback.notPassed, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(sv.feedback.critical['missed-concern-report'])).toBeInTheDocument();

    const child = rowOf('Barn som far illa');
    expect(within(child).getByText(sv.feedback.outcome.miss)).toBeInTheDocument();
    expect(within(child).getByText(sv.feedback.labelMeaning.child_at_risk)).toBeInTheDocument();
    expect(within(rowOf('Brott')).getByText(sv.feedback.outcome.false)).toBeInTheDocument();

    expect(screen.getByText(sv.feedback.urgency('åtgärda', 'brådskande'))).toBeInTheDocument();
    const concern = rowOf(sv.practice.steps.concern_report);
    expect(within(concern).getByText(sv.feedback.stepVerdict.missed)).toBeInTheDocument();
    expect(within(concern).getByText(sv.feedback.stepWhen.concern_report)).toBeInTheDocument();
    expect(within(rowOf(sv.practice.steps.refer)).getByText(sv.feedback.stepVerdict.rightButChannel)).toBeInTheDocument();
    expect(screen.getByText(`Polisen: ${sv.feedback.channelVerdict.wrong}`, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(sv.feedback.replyMissing)).toBeInTheDocument();
  });

  it('shows the draft check on the reply, two different model replies and the guideline passages', () => {
    show(CHILD_SCENARIO, {
      labels: ['child_at_risk'],
      urgency: 'high',
      steps: ['reply', 'refer', 'concern_report', 'follow_up'],
      referChannels: ['mottagningsgruppen'],
      reply: 'Tack för att du skriver. Skicka ett DM så tittar vi på det.',
    });
    expect(screen.getByText(/Be aldrig om ett privat meddelande/)).toBeInTheDocument();
    const models = screen.getAllByRole('figure').filter((f) => /Förslag \d/.test(f.textContent ?? ''));
    expect(models).toHaveLength(2);
    expect(models[0]!.textContent).not.toBe(models[1]!.textContent);
    expect(models.some((m) => m.textContent?.includes('0340-88500'))).toBe(true);
    expect(screen.getByText(GUIDELINE.child.quote)).toBeInTheDocument();
    expect(screen.getByText(GUIDELINE.empathy.quote)).toBeInTheDocument();
    expect(screen.getByText(`Barn- och familjeenhetens mottagningsgrupp: ${sv.feedback.channelVerdict.right}`, { exact: false })).toBeInTheDocument();
  });

  it('passes a look-alike left alone, with no model replies and no reply asked for', () => {
    const { scoring, onNext } = show(LOOKALIKE_SCENARIO, { labels: [], urgency: 'none', steps: [], referChannels: [], reply: '' });
    expect(scoring.score).toBe(100);
    expect(screen.getByText(sv.feedback.passed, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(sv.feedback.noReplyNeeded)).toBeInTheDocument();
    expect(screen.queryByText(sv.feedback.modelsHeading)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: sv.feedback.next }));
    expect(onNext).toHaveBeenCalledOnce();
  });

  it('speaks English, with the English explanation and English model replies', () => {
    const en = trainingText('en');
    show({ ...CHILD_SCENARIO, lang: 'en', comment: { author: 'Sam', text: 'The girl next door, she is six, is home alone again tonight. Her mum has been gone for days.' } }, {
      labels: ['child_at_risk'],
      urgency: 'high',
      steps: ['reply', 'refer', 'concern_report', 'follow_up'],
      referChannels: ['mottagningsgruppen'],
      reply: '',
    }, 'en');
    expect(screen.getByRole('heading', { level: 2, name: en.feedback.heading })).toBeInTheDocument();
    expect(screen.getByText(CHILD_SCENARIO.explanation.en!)).toBeInTheDocument();
    const models = screen.getAllByRole('figure').filter((f) => /Suggestion \d/.test(f.textContent ?? ''));
    expect(models).toHaveLength(2);
    for (const model of models) expect(model.querySelector('blockquote')).toHaveAttribute('lang', 'en');
  });
});
