/**
 * What the options page needs from the browser, behind one seam: entrypoints/options/main.tsx gives
 * the real one (storage estimate, the notifications permission, a file download), tests a fake.
 */
export interface OptionsPlatform {
  /** navigator.storage.estimate(): bytes used and allowed, when the browser says. */
  storageEstimate(): Promise<{ usage?: number; quota?: number }>;
  /** Whether acute notifications are on: the setting and the permission both. */
  notifyAcute(): Promise<boolean>;
  /** Asks for (or gives back) the notifications permission and saves the setting; resolves to what took effect. */
  setNotifyAcute(on: boolean): Promise<boolean>;
  /** Offers a text file for download. */
  download(fileName: string, text: string): void;
}
