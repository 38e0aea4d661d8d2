/**
 * The side panel's triage queue: the flagged comments on the current tab, the most urgent first,
 * with counts, filters and a way to jump to each comment on the page. Presentational: the side
 * panel page feeds it the tab's items and follow-up statuses; only the filter choices live here.
 *
 * Urgency is never told by colour alone: every badge carries an icon and a word (URGENCY_LOOK),
 * and an overdue follow-up says "Försenad" in words.
 */
import { useState, type JSX } from 'react';
import { LABELS, URGENCIES, type Label, type Urgency } from '../../classifiers/types';
import { LABEL_TEXT, URGENCY_ORDER } from '../../utils/label-text';
import { UrgencyTag } from '../UrgencyTag';
import type { TaskStatus, TriageItem } from '../../utils/messages';
import type { UiLanguage } from '../../utils/ui-text';
import { formatNumber, triageText } from './triage-text';
import './triage-queue.css';

/** The follow-up status the background reports for a comment key. */
export type TriageStatus = TaskStatus;

export interface TriageFilter {
  /** Show only items with at least one of these labels; empty = every label. */
  labels: ReadonlySet<Label>;
  /** Show only items of these urgencies; empty = every urgency. */
  urgencies: ReadonlySet<Urgency>;
  /** Hide items whose follow-up is closed and items marked "Inte relevant". */
  hideHandled: boolean;
}

export interface TriageQueueProps {
  lang: UiLanguage;
  items: readonly TriageItem[];
  /** Follow-up status per item key, for items that have a follow-up task. */
  statuses: ReadonlyMap<string, TriageStatus>;
  /** Scroll the page to the comment and highlight it. */
  onReveal(key: string): void;
  /** True when the tab has no supported page / content script (show a short explanation instead). */
  unsupported?: boolean;
  /** Comments read on the page so far. */
  scanned?: number;
  /** Comment elements the extension could not read. */
  unreadable?: number;
}

const NO_STATUSES: ReadonlyMap<string, TriageStatus> = new Map();

/**
 * Most urgent first (URGENCY_ORDER), then the earliest flagged first within an urgency. Stable:
 * items that tie keep their order. Returns a new array.
 */
export function sortTriage<T extends Pick<TriageItem, 'urgency' | 'flaggedAt'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || a.flaggedAt - b.flaggedAt);
}

/** Handled: marked "Inte relevant", or its follow-up is closed. */
export function isHandled(item: TriageItem, statuses: ReadonlyMap<string, TriageStatus> = NO_STATUSES): boolean {
  return item.dismissed === true || statuses.get(item.key)?.progress === 'closed';
}

/** Still needs the moderator: not handled, and its urgency asks for action. */
export function needsAction(item: TriageItem, statuses: ReadonlyMap<string, TriageStatus> = NO_STATUSES): boolean {
  return item.urgency !== 'none' && !isHandled(item, statuses);
}

/** The items the filter lets through, in their given order. */
export function filterTriage(
  items: readonly TriageItem[],
  filter: TriageFilter,
  statuses: ReadonlyMap<string, TriageStatus> = NO_STATUSES,
): TriageItem[] {
  return items.filter(
    (item) =>
      (filter.urgencies.size === 0 || filter.urgencies.has(item.urgency)) &&
      (filter.labels.size === 0 || item.labels.some((label) => filter.labels.has(label))) &&
      !(filter.hideHandled && isHandled(item, statuses)),
  );
}

/** How many of the items carry each urgency and each label. */
export function countTriage(items: readonly TriageItem[]): { urgencies: Map<Urgency, number>; labels: Map<Label, number> } {
  const urgencies = new Map<Urgency, number>();
  const labels = new Map<Label, number>();
  for (const item of items) {
    urgencies.set(item.urgency, (urgencies.get(item.urgency) ?? 0) + 1);
    for (const label of new Set(item.labels)) labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  return { urgencies, labels };
}

const EXCERPT_START_LENGTH = 40;

/** The excerpt's first words, for telling the reveal buttons apart. */
function excerptStart(excerpt: string): string {
  const text = excerpt.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_START_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_START_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_START_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The municipality is in Sweden: times read as Swedish local time, whatever the computer's zone. */
function formatTime(lang: UiLanguage, time: Date): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Stockholm',
  }).format(time);
}

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

