import { render } from 'preact';
import { uiLang } from '../../src/platform/i18n';
import { App } from '../../src/ui/popup/App';
import { parsePopupParams } from '../../src/ui/popup/popup-params';
import './style.css';

const lang = uiLang();
document.documentElement.lang = lang;
render(<App params={parsePopupParams(location.search)} lang={lang} />, document.getElementById('app')!);
