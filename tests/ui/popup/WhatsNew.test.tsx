// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notesSince } from '../../../src/core/whats-new';
import { WHATS_NEW_SEEN_KEY } from '../../../src/storage/whats-new-store';
import { WhatsNew } from '../../../src/ui/popup/WhatsNew';
import { installI18n } from './i18n-stub';

const current = '0.1.0';

beforeEach(() => {
  fakeBrowser.reset();
  installI18n('de');
  (fakeBrowser.runtime as unknown as Record<string, unknown>).getManifest = () => ({ version: current });
});
afterEach(() => cleanup());

test('after an update: the new versions’ notes, until dismissed; then they do not come back', async () => {
  await fakeBrowser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: '0.0.1' });
  const [newest] = notesSince('0.0.1', current);
  if (!newest) throw new Error('no note for the current version');
  render(<WhatsNew lang="de" />);
  await screen.findByText(`Neu in ${newest.version}: ${newest.text.de}`);
  fireEvent.click(screen.getByRole('button', { name: 'Hinweis auf Neues ausblenden' }));
  await waitFor(async () => expect((await fakeBrowser.storage.local.get(WHATS_NEW_SEEN_KEY))[WHATS_NEW_SEEN_KEY]).toBe(current));
  expect(screen.queryByRole('region')).toBeNull();

  cleanup();
  render(<WhatsNew lang="de" />);
  await new Promise((r) => setTimeout(r, 20));
  expect(screen.queryByText(/Neu in/)).toBeNull();
});

test('nothing after a fresh install (seen = current) or with nothing stored', async () => {
  render(<WhatsNew lang="en" />);
  await new Promise((r) => setTimeout(r, 20));
  expect(screen.queryByText(/New in/)).toBeNull();
  await fakeBrowser.storage.local.set({ [WHATS_NEW_SEEN_KEY]: current });
  cleanup();
  render(<WhatsNew lang="en" />);
  await new Promise((r) => setTimeout(r, 20));
  expect(screen.queryByText(/New in/)).toBeNull();
});