function ItemTime({ lang, item }: { lang: UiLanguage; item: TriageItem }) {
  const text = triageText(lang);
  const shown = item.time === undefined ? undefined : new Date(item.time);
  if (shown && !Number.isNaN(shown.getTime())) {
    return <time dateTime={shown.toISOString()}>{text.posted(formatTime(lang, shown))}</time>;
  }
  const found = new Date(item.flaggedAt);
  return <time dateTime={found.toISOString()}>{text.found(formatTime(lang, found))}</time>;
}

function FollowUpStatus({ lang, status }: { lang: UiLanguage; status: TriageStatus }) {
  const text = triageText(lang);
  return (
    <p className="sv-triage__status">
      <span className="sv-triage__status-name">{text.followUp}</span>{' '}
      <span className={`sv-triage__progress sv-triage__progress--${status.progress}`}>{text.progress[status.progress]}</span>
      {status.progress === 'in_progress' && status.total > 0 && <span>, {text.steps(status.done, status.total)}</span>}
      {status.overdue && (
        <>
          {' '}
          <strong className="sv-triage__overdue">
            <span aria-hidden="true">⚠ </span>
            {text.overdue}
          </strong>
        </>
      )}
    </p>
  );
}

interface ItemProps {
  lang: UiLanguage;
  item: TriageItem;
  status: TriageStatus | undefined;
  handled: boolean;
  onReveal(key: string): void;
}

function TriageEntry({ lang, item, status, handled, onReveal }: ItemProps) {
  const text = triageText(lang);
  const reveal = () => onReveal(item.key);
  return (
    <li className={`sv-triage__item sv-triage__item--${item.urgency}${handled ? ' sv-triage__item--handled' : ''}`}>
      {/* A pointer shortcut only: the "Visa på sidan" button below is the accessible way. */}
      <div className="sv-triage__body" onClick={reveal}>
        <p className="sv-triage__head">
          <UrgencyTag lang={lang} urgency={item.urgency} className="sv-triage__badge" />
          {item.labels.length > 0 && (
            <span className="sv-triage__labels">{item.labels.map((label) => LABEL_TEXT[lang][label]).join(', ')}</span>
          )}
        </p>
        <p className="sv-triage__meta">
          {item.author && <span className="sv-triage__author">{item.author}</span>}
          <span>{text.depth[item.depth]}</span>
          <ItemTime lang={lang} item={item} />
        </p>
        <p className="sv-triage__excerpt">{item.excerpt}</p>
        {status && <FollowUpStatus lang={lang} status={status} />}
        {item.dismissed && <p className="sv-triage__dismissed">{text.dismissed}</p>}
      </div>
      <button
        type="button"
        className="sv-triage__reveal"
        aria-label={text.revealName(item.author, excerptStart(item.excerpt))}
        onClick={reveal}
      >
        {text.reveal}
      </button>
    </li>
  );
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  selected: ReadonlySet<T>;
  onToggle(value: T): void;
  renderLabel(value: T): JSX.Element | string;
}

function CheckboxGroup<T extends string>({ legend, options, selected, onToggle, renderLabel }: CheckboxGroupProps<T>) {
  return (
    <fieldset className="sv-triage__fieldset">
      <legend>{legend}</legend>
      {options.map((value) => (
        <label key={value} className="sv-triage__check">
          <input type="checkbox" checked={selected.has(value)} onChange={() => onToggle(value)} />
          {renderLabel(value)}
        </label>
      ))}
    </fieldset>
  );
}

const NO_FILTER: TriageFilter = { labels: new Set(), urgencies: new Set(), hideHandled: false };

