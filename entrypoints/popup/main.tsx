import { PopupPage } from '../../components/PopupPage';
import { mountPage } from '../../components/mount-page';

void mountPage(({ lang }) => <PopupPage lang={lang} />);
