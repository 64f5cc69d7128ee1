import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { assertValidBundledGlossary } from './src/core/glossary/build-check';
import { matchIndexPlugin } from './build/match-index-plugin';
import { checkLocaleSources, LOCALE_LANGS, readLocaleSources, toChromeMessages } from './build/locales';

// Klartext asks only for what its features need: storage for settings and the
// user's entries, activeTab/contextMenus for the toolbar and the context menu.
// Content scripts are declared statically, so no host permission is requested
// beyond the content-script match itself.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), matchIndexPlugin()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggleSite__',
      },
      'list-terms': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandListTerms__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'klartext@klartext.invalid', strict_min_version: '140.0' },
    },
  },
  hooks: {
    'build:before': () => {
      assertValidBundledGlossary();
    },
    'build:publicAssets': (_wxt, files) => {
      const source = readLocaleSources('locales');
      const problems = checkLocaleSources(source);
      if (problems.length > 0) throw new Error(`UI strings are incomplete:\n  - ${problems.join('\n  - ')}`);
      for (const lang of LOCALE_LANGS) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(toChromeMessages(source, lang), null, 2),
        });
      }
    },
  },
});
