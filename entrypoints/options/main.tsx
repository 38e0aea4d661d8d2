import { browser } from 'wxt/browser';
import { mountPage } from '../../components/mount-page';
import { OptionsApp, type OptionsPlatform } from '../../components/options/OptionsApp';
import type { SekretessvaktDB } from '../../storage/db';
import { getSettings, saveSettings } from '../../storage/repository';

const NOTIFICATIONS = { permissions: ['notifications' as const] };

/** The real browser behind the options page's seam. */
function platformFor(db: SekretessvaktDB): OptionsPlatform {
  return {
    async storageEstimate() {
      const estimate = await navigator.storage?.estimate?.();
      return { usage: estimate?.usage, quota: estimate?.quota };
    },
    async notifyAcute() {
      return (await getSettings(db)).notifyAcute && (await browser.permissions.contains(NOTIFICATIONS));
    },
    async setNotifyAcute(on) {
      // Asked for on the click that turns the setting on, and given back when it is turned off.
      let allowed = false;
      if (on) allowed = await browser.permissions.request(NOTIFICATIONS);
      else await browser.permissions.remove(NOTIFICATIONS);
      const actor = (await getSettings(db)).moderator.trim() || 'okänd';
      return (await saveSettings(db, { notifyAcute: on && allowed }, actor, Date.now())).notifyAcute;
    },
    download(fileName, text) {
      // A link click, not the downloads API: the extension asks for no permission to save a file.
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}

void mountPage(({ db, settings, lang }) => <OptionsApp db={db} settings={settings} lang={lang} platform={platformFor(db)} />);
