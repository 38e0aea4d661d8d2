import { ExtensionPage } from './ExtensionPage';
import { uiText, type UiLanguage } from '../utils/ui-text';

/** The toolbar popup: for now the way to the supervisors' and trainees' pages. */
export function PopupPage({ lang }: { lang: UiLanguage }) {
  const text = uiText(lang);
  return (
    <ExtensionPage page="popup" lang={lang}>
      <nav>
        <ul>
          <li>
            <a href="/dashboard.html" target="_blank" rel="noreferrer">
              {text.openDashboard}
            </a>
          </li>
          <li>
            <a href="/training.html" target="_blank" rel="noreferrer">
              {text.openTraining}
            </a>
          </li>
        </ul>
      </nav>
    </ExtensionPage>
  );
}
