import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { assertValidBundledGlossary } from './src/core/glossary/build-check';
import { matchIndexPlugin } from './build/match-index-plugin';
import { checkLocaleSources, LOCALE_LANGS, messageLookup, readLocaleSources, toChromeMessages } from './build/locales';

// Klartext asks only for what its features need: storage for settings and the
// user's entries, contextMenus for the context menu, scripting to start the
// content script in open tabs after an update. Content scripts are declared
// statically, so no host permission is requested beyond the content-script
// match itself. activeTab only in Firefox, where host access is granted per
// site; in Chrome, <all_urls> already covers what it would grant.
export default defineConfig({
  // Manifest V3 for Firefox too (WXT would default it to MV2).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  // KLARTEXT_UNMINIFIED=1 keeps function names, for CPU profiles of the built extension.
  vite: () => ({
    plugins: [preact(), matchIndexPlugin()],
    build: process.env.KLARTEXT_UNMINIFIED ? { minify: false } : {},
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    permissions: ['storage', 'contextMenus', 'scripting', ...(browser === 'firefox' ? ['activeTab'] : [])],
    // The CSS Custom Highlight API (105) and the popover API with :popover-open (114).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '114' }),
    // The same sites the content script runs on; lets an update hand over to
    // the new content script in tabs that were already open (no new warning).
    host_permissions: ['<all_urls>'],
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
      gecko: {
        // Final: AMO binds the id at the first upload. A random GUID needs no domain of ours and cannot collide.
        id: '{e112b8ab-3283-40c6-98d3-8175173e010d}',
        // Firefox 140 shipped the CSS Custom Highlight API (and is an ESR).
        strict_min_version: '140.0',
        // Klartext collects and transmits nothing (AMO's built-in consent, Firefox 140+).
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    'build:before': () => {
      assertValidBundledGlossary(messageLookup(readLocaleSources('locales'), 'en'));
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