export function TriageQueue({
  lang,
  items,
  statuses,
  onReveal,
  unsupported = false,
  scanned,
  unreadable = 0,
}: TriageQueueProps): JSX.Element {
  const text = triageText(lang);
  const [filter, setFilter] = useState<TriageFilter>(NO_FILTER);

  if (unsupported) {
    return (
      <div className="sv-triage sv-triage--unsupported" lang={lang}>
        <h2>{text.unsupportedHeading}</h2>
        <p>{text.unsupported}</p>
        <p>{text.unsupportedReload}</p>
      </div>
    );
  }

  const open = items.filter((item) => needsAction(item, statuses));
  const counts = countTriage(open);
  const urgencyCounts = URGENCIES.filter((urgency) => counts.urgencies.has(urgency));
  const labelCounts = LABELS.filter((label) => counts.labels.has(label));
  // Offer the choices the page has, and keep any the moderator ticked so they can untick them.
  const urgencyOptions = URGENCIES.filter((u) => filter.urgencies.has(u) || items.some((item) => item.urgency === u));
  const labelOptions = LABELS.filter((l) => filter.labels.has(l) || items.some((item) => item.labels.includes(l)));
  const shown = sortTriage(filterTriage(items, filter, statuses));

  return (
    <div className="sv-triage" lang={lang}>
      <h2>{text.countsHeading}</h2>
      <p className="sv-triage__summary" role="status" aria-live="polite">
        {text.needAction(open.length)}
      </p>
      {urgencyCounts.length > 0 && (
        <ul className="sv-triage__counts" aria-label={text.countsByUrgency}>
          {urgencyCounts.map((urgency) => (
            <li key={urgency}>
              <UrgencyTag lang={lang} urgency={urgency} className="sv-triage__badge" /> <span className="sv-triage__count">{formatNumber(lang, counts.urgencies.get(urgency) ?? 0)}</span>
            </li>
          ))}
        </ul>
      )}
      {labelCounts.length > 0 && (
        <ul className="sv-triage__counts" aria-label={text.countsByLabel}>
          {labelCounts.map((label) => (
            <li key={label}>
              {LABEL_TEXT[lang][label]} <span className="sv-triage__count">{formatNumber(lang, counts.labels.get(label) ?? 0)}</span>
            </li>
          ))}
        </ul>
      )}
      {(scanned !== undefined || unreadable > 0) && (
        <div className="sv-triage__scan">
          {scanned !== undefined && <p>{text.scanned(scanned)}</p>}
          {unreadable > 0 && (
            <p className="sv-triage__warning">
              <span aria-hidden="true">⚠ </span>
              {text.unreadable(unreadable)}
            </p>
          )}
        </div>
      )}

      {items.length > 0 && (
        <>
          <div className="sv-triage__filters">
            <h2>{text.filtersHeading}</h2>
            <CheckboxGroup
              legend={text.urgencyLegend}
              options={urgencyOptions}
              selected={filter.urgencies}
              onToggle={(urgency) => setFilter((f) => ({ ...f, urgencies: toggled(f.urgencies, urgency) }))}
              renderLabel={(urgency) => <UrgencyTag lang={lang} urgency={urgency} className="sv-triage__badge" />}
            />
            <CheckboxGroup
              legend={text.labelLegend}
              options={labelOptions}
              selected={filter.labels}
              onToggle={(label) => setFilter((f) => ({ ...f, labels: toggled(f.labels, label) }))}
              renderLabel={(label) => LABEL_TEXT[lang][label]}
            />
            <label className="sv-triage__check sv-triage__hide-handled">
              <input
                type="checkbox"
                checked={filter.hideHandled}
                onChange={() => setFilter((f) => ({ ...f, hideHandled: !f.hideHandled }))}
              />
              {text.hideHandled}
            </label>
          </div>

          {shown.length > 0 ? (
            <ul className="sv-triage__list" aria-label={text.listName}>
              {shown.map((item) => (
                <TriageEntry
                  key={item.key}
                  lang={lang}
                  item={item}                   status={statuses.get(item.key)}
                  handled={isHandled(item, statuses)}
                  onReveal={onReveal}
                />
              ))}
            </ul>
          ) : (
            <div className="sv-triage__no-match">
              <p>{text.noMatch}</p>
              <button type="button" className="sv-triage__clear" onClick={() => setFilter(NO_FILTER)}>
                {text.clearFilters}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
