import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { downloadFile } from '../../components/download-file';
import { mountPage } from '../../components/mount-page';

void mountPage(({ db, settings, lang }) => <DashboardApp db={db} settings={settings} lang={lang} download={downloadFile} />);
