/**
 * The supervisors' charts on the follow-up page: flags per label per week, time to the first public
 * reply, and open and overdue follow-ups per day. Presentational: the page passes the records and
 * the clock; the numbers come from chart-data.ts.
 *
 * Nothing here relies on seeing the chart (WCAG 2.1 AA): each figure says its key figure in a
 * sentence and can show the same numbers as a real table, so the SVG is hidden from screen readers.
 * Series differ by legend text and by pattern, dash or marker shape, never by colour alone; every
 * colour keeps 3:1 against both the light and the dark page.
 */
import { useId, useMemo, useState, type JSX, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { LABELS, type Label } from '../../classifiers/types';
import type { FlaggedComment, FollowUpTask } from '../../storage/records';
import { LABEL_TEXT } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { addDays } from '../../responses/calendar';
import { formatNumber } from '../sidepanel/triage-text';
import { flagsPerLabelPerWeek, openAndOverdueOverTime, timeToFirstReply, type LabelWeek, type OpenDay, type ReplyWeek } from './chart-data';
import { chartText, type ChartText, type DurationUnit, type FlagsFacts, type OpenFacts, type ReplyFacts } from './chart-text';
import './dashboard-charts.css';

const WEEKS = 8;
const DAYS = 28;
/** Fixed, so the charts render without measuring the page (and in tests); CSS scales the SVG down. */
const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 16, bottom: 4, left: 0 };

type Pattern = 'solid' | 'slash' | 'dots' | 'cross' | 'rows' | 'backslash';
type Marker = 'circle' | 'square' | 'triangle';

/** Each colour has at least 3:1 against white and against the dark page (#111827). */
const LABEL_LOOK: Record<Label, { colour: string; pattern: Pattern }> = {
  individual_case: { colour: '#3a78c2', pattern: 'solid' },
  child_at_risk: { colour: '#d0335e', pattern: 'slash' },
  crime: { colour: '#8a5cd0', pattern: 'dots' },
  crisis: { colour: '#c05f00', pattern: 'cross' },
  criticism: { colour: '#1d8a7b', pattern: 'rows' },
  sensitive_data: { colour: '#6b7685', pattern: 'backslash' },
};

interface LineLook {
  colour: string;
  dash?: string;
  marker: Marker;
  /** Draws the marker at each point (recharts calls it with the point's position). */
  dot(props: DotItemDotProps): ReactNode;
}

function lineLook(look: Omit<LineLook, 'dot'>): LineLook {
  return {
    ...look,
    dot: ({ cx, cy }) => (typeof cx === 'number' && typeof cy === 'number' ? <MarkerShape marker={look.marker} x={cx} y={cy} colour={look.colour} /> : null),
  };
}

/** An id fit for `url(#…)`: React's ids carry characters a CSS url reference cannot take. */
function svgId(base: string, suffix: string): string {
  return `${base.replace(/[^a-zA-Z0-9_-]/g, '')}-${suffix}`;
}

/** A colour with white marks on it, 8 px square: the marks tell stacked bars apart without colour. */
function FillPattern({ id, colour, pattern }: { id: string; colour: string; pattern: Pattern }) {
  const mark = { stroke: '#ffffff', strokeWidth: 1.5 };
  return (
    <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
      <rect width={8} height={8} fill={colour} />
      {pattern === 'slash' && <path d="M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6" {...mark} />}
      {pattern === 'backslash' && <path d="M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2" {...mark} />}
      {pattern === 'dots' && <circle cx={4} cy={4} r={1.5} fill="#ffffff" />}
      {pattern === 'cross' && <path d="M0,4 L8,4 M4,0 L4,8" {...mark} />}
      {pattern === 'rows' && <path d="M0,2 L8,2 M0,6 L8,6" {...mark} strokeWidth={1} />}
    </pattern>
  );
}

