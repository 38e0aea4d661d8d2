import { ExtensionPage } from '../../components/ExtensionPage';
import { mountPage } from '../../components/mount-page';

void mountPage(({ lang }) => <ExtensionPage page="dashboard" lang={lang} />);
