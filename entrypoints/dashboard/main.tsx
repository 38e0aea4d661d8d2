import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { mountPage } from '../../components/mount-page';

/** Hands a file to the user through a download link: no `downloads` permission needed. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

void mountPage(({ db, settings, lang }) => <DashboardApp db={db} settings={settings} lang={lang} download={download} />);
