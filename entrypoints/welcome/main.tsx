import { render } from 'preact';
import { t, uiLang } from '../../src/platform/i18n';
import { WelcomeApp } from '../../src/ui/welcome/App';
import './welcome.css';

const lang = uiLang();
document.documentElement.lang = lang;
document.title = t('welcomeTitle');
render(<WelcomeApp lang={lang} />, document.getElementById('app')!);