function MarkerShape({ marker, x, y, colour }: { marker: Marker; x: number; y: number; colour: string }) {
  // A page-coloured rim keeps overlapping markers apart; var() works in style, not in SVG attributes.
  const paint = { fill: colour, strokeWidth: 1, style: { stroke: 'var(--sv-paper, #ffffff)' } };
  if (marker === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} {...paint} />;
  if (marker === 'triangle') return <path d={`M${x},${y - 5} L${x + 5},${y + 4} L${x - 5},${y + 4} Z`} {...paint} />;
  return <circle cx={x} cy={y} r={4} {...paint} />;
}

// Solid with circles against dashed with squares or triangles: the lines differ without colour.
const MEDIAN_LOOK = lineLook({ colour: '#3a78c2', marker: 'circle' });
const P90_LOOK = lineLook({ colour: '#c05f00', dash: '6 4', marker: 'square' });
const OPEN_LOOK = lineLook({ colour: '#3a78c2', marker: 'circle' });
const OVERDUE_LOOK = lineLook({ colour: '#d0335e', dash: '6 4', marker: 'triangle' });

/** The chart's lines, as direct children of the LineChart. */
function lines(series: readonly { key: string; look: LineLook }[]): JSX.Element[] {
  return series.map(({ key, look }) => (
    <Line
      key={key}
      dataKey={key}
      stroke={look.colour}
      strokeWidth={2}
      strokeDasharray={look.dash}
      dot={look.dot}
      isAnimationActive={false}
    />
  ));
}

interface LegendItem {
  key: string;
  name: string;
  swatch: ReactNode;
}

function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="sv-chart__legend">
      {items.map((item) => (
        <li key={item.key}>
          <svg className="sv-chart__swatch" width={28} height={16} viewBox="0 0 28 16">
            {item.swatch}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}

function lineSwatch(look: LineLook): ReactNode {
  return (
    <>
      <line x1={1} y1={8} x2={27} y2={8} stroke={look.colour} strokeWidth={2} strokeDasharray={look.dash} />
      <MarkerShape marker={look.marker} x={14} y={8} colour={look.colour} />
    </>
  );
}

interface TableData {
  caption: string;
  /** The first column's heading (the row headers' column), then the data columns'. */
  columns: readonly string[];
  rows: readonly { key: string; header: string; cells: readonly string[] }[];
}

interface ChartFigureProps {
  text: ChartText;
  title: string;
  summary: string;
  /** Set when there is nothing to chart: shown instead of the summary, with no chart or table. */
  empty?: string;
  table: TableData;
  children: ReactNode;
}

function ChartFigure({ text, title, summary, empty, table, children }: ChartFigureProps) {
  const id = useId();
  const [tableShown, setTableShown] = useState(false);
  return (
    <figure className="sv-chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <figcaption className="sv-chart__caption">
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-summary`} className="sv-chart__summary">
          {empty ?? summary}
        </p>
      </figcaption>
      {empty === undefined && (
        <>
          {/* The summary and the table carry the numbers; the picture repeats them for the eye. */}
          <div className="sv-chart__plot" aria-hidden="true">
            {children}
          </div>
          <button
            type="button"
            className="sv-chart__toggle"
            aria-expanded={tableShown}
            aria-controls={`${id}-table`}
            onClick={() => setTableShown((shown) => !shown)}
          >
            <span className="sv-chart__chevron" aria-hidden="true">
              {tableShown ? '▾' : '▸'}
            </span>
            {text.showTable}
          </button>
          {/* Focusable so keyboard users can scroll a table wider than the page. */}
          <div id={`${id}-table`} className="sv-chart__table" hidden={!tableShown} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <table>
              <caption id={`${id}-caption`}>{table.caption}</caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.header}</th>
                    {row.cells.map((cell, i) => (
                      <td key={table.columns[i + 1] ?? i}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function flagsFacts(rows: readonly LabelWeek[]): FlagsFacts {
  const current = rows[rows.length - 1];
  const counts = current ? LABELS.map((label) => current.labels[label]) : [];
  const topCount = Math.max(0, ...counts);
  return {
    weeks: rows.length,
    thisWeek: current?.flagged ?? 0,
    top: topCount === 0 ? [] : LABELS.filter((label) => current?.labels[label] === topCount),
    topCount,
    inPeriod: sum(rows.map((row) => row.flagged)),
    dismissed: current?.dismissed ?? 0,
  };
}

function FlagsChart({ lang, rows }: { lang: UiLanguage; rows: readonly LabelWeek[] }) {
  const text = chartText(lang);
  const id = useId();
  const shown = LABELS.filter((label) => rows.some((row) => row.labels[label] > 0));
  const empty = rows.every((row) => row.flagged === 0 && row.dismissed === 0);
  const data = rows.map((row) => ({ name: text.weekShort(row.week), ...row.labels }));
  const table: TableData = {
    caption: text.flags.caption(rows.length),
    columns: [text.flags.week, ...LABELS.map((label) => LABEL_TEXT[lang][label]), text.flags.total, text.flags.dismissed],
    rows: rows.map((row) => ({
      key: row.monday,
      header: text.weekLong(row.week, row.monday, addDays(row.monday, 6)),
      cells: [...LABELS.map((label) => row.labels[label]), row.flagged, row.dismissed].map((value) => formatNumber(lang, value)),
    })),
  };
  return (
    <ChartFigure
      text={text}
      title={text.flags.title}
      summary={text.flags.summary(flagsFacts(rows))}
      empty={empty ? text.flags.empty(rows.length) : undefined}
      table={table}
    >
      <p className="sv-chart__unit">{text.flags.axis}</p>
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={MARGIN} accessibilityLayer={false}>
        <defs>
          {shown.map((label) => (
            <FillPattern key={label} id={svgId(id, label)} {...LABEL_LOOK[label]} />
          ))}
        </defs>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} width={40} />
        {shown.map((label) => (
          <Bar key={label} dataKey={label} stackId="flags" fill={`url(#${svgId(id, label)})`} isAnimationActive={false} />
        ))}
      </BarChart>
      <Legend
        items={shown.map((label) => ({
          key: label,
          name: LABEL_TEXT[lang][label],
          swatch: (
            <>
              <defs>
                <FillPattern id={svgId(id, `legend-${label}`)} {...LABEL_LOOK[label]} />
              </defs>
              <rect x={1} y={1} width={26} height={14} fill={`url(#${svgId(id, `legend-${label}`)})`} />
            </>
          ),
        }))}
      />
    </ChartFigure>
  );
}

