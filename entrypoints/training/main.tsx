import { downloadFile } from '../../components/download-file';
import { mountPage } from '../../components/mount-page';
import { TrainingApp } from '../../components/training/TrainingApp';

void mountPage(({ db, settings, lang }) => <TrainingApp db={db} settings={settings} lang={lang} download={downloadFile} />);
