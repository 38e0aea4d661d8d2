/**
 * The training page: a round of practice scenarios with feedback on each answer, the trainee's
 * results, and supervisors' own scenarios. Routes: #ova, #resultat, #egna.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReplySuggestion } from '../../responses/compose';
import { mulberry32, type Random } from '../../responses/random';
import type { SekretessvaktDB } from '../../storage/db';
import { toStorageError } from '../../storage/errors';
import { useAttempts, useCustomScenarios, useSettings } from '../../storage/hooks';
import type { Settings } from '../../storage/records';
import { addAttempt } from '../../storage/training';
import { builtInScenarios } from '../../utils/training/library';
import { modelReplies } from '../../utils/training/models';
import { matchesFocus, nextLevel, pickNext, startLevel, type Focus } from '../../utils/training/order';
import { weakAreas } from '../../utils/training/progress';
import type { Level, Scenario } from '../../utils/training/scenario';
import { referableChannels, scoreAnswer, type Scoring, type TrainingAnswer } from '../../utils/training/scoring';
import type { UiLanguage } from '../../utils/ui-text';
import { effectiveDirectory } from '../options/directory-draft';
import { PageHeader, ViewNav } from '../PageHeader';
import { useHashRoute } from '../use-hash-route';
import { AnswerForm } from './AnswerForm';
import { FeedbackView } from './FeedbackView';
import { PostMock } from './PostMock';
import { ProgressView, type Download } from './ProgressView';
import { ScenarioEditor } from './ScenarioEditor';
import { SessionSummary, type SessionItem } from './SessionSummary';
import { StartView } from './StartView';
import { excerpt } from './text-excerpt';
import { trainingText, type TrainingView } from './training-text';
import './training.css';

const HASH: Record<TrainingView, string> = { practice: 'ova', progress: 'resultat', own: 'egna' };

export function viewOf(hash: string): TrainingView {
  const value = hash.replace(/^#/, '');
  return (Object.keys(HASH) as TrainingView[]).find((view) => HASH[view] === value) ?? 'practice';
}

interface Answered {
  answer: TrainingAnswer;
  scoring: Scoring;
  models: ReplySuggestion[];
}

interface Session {
  id: string;
  focus: Focus;
  length: number;
  level: Level;
  asked: string[];
  current: Scenario | null;
  answered: Answered | null;
  items: SessionItem[];
}

interface TrainingAppProps {
  db: SekretessvaktDB;
  settings: Settings;
  lang: UiLanguage;
  download: Download;
  /** Injected in tests; the page's clock and a fresh random draw otherwise. */
  clock?: () => number;
  random?: Random;
  /** The built-in library; tests pass a small one. */
  library?: readonly Scenario[];
}

