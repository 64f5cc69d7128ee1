import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { EntryLookup } from '../../src/background/entry-lookup';
import { flagFromPopover } from '../../src/background/flag-entry';
import { handleMessage } from '../../src/background/messaging';
import { PendingSearch } from '../../src/background/pending-search';
import { createTabTracker } from '../../src/background/tab-tracker';
import { parseMessage } from '../../src/core/protocol/messages';
import { parseReply } from '../../src/core/protocol/replies';
import { FLAGS_KEY, loadFlags } from '../../src/storage/flags-store';
import { installI18n } from '../ui/popup/i18n-stub';

type Sender = Browser.runtime.MessageSender;
const contentScript: Sender = { id: fakeBrowser.runtime.id, tab: { id: 3 } as Browser.tabs.Tab, frameId: 0, url: 'https://example.com/a' };
const message = { type: 'flag-entry', id: 'deepseek-r1', lang: 'de', kind: 'outdated', note: 'R2 ist erschienen.' };

let entries: EntryLookup;
const send = (raw: unknown, sender: Sender = contentScript) =>
  handleMessage(raw, sender, { tracker: createTabTracker(), pending: new PendingSearch(), entries });

beforeEach(() => {
  fakeBrowser.reset();
  installI18n('en');
  entries = new EntryLookup();
});

describe('the flag-entry message', () => {
  test('is declared like every other: exact shape, bounded note, known kinds', () => {
    expect(parseMessage({ ...message, extra: 1 })).toEqual(message);
    for (const bad of [
      { ...message, kind: 'falsch' },
      { ...message, lang: 'fr' },
      { ...message, id: '<img>' },
      { ...message, note: 'x'.repeat(1001) },
      { ...message, note: undefined },
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
    expect(parseReply('flag-entry', { saved: true })).toEqual({ saved: true });
    expect(parseReply('flag-entry', { saved: 'yes' })).toBeNull();
  });

  test('the background stores the flag, with the title and date from its own glossary', async () => {
    expect(await send(message)).toEqual({ saved: true });
    const { value, problems } = await loadFlags();
    expect(problems).toEqual([]);
    expect(value.flags).toEqual([
      expect.objectContaining({ entry: 'deepseek-r1', title: 'DeepSeek R1', kind: 'outdated', note: 'R2 ist erschienen.', checked: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) }),
    ]);
    expect(value.flags[0]?.date).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  test('flagging again replaces the flag; an entry not in the glossary is not stored', async () => {
    await send(message);
    await send({ ...message, kind: 'wrong', note: '' });
    expect((await loadFlags()).value.flags.map((f) => `${f.entry}:${f.kind}`)).toEqual(['deepseek-r1:wrong']);
    expect(await send({ ...message, id: 'no-such-entry' })).toEqual({ saved: false });
    expect((await loadFlags()).value.flags).toHaveLength(1);
  });

  test('only from Klartext: another extension, or a malformed message, gets no answer and stores nothing', async () => {
    expect(send(message, { id: 'other-extension', tab: { id: 3 } as Browser.tabs.Tab })).toBeUndefined();
    expect(send({ ...message, kind: 'evil' })).toBeUndefined();
    expect(send(message, { id: fakeBrowser.runtime.id, url: 'https://example.com/' })).toBeUndefined();
    expect((await fakeBrowser.storage.local.get(FLAGS_KEY))[FLAGS_KEY]).toBeUndefined();
  });

  test('a storage failure is answered with saved: false', async () => {
    const failing = { entry: async () => { throw new Error('quota'); } };
    expect(await flagFromPopover({ type: 'flag-entry', id: 'x', lang: 'en', kind: 'wrong', note: '' }, failing)).toEqual({ saved: false });
  });
});
