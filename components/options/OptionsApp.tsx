/**
 * The options page: who the moderator is, the municipality's channel directory with a live reply
 * preview, sensitivity, retention, notifications, language, sharing the settings, diagnostics and
 * erasing everything. Each section saves on its own and says so beside its button; the page keeps
 * the saved settings and hands them down. A nav at the top leads to every section.
 */
import { useState, type ReactNode } from 'react';
import type { SekretessvaktDB } from '../../storage/db';
import type { Settings } from '../../storage/records';
import type { UiLanguage } from '../../utils/ui-text';
import { PageHeader } from '../PageHeader';
import { DiagnosticsSection } from './DiagnosticsSection';
import { previewOf } from './directory-draft';
import { DirectoryEditor, type DirectoryPreview } from './DirectoryEditor';
import { EraseSection } from './EraseSection';
import { LanguageSection } from './LanguageSection';
import { NameSection } from './NameSection';
import { NotificationSection } from './NotificationSection';
import type { OptionsPlatform } from './options-platform';
import { optionsText, SECTION_IDS, type SectionId } from './options-text';
import { ReplyPreview } from './ReplyPreview';
import { RetentionSection } from './RetentionSection';
import { SensitivitySection } from './SensitivitySection';
import { TransferSection } from './TransferSection';
import type { SaveContext } from './use-settings-save';
import './options.css';

export type { OptionsPlatform } from './options-platform';

export interface OptionsAppProps {
  db: SekretessvaktDB;
  settings: Settings;
  lang: UiLanguage;
  platform: OptionsPlatform;
  /** The browser's languages, for the "same as the browser" choice; navigator.languages by default. */
  browserLanguages?: readonly string[];
}

/** Who the audit log names when the moderator has not given a name, as the background does. */
const UNKNOWN_ACTOR = 'okänd';

function Section({ id, title, children }: { id: SectionId; title: string; children: ReactNode }) {
  return (
    <section id={id} className="sv-options__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

export function OptionsApp({ db, settings: initial, lang: initialLang, platform, browserLanguages }: OptionsAppProps) {
  const [settings, setSettings] = useState(initial);
  const [lang, setLang] = useState(initialLang);
  const [preview, setPreview] = useState<DirectoryPreview>(() => previewOf(initial.directoryOverride));
  // Bumped when the settings change under the sections (an import): they start again from the saved values.
  const [generation, setGeneration] = useState(0);
  const [erasures, setErasures] = useState(0);
  const t = optionsText(lang);
  const save: SaveContext = { db, actor: settings.moderator.trim() || UNKNOWN_ACTOR, lang, onSaved: setSettings };

  const changeLanguage = (next: UiLanguage) => {
    document.documentElement.lang = next;
    setLang(next);
  };

  const imported = (next: Settings) => {
    setSettings(next);
    setPreview(previewOf(next.directoryOverride));
    setGeneration((n) => n + 1);
  };

  const sections: Record<SectionId, ReactNode> = {
    namn: <NameSection key={generation} settings={settings} save={save} />,
    katalog: <DirectoryEditor key={generation} lang={lang} settings={settings} save={save} onPreview={setPreview} />,
    forhandsvisning: <ReplyPreview lang={lang} directory={preview.directory} draftInvalid={preview.draftInvalid} />,
    kanslighet: <SensitivitySection key={generation} settings={settings} save={save} />,
    gallring: <RetentionSection key={generation} settings={settings} save={save} />,
    aviseringar: (
      <NotificationSection key={generation} lang={lang} initial={settings.notifyAcute} platform={platform} onChanged={(on) => setSettings((s) => ({ ...s, notifyAcute: on }))} />
    ),
    sprak: <LanguageSection settings={settings} save={save} browserLanguages={browserLanguages ?? navigator.languages} onLanguage={changeLanguage} />,
    dela: <TransferSection settings={settings} save={save} platform={platform} onImported={imported} />,
    diagnostik: <DiagnosticsSection db={db} lang={lang} platform={platform} refreshKey={erasures} />,
    radera: <EraseSection db={db} lang={lang} actor={save.actor} onErased={() => setErasures((n) => n + 1)} />,
  };

  return (
    <div className="sv-page sv-options" lang={lang}>
      <PageHeader />
      <main className="sv-page__main">
        <h1>{t.title}</h1>
        <p>{t.lead}</p>
        <nav className="sv-options__nav" aria-label={t.navLabel}>
          <ul>
            {SECTION_IDS.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{t.sections[id]}</a>
              </li>
            ))}
          </ul>
        </nav>
        {SECTION_IDS.map((id) => (
          <Section key={id} id={id} title={t.sections[id]}>
            {sections[id]}
          </Section>
        ))}
      </main>
    </div>
  );
}
