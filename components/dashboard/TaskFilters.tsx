import { useId } from 'react';
import { LABELS, URGENCIES, type Label, type Urgency } from '../../classifiers/types';
import { LABEL_TEXT, URGENCY_LOOK } from '../../utils/label-text';
import type { UiLanguage } from '../../utils/ui-text';
import { dashboardText } from './dashboard-text';
import { DEFAULT_TASK_FILTER, TASK_SORTS, TASK_STATUS_FILTERS, type TaskFilter, type TaskSort, type TaskStatusFilter } from './task-filter';

interface TaskFiltersProps {
  lang: UiLanguage;
  filter: TaskFilter;
  moderators: readonly string[];
  onChange: (filter: TaskFilter) => void;
}

function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The dashboard's filters: each one a labelled native control, so keyboard and screen readers just work. */
export function TaskFilters({ lang, filter, moderators, onChange }: TaskFiltersProps) {
  const text = dashboardText(lang).filters;
  const set = (patch: Partial<TaskFilter>) => onChange({ ...filter, ...patch });
  // Labels point at their controls by id: a label wrapped around a select would add the chosen
  // option to the control's accessible name ("Visa Öppna").
  const id = useId();
  return (
    <fieldset className="sv-dash__filters">
      <legend>{text.legend}</legend>
      <div className="sv-dash__filter-row">
        <div className="sv-dash__field">
          <label htmlFor={`${id}-status`}>{text.status}</label>
          <select id={`${id}-status`} value={filter.status} onChange={(e) => set({ status: e.target.value as TaskStatusFilter })}>
            {TASK_STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {text.statuses[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="sv-dash__field">
          <label htmlFor={`${id}-moderator`}>{text.moderator}</label>
          <select id={`${id}-moderator`} value={filter.moderator} onChange={(e) => set({ moderator: e.target.value })}>
            <option value="">{text.anyone}</option>
            {moderators.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="sv-dash__field">
          <label htmlFor={`${id}-from`}>{text.from}</label>
          <input id={`${id}-from`} type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => set({ from: e.target.value })} />
        </div>
        <div className="sv-dash__field">
          <label htmlFor={`${id}-to`}>{text.to}</label>
          <input id={`${id}-to`} type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => set({ to: e.target.value })} />
        </div>
        <div className="sv-dash__field">
          <label htmlFor={`${id}-sort`}>{text.sort}</label>
          <select id={`${id}-sort`} value={filter.sort} onChange={(e) => set({ sort: e.target.value as TaskSort })}>
            {TASK_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {text.sorts[sort]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="sv-dash__filter-row">
        <fieldset className="sv-dash__checks">
          <legend>{text.urgency}</legend>
          {URGENCIES.filter((u) => u !== 'none').map((urgency: Urgency) => (
            <label key={urgency}>
              <input type="checkbox" checked={filter.urgencies.includes(urgency)} onChange={() => set({ urgencies: toggled(filter.urgencies, urgency) })} />
              <span aria-hidden="true">{URGENCY_LOOK[lang][urgency].icon}</span> {URGENCY_LOOK[lang][urgency].word}
            </label>
          ))}
        </fieldset>
        <fieldset className="sv-dash__checks">
          <legend>{text.labels}</legend>
          {LABELS.map((label: Label) => (
            <label key={label}>
              <input type="checkbox" checked={filter.labels.includes(label)} onChange={() => set({ labels: toggled(filter.labels, label) })} />
              {LABEL_TEXT[lang][label]}
            </label>
          ))}
        </fieldset>
      </div>
      <button type="button" className="sv-button sv-button--quiet" onClick={() => onChange(DEFAULT_TASK_FILTER)}>
        {text.reset}
      </button>
    </fieldset>
  );
}
