import { PopupPage } from '../../components/PopupPage';
import { mountPage } from '../../components/mount-page';

mountPage((lang) => <PopupPage lang={lang} />);