export function TrainingApp({ db, settings: initialSettings, lang, download, clock = Date.now, random: givenRandom, library }: TrainingAppProps) {
  const text = trainingText(lang);
  const settings = useSettings(db, initialSettings);
  const attempts = useAttempts(db);
  const custom = useCustomScenarios(db);
  const directory = useMemo(() => effectiveDirectory(settings.directoryOverride), [settings.directoryOverride]);
  const channels = useMemo(() => referableChannels(directory), [directory]);
  const pool = useMemo(() => mergePool(library ?? builtInScenarios(), custom ?? []), [library, custom]);
  const [random] = useState<Random>(() => givenRandom ?? mulberry32(crypto.getRandomValues(new Uint32Array(1))[0]!));
  const [view, navigate] = useHashRoute(viewOf);
  const [session, setSession] = useState<Session | null>(null);
  const [done, setDone] = useState<SessionItem[] | null>(null);
  const [problem, setProblem] = useState('');
  const itemHeading = useRef<HTMLHeadingElement>(null);

  const go = (next: TrainingView) => navigate(HASH[next]);

  const currentId = session?.current?.id;
  const showingFeedback = session?.answered !== null;
  useEffect(() => {
    if (currentId && !showingFeedback) itemHeading.current?.focus();
  }, [currentId, showingFeedback]);

  const past = attempts ?? [];
  const level = startLevel(past);

  const start = ({ length, focus }: { length: number; focus: Focus }) => {
    const first = pickNext({ pool, focus, level, asked: new Set(), history: past, random });
    if (!first) return;
    setDone(null);
    setProblem('');
    setSession({ id: crypto.randomUUID(), focus, length, level, asked: [first.id], current: first, answered: null, items: [] });
  };

  const submit = (answer: TrainingAnswer) => {
    if (!session?.current) return;
    const scenario = session.current;
    const scoring = scoreAnswer(scenario, answer, directory);
    const models = modelReplies(scenario, directory, [], Math.floor(random() * 2 ** 32));
    setSession({
      ...session,
      answered: { answer, scoring, models },
      items: [...session.items, { scenarioId: scenario.id, excerpt: excerpt(scenario.comment.text, 80), score: scoring.score, passed: scoring.passed }],
    });
    addAttempt(db, {
      sessionId: session.id,
      scenarioId: scenario.id,
      at: clock(),
      level: scenario.level,
      focus: session.focus,
      expectedLabels: scenario.expected.labels,
      expectedUrgency: scenario.expected.urgency,
      givenUrgency: scoring.urgency.given,
      labelOutcomes: scoring.labels,
      score: scoring.score,
      passed: scoring.passed,
      critical: scoring.critical,
      findings: scoring.findings.map((f) => f.id),
    }).catch((error: unknown) => setProblem(toStorageError(error).userMessage[lang]));
  };

  const next = () => {
    if (!session?.answered) return;
    const level = nextLevel(session.level, session.answered.scoring.passed);
    const following =
      session.items.length < session.length ? pickNext({ pool, focus: session.focus, level, asked: new Set(session.asked), history: past, random }) : undefined;
    if (!following) {
      setDone(session.items);
      setSession(null);
      return;
    }
    setSession({ ...session, level, asked: [...session.asked, following.id], current: following, answered: null });
  };

  const end = () => {
    if (session && session.items.length > 0) setDone(session.items);
    setSession(null);
  };

  return (
    <div className="sv-page sv-training" lang={lang}>
      <PageHeader />
      <ViewNav label={text.viewsLabel} links={(Object.keys(HASH) as TrainingView[]).map((item) => ({ hash: HASH[item], label: text.views[item], current: view === item }))} onGo={navigate} />
      <main className="sv-page__main">
        <h1>{text.title}</h1>
        {view === 'practice' && !session ? <p>{text.lead}</p> : null}
        {problem ? (
          <p role="alert" className="sv-training__problem">
            {problem}
          </p>
        ) : null}
        {view === 'own' ? (
          <ScenarioEditor db={db} lang={lang} directory={directory} clock={clock} />
        ) : view === 'progress' ? (
          attempts ? (
            <ProgressView lang={lang} attempts={attempts} trainee={settings.moderator} now={clock()} download={download} />
          ) : (
            <p role="status">{text.loading}</p>
          )
        ) : session?.current ? (
          <div className="sv-training__item">
            <div className="sv-training__item-head">
              <h2 ref={itemHeading} tabIndex={-1}>
                {text.practice.position(session.asked.length, Math.min(session.length, session.asked.length + remaining(pool, session)))}
              </h2>
              <span className="sv-training__level">{text.practice.level(session.current.level)}</span>
              <button type="button" className="sv-training__quiet" onClick={end}>
                {text.practice.endSession}
              </button>
            </div>
            <PostMock scenario={session.current} lang={lang} />
            {session.answered ? (
              <FeedbackView
                scenario={session.current}
                answer={session.answered.answer}
                scoring={session.answered.scoring}
                models={session.answered.models}
                directory={directory}
                lang={lang}
                isLast={session.items.length >= session.length || remaining(pool, session) === 0}
                onNext={next}
              />
            ) : (
              <AnswerForm key={session.current.id} lang={lang} channels={channels} onSubmit={submit} />
            )}
          </div>
        ) : done ? (
          <SessionSummary lang={lang} items={done} onAgain={() => setDone(null)} onProgress={() => go('progress')} />
        ) : attempts && custom ? (
          <StartView lang={lang} pool={pool} level={level} weak={weakAreas(attempts)} onStart={start} />
        ) : (
          <p role="status">{text.loading}</p>
        )}
      </main>
    </div>
  );
}

/** Built-in and own scenarios; an own scenario with a built-in id replaces it (a municipality's own version). */
export function mergePool(builtIn: readonly Scenario[], own: readonly Scenario[]): Scenario[] {
  const ownIds = new Set(own.map((s) => s.id));
  return [...builtIn.filter((s) => !ownIds.has(s.id)), ...own];
}

/** Scenarios left for this round's focus that it has not asked yet. */
function remaining(pool: readonly Scenario[], session: Session): number {
  const asked = new Set(session.asked);
  return pool.filter((s) => matchesFocus(s, session.focus) && !asked.has(s.id)).length;
}
