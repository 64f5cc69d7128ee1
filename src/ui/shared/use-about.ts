import { useEffect, useState } from 'preact/hooks';
import { currentShortcuts, extensionVersion, type Shortcut } from '../../platform/shortcuts';

export interface About {
  /** The extension's version, '' where the manifest cannot be read. */
  version: string;
  /** The shortcuts as bound now; null while loading or where the browser cannot tell. */
  shortcuts: Shortcut[] | null;
}

/** Version and current shortcuts, for the popup, the options page and the welcome page. */
export function useAbout(): About {
  const [version] = useState(() => {
    try {
      return extensionVersion();
    } catch {
      return '';
    }
  });
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    let live = true;
    (async () => currentShortcuts())().then(
      (list) => live && setShortcuts(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return { version, shortcuts };
}
