// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { EntryFlag } from '../../../src/core/flags/types';
import { exportFull } from '../../../src/core/glossary/user/file-schema';
import { FLAGS_KEY, FLAGS_LAST_GOOD_KEY, saveFlag } from '../../../src/storage/flags-store';
import { saveUserGlossary } from '../../../src/storage/glossary-store';
import { App } from '../../../src/ui/options/App';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entry, userGlossary } from '../../core/glossary/user/fixtures';
import { setupOptionsEnv, stored } from './options-env';

vi.mock('../../../src/core/glossary/bundled', async () => ({
  BUNDLED_GLOSSARY: (await import('../../core/glossary/user/fixtures')).BUNDLED,
}));

const flag = (entryId: string, overrides: Partial<EntryFlag> = {}): EntryFlag => ({
  entry: entryId,
  title: entryId,
  kind: 'outdated',
  note: '',
  date: '2025-03-14',
  ...overrides,
});
const flagList = () => screen.findByRole('list', { name: 'Flagged explanations' });
const storedFlags = async () => (await stored<{ flags: EntryFlag[] } | undefined>(FLAGS_KEY))?.flags ?? [];

beforeEach(setupOptionsEnv);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

test('flags are listed newest first with title, kind, note and dates; each can be removed', async () => {
  await saveFlag(flag('deepseek', { note: 'R2 ist erschienen.', checked: '2025-01-31' }));
  await saveFlag(flag('gone', { title: 'Ein alter Eintrag', kind: 'wrong', date: '2025-03-20' }));
  render(<App />);
  const list = await flagList();
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
  const rows = within(list).getAllByRole('listitem').map((li) => li.textContent);
  expect(rows[0]).toContain('Ein alter Eintrag');
  expect(rows[0]).toContain('wrong');
  expect(rows[0]).toContain('flagged on 20 March 2025');
  expect(rows[1]).toContain('deepseek');
  expect(rows[1]).toContain('outdated');
  expect(rows[1]).toContain('entry as of 31 January 2025');
  expect(rows[1]).toContain('R2 ist erschienen.');
  fireEvent.click(within(list).getByRole('button', { name: 'Remove the flag on “Ein alter Eintrag”' }));
  await waitFor(async () => expect((await storedFlags()).map((f) => f.entry)).toEqual(['deepseek']));
  expect(await screen.findByText('Removed the flag on “Ein alter Eintrag”.')).toBeDefined();
});

test('"Write your own version" on a flagged bundled entry opens the override editor, filled in', async () => {
  await saveFlag(flag('deepseek'));
  render(<App />);
  const list = await flagList();
  fireEvent.click(await within(list).findByRole('button', { name: 'Write your own version of “deepseek”' }));
  expect(await screen.findByRole('heading', { name: 'Your version of “deepseek”' })).toBeDefined();
  expect((document.getElementById('entry-short-de') as HTMLTextAreaElement).value).toBe('Kurz zu deepseek.');
});

test('a flag on an entry of yours offers to edit it; on one that is gone, only removal', async () => {
  await saveUserGlossary(userGlossary({ entries: [entry('mine')] }));
  await saveFlag(flag('mine'));
  await saveFlag(flag('gone'));
  render(<App />);
  const list = await flagList();
  const mine = (await within(list).findByText('mine')).closest('li') as HTMLElement;
  expect(within(mine).getByRole('button', { name: 'Edit your version of “mine”' })).toBeDefined();
  const gone = within(list).getByText('gone').closest('li') as HTMLElement;
  expect(within(gone).getAllByRole('button').map((b) => b.textContent)).toEqual(['Remove']);
});

test('corrupt stored flags are reported; the last good ones are shown', async () => {
  await fakeBrowser.storage.local.set({ [FLAGS_KEY]: { version: 1, flags: [{ entry: 'x' }] }, [FLAGS_LAST_GOOD_KEY]: { version: 1, flags: [flag('deepseek')] } });
  render(<App />);
  const problems = await screen.findByTestId('flag-problems');
  expect(problems.textContent).toContain('The stored flags are invalid');
  expect(problems.textContent).toContain('flags[0] › title: must be a non-empty string');
  expect(within(await flagList()).getByText('deepseek')).toBeDefined();
});

test('export everything takes the flags along; importing the file brings them back', async () => {
  await saveFlag(flag('deepseek', { note: 'Veraltet.' }));
  const downloads: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    downloads.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  render(<App />);
  await within(await flagList()).findByText('deepseek');
  fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
  const text = await (downloads[0] as Blob).text();
  expect(text).toBe(exportFull(userGlossary(), [flag('deepseek', { note: 'Veraltet.' })]));

  await fakeBrowser.storage.local.remove([FLAGS_KEY, FLAGS_LAST_GOOD_KEY]);
  await waitFor(() => expect(screen.getByText('No flags yet.')).toBeDefined());
  fireEvent.change(screen.getByLabelText('Choose a glossary file (JSON or CSV)'), { target: { files: [new File([text], 'klartext-glossary.json')] } });
  expect((await screen.findByTestId('import-summary')).textContent).toContain('Flags taken over: 1, already here: 0.');
  expect(await storedFlags()).toEqual([flag('deepseek', { note: 'Veraltet.' })]);
  await within(await flagList()).findByText('deepseek');
});
