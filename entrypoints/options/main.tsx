import { render } from 'preact';
import { t, uiLang } from '../../src/platform/i18n';
import { App } from '../../src/ui/options/App';
import './options.css';

document.documentElement.lang = uiLang();
document.title = t('options_title');
render(<App />, document.getElementById('app')!);
