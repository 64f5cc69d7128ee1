/**
 * Klartext's keyboard shortcuts as the browser currently has them bound
 * (`commands.getAll`: the reader may have changed or removed them), the
 * extension's version, and the way to the browser's shortcut settings.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';

/** The commands declared in wxt.config.ts, in the order they are listed. */
export const COMMANDS = [
  { name: 'toggle-site', labelKey: 'commandToggleSite' },
  { name: 'list-terms', labelKey: 'commandListTerms' },
] as const;

export interface Shortcut {
  command: string;
  /** What the browser shows, e.g. "Alt+Shift+K"; '' when the reader removed it. */
  keys: string;
  /** What the command does, in the UI language. */
  label: string;
}

/** Our commands, in `COMMANDS` order, from what `commands.getAll` answers. */
export function pickShortcuts(all: readonly { name?: string; shortcut?: string }[], label: (key: string) => string = t): Shortcut[] {
  return COMMANDS.map(({ name, labelKey }) => ({
    command: name,
    keys: all.find((c) => c.name === name)?.shortcut ?? '',
    label: label(labelKey),
  }));
}

export async function currentShortcuts(): Promise<Shortcut[]> {
  return pickShortcuts(await browser.commands.getAll());
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/** Where the browser lets the reader change shortcuts. Chrome blocks plain links to chrome:// pages, so it is opened as a tab. */
export const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** Whether this is the Firefox build (its shortcut settings are reached differently). */
export function isFirefox(): boolean {
  return import.meta.env.FIREFOX === true;
}

/**
 * Opens the browser's shortcut settings: Chrome's page in a new tab, Firefox's
 * "Manage Extension Shortcuts" (commands.openShortcutSettings, Firefox 137+).
 * False where that is not possible; the UI then says where to look.
 */
export async function openShortcutSettings(): Promise<boolean> {
  try {
    if (!isFirefox()) {
      await browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
      return true;
    }
    const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
    if (typeof commands.openShortcutSettings !== 'function') return false;
    await commands.openShortcutSettings();
    return true;
  } catch {
    return false;
  }
}
