/**
 * Acute notifications on or off. Turning them on asks the browser for the optional notifications
 * permission on that very click (a permission request needs the user's gesture), so the change
 * goes through the platform, which also saves the setting and says what took effect.
 */
import { useEffect, useState } from 'react';
import type { UiLanguage } from '../../utils/ui-text';
import { Checkbox } from './Field';
import type { OptionsPlatform } from './options-platform';
import { optionsText } from './options-text';

export interface NotificationSectionProps {
  lang: UiLanguage;
  initial: boolean;
  platform: OptionsPlatform;
  onChanged(on: boolean): void;
}

export function NotificationSection({ lang, initial, platform, onChanged }: NotificationSectionProps) {
  const t = optionsText(lang).notify;
  const [on, setOn] = useState(initial);
  const [message, setMessage] = useState('');

  useEffect(() => {
    // The permission can be withdrawn in the browser's own settings: ask what is true now.
    void platform.notifyAcute().then(setOn, () => undefined);
  }, [platform]);

  const change = (wanted: boolean) => {
    setOn(wanted);
    platform.setNotifyAcute(wanted).then(
      (result) => {
        setOn(result);
        onChanged(result);
        setMessage(result ? t.on : wanted ? t.denied : t.off);
      },
      () => {
        setOn(!wanted);
        setMessage(t.failed);
      },
    );
  };

  return (
    <div>
      <p>{t.intro}</p>
      <Checkbox id="sv-notify-acute" label={t.label} checked={on} onChange={change} />
      <div className="sv-options__status" role="status" aria-live="polite">
        {message && <p>{message}</p>}
      </div>
    </div>
  );
}