const MINUTES_PER: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** Minutes up to two hours, hours up to three days, days beyond: the axis numbers stay small. */
function unitFor(rows: readonly ReplyWeek[]): DurationUnit {
  const longest = Math.max(0, ...rows.map((row) => row.p90 ?? 0));
  return longest <= 120 ? 'minutes' : longest <= 72 * 60 ? 'hours' : 'days';
}

function replyFacts(rows: readonly ReplyWeek[]): ReplyFacts {
  const latestIndex = rows.findLastIndex((row) => row.replied > 0);
  const latest = rows[latestIndex];
  return {
    latest:
      latest && latest.median !== null && latest.p90 !== null
        ? { current: latestIndex === rows.length - 1, week: latest.week, replied: latest.replied, median: latest.median, p90: latest.p90 }
        : undefined,
    unanswered: sum(rows.map((row) => row.unanswered)),
  };
}

function ReplyChart({ lang, rows }: { lang: UiLanguage; rows: readonly ReplyWeek[] }) {
  const text = chartText(lang);
  const unit = unitFor(rows);
  const inUnit = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / MINUTES_PER[unit]) * 10) / 10);
  const data = rows.map((row) => ({ name: text.weekShort(row.week), median: inUnit(row.median), p90: inUnit(row.p90) }));
  const duration = (minutes: number | null) => (minutes === null ? text.reply.noReplies : text.duration(minutes));
  const table: TableData = {
    caption: text.reply.caption(rows.length),
    columns: [text.reply.week, text.reply.median, text.reply.p90, text.reply.replied, text.reply.unanswered],
    rows: rows.map((row) => ({
      key: row.monday,
      header: text.weekLong(row.week, row.monday, addDays(row.monday, 6)),
      cells: [duration(row.median), duration(row.p90), formatNumber(lang, row.replied), formatNumber(lang, row.unanswered)],
    })),
  };
  return (
    <ChartFigure
      text={text}
      title={text.reply.title}
      summary={text.reply.summary(replyFacts(rows))}
      empty={rows.every((row) => row.replied === 0 && row.unanswered === 0) ? text.reply.empty(rows.length) : undefined}
      table={table}
    >
      <p className="sv-chart__unit">{text.unitName[unit]}</p>
      <LineChart width={WIDTH} height={HEIGHT} data={data} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="name" />
        <YAxis width={40} />
        {lines([
          { key: 'median', look: MEDIAN_LOOK },
          { key: 'p90', look: P90_LOOK },
        ])}
      </LineChart>
      <Legend
        items={[
          { key: 'median', name: text.reply.median, swatch: lineSwatch(MEDIAN_LOOK) },
          { key: 'p90', name: text.reply.p90, swatch: lineSwatch(P90_LOOK) },
        ]}
      />
    </ChartFigure>
  );
}

