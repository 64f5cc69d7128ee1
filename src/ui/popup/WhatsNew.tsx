import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/glossary/types';
import { notesSince, type WhatsNewNote } from '../../core/whats-new';
import { t } from '../../platform/i18n';
import { extensionVersion } from '../../platform/shortcuts';
import { loadSeenVersion, saveSeenVersion } from '../../storage/whats-new-store';

/**
 * "Neu in 0.2.0: …": the notes of versions newer than the last seen one, a
 * quiet line at the bottom of the popup until the reader dismisses it.
 * Dismissing stores the running version as seen; the line does not return.
 */
export function WhatsNew({ lang }: { lang: Lang }) {
  const [notes, setNotes] = useState<WhatsNewNote[]>([]);
  useEffect(() => {
    let live = true;
    (async () => {
      const seen = await loadSeenVersion();
      return seen ? notesSince(seen, extensionVersion()) : [];
    })().then(
      (due) => live && setNotes(due),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (notes.length === 0) return null;
  const dismiss = (): void => {
    setNotes([]);
    void (async () => saveSeenVersion(extensionVersion()))().catch(() => undefined);
  };
  return (
    <section class="kt-whats-new" aria-label={t('whatsNewLabel')}>
      <ul>
        {notes.map((note) => (
          <li key={note.version}>{t('whatsNewLine', note.version, note.text[lang])}</li>
        ))}
      </ul>
      <button type="button" class="kt-link" onClick={dismiss} aria-label={t('whatsNewDismissLabel')}>
        {t('whatsNewDismiss')}
      </button>
    </section>
  );
}
