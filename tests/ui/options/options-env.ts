import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from '../popup/i18n-stub';

/** A clean fake browser with the real UI strings (English). */
export function setupOptionsEnv(): void {
  fakeBrowser.reset();
  installI18n('en');
}

export async function stored<T = unknown>(key: string): Promise<T> {
  return (await fakeBrowser.storage.local.get(key))[key] as T;
}