function openFacts(days: readonly OpenDay[]): OpenFacts {
  const today = days[days.length - 1];
  const first = days[0];
  return {
    open: today?.open ?? 0,
    overdue: today?.overdue ?? 0,
    first: first && days.length > 1 ? { dateKey: first.dateKey, open: first.open } : undefined,
  };
}

function OpenChart({ lang, days }: { lang: UiLanguage; days: readonly OpenDay[] }) {
  const text = chartText(lang);
  const data = days.map((day) => ({ name: text.dayShort(day.dateKey), open: day.open, overdue: day.overdue }));
  const table: TableData = {
    caption: text.open.caption(days.length),
    columns: [text.open.day, text.open.open, text.open.overdue],
    rows: days.map((day) => ({
      key: day.dateKey,
      header: text.dayLong(day.dateKey),
      cells: [formatNumber(lang, day.open), formatNumber(lang, day.overdue)],
    })),
  };
  return (
    <ChartFigure
      text={text}
      title={text.open.title}
      summary={text.open.summary(openFacts(days))}
      empty={days.every((day) => day.open === 0) ? text.open.empty(days.length) : undefined}
      table={table}
    >
      <p className="sv-chart__unit">{text.open.axis}</p>
      <LineChart width={WIDTH} height={HEIGHT} data={data} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="name" interval="preserveStartEnd" minTickGap={16} />
        <YAxis allowDecimals={false} width={40} />
        {lines([
          { key: 'open', look: OPEN_LOOK },
          { key: 'overdue', look: OVERDUE_LOOK },
        ])}
      </LineChart>
      <Legend
        items={[
          { key: 'open', name: text.open.open, swatch: lineSwatch(OPEN_LOOK) },
          { key: 'overdue', name: text.open.overdue, swatch: lineSwatch(OVERDUE_LOOK) },
        ]}
      />
    </ChartFigure>
  );
}

/**
 * The three charts, each with its key figure in words and a table toggle.
 *
 * @example <DashboardCharts tasks={tasks} comments={comments} now={Date.now()} lang="sv" />
 */
export function DashboardCharts({
  tasks,
  comments,
  now,
  lang,
}: {
  tasks: readonly FollowUpTask[];
  comments: readonly FlaggedComment[];
  now: number;
  lang: 'sv' | 'en';
}): JSX.Element {
  const text = chartText(lang);
  const headingId = useId();
  const flags = useMemo(() => flagsPerLabelPerWeek(comments, now, WEEKS), [comments, now]);
  const replies = useMemo(() => timeToFirstReply(tasks, comments, now, WEEKS), [tasks, comments, now]);
  const days = useMemo(() => openAndOverdueOverTime(tasks, now, DAYS), [tasks, now]);
  return (
    <section className="sv-charts" aria-labelledby={headingId} lang={lang}>
      <h2 id={headingId}>{text.heading}</h2>
      <FlagsChart lang={lang} rows={flags} />
      <ReplyChart lang={lang} rows={replies} />
      <OpenChart lang={lang} days={days} />
    </section>
  );
}
