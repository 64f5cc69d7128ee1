import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_GLOSSARY } from '../../../src/core/glossary/bundled';
import { emptyUserGlossary } from '../../../src/core/glossary/user/types';
import { saveUserGlossary } from '../../../src/storage/glossary-store';
import { loadPopupGlossary } from '../../../src/ui/popup/glossary-source';

beforeEach(() => fakeBrowser.reset());

describe('loadPopupGlossary', () => {
  it('is the bundled glossary when the user has no entries of their own', async () => {
    const entries = await loadPopupGlossary();
    expect(entries.map((e) => e.id).sort()).toEqual(BUNDLED_GLOSSARY.map((e) => e.id).sort());
  });

  it('includes the user’s entries and leaves out hidden bundled ones', async () => {
    const mine = {
      id: 'zettelkasten',
      title: { de: 'Zettelkasten', en: 'Zettelkasten' },
      forms: { de: ['Zettelkasten'], en: ['Zettelkasten'] },
      short: { de: 'Eine Notizmethode.', en: 'A note-taking method.' },
      long: { de: '', en: '' },
      category: 'concept' as const,
      related: [],
      source: { label: 'Ich' },
    };
    const hidden = BUNDLED_GLOSSARY[0]?.id ?? '';
    await saveUserGlossary({ ...emptyUserGlossary(), entries: [mine], hiddenBundled: [hidden] });
    const ids = (await loadPopupGlossary()).map((e) => e.id);
    expect(ids).toContain('zettelkasten');
    expect(ids).not.toContain(hidden);
  });
});
