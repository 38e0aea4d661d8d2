/**
 * The built-in directory at a glance: every channel with its number, its opening hours in words
 * and what it is for, so a communicator sees what is missing before starting to edit a copy.
 */
import { WEEKDAYS, type Directory, type Hours, type Weekday } from '../../responses/directory';
import type { UiLanguage } from '../../utils/ui-text';
import { optionsText } from './options-text';

/**
 * Opening hours in a few words: "mån–tors 08:00–16:30, fre 08:00–15:00, lunchstängt 12:00–13:00".
 *
 * @example describeHours({ kind: 'always' }, directory, 'sv') // 'Dygnet runt'
 */
export function describeHours(hours: Hours, directory: Directory, lang: UiLanguage): string {
  const text = optionsText(lang);
  const t = text.hours;
  switch (hours.kind) {
    case 'always':
    case 'unknown':
      return t.kinds[hours.kind].name;
    case 'outside': {
      const other = directory.channels.find((c) => c.id === hours.of);
      return t.summaryOutside(other?.inSentence?.[lang] ?? other?.name[lang] ?? hours.of);
    }
    case 'office': {
      // Consecutive days with the same hours are said once: "mån–tors".
      const runs: Array<{ from: Weekday; to: Weekday; span: string }> = [];
      for (const [i, day] of WEEKDAYS.entries()) {
        const span = hours.week[day];
        if (!span) continue;
        const said = `${span.open}–${span.close}`;
        const last = runs.at(-1);
        if (last && last.span === said && WEEKDAYS[i - 1] === last.to) last.to = day;
        else runs.push({ from: day, to: day, span: said });
      }
      if (runs.length === 0) return t.summaryClosed;
      const short = text.weekdaysShort;
      const days = runs.map((r) => `${short[r.from]}${r.to === r.from ? '' : `–${short[r.to]}`} ${r.span}`);
      if (hours.lunch) days.push(`${t.summaryLunch} ${hours.lunch.open}–${hours.lunch.close}`);
      return days.join(', ');
    }
  }
}

export function DirectoryOverview({ lang, directory }: { lang: UiLanguage; directory: Directory }) {
  const text = optionsText(lang);
  const t = text.directory;
  return (
    <div className="sv-options__table-wrap">
      <table className="sv-options__table">
        <caption>{t.overviewCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.channel}</th>
            <th scope="col">{t.columns.phone}</th>
            <th scope="col">{t.columns.hours}</th>
            <th scope="col">{t.columns.purposes}</th>
          </tr>
        </thead>
        <tbody>
          {directory.channels.map((channel) => (
            <tr key={channel.id}>
              <th scope="row">
                {channel.name[lang]}
                {channel.internal && <span className="sv-options__tag"> ({t.internalTag})</span>}
              </th>
              <td className="sv-options__phone">{channel.phone ?? t.unknownPhone}</td>
              <td>{describeHours(channel.hours, directory, lang)}</td>
              <td>{channel.purposes.map((p) => text.purposes[p].name).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
