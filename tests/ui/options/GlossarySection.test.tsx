// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { UserGlossary } from '../../../src/core/glossary/user/types';
import { saveUserGlossary } from '../../../src/storage/glossary-store';
import { App } from '../../../src/ui/options/App';
import { entry, userGlossary } from '../../core/glossary/user/fixtures';
import { installI18n } from '../popup/i18n-stub';
import { setupOptionsEnv, stored } from './options-env';

vi.mock('../../../src/core/glossary/bundled', async () => ({
  BUNDLED_GLOSSARY: (await import('../../core/glossary/user/fixtures')).BUNDLED,
}));

const glossary = () => stored<UserGlossary | undefined>('glossary');
const group = (name: string) => screen.getByRole('group', { name });
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const yours = () => screen.getByRole('list', { name: 'Your entries' });
const browser = () => screen.getByRole('list', { name: 'Entries found' });

async function openApp() {
  render(<App />);
  await screen.findByRole('button', { name: 'New entry' });
}

beforeEach(setupOptionsEnv);
afterEach(cleanup);

test('a new entry is saved, listed as yours and found among all entries', async () => {
  await openApp();
  fireEvent.click(screen.getByRole('button', { name: 'New entry' }));
  const en = group('English');
  expect(document.activeElement).toBe(within(group('German')).getByLabelText('Title'));
  type(within(en).getByLabelText('Title'), 'Tokenizer');
  type(within(en).getByLabelText('Forms on pages (one per line)'), 'tokenizer\ntokenizers\n');
  type(within(en).getByLabelText('Short explanation'), 'Splits text into tokens.');
  fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'technique' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Saved “Tokenizer”.');
  expect((await glossary())?.entries).toEqual([
    {
      id: 'tokenizer',
      title: { de: '', en: 'Tokenizer' },
      forms: { de: [], en: ['tokenizer', 'tokenizers'] },
      matchCase: [],
      short: { de: '', en: 'Splits text into tokens.' },
      long: { de: '', en: '' },
      category: 'technique',
      related: [],
      source: { label: 'Your entry' },
    },
  ]);
  expect(within(yours()).getByText('Tokenizer')).toBeDefined();
  const row = within(browser()).getByText('Tokenizer').closest('li') as HTMLElement;
  expect(within(row).getByText('Your entry')).toBeDefined();
});

test('a bad entry is not saved and every problem names its field', async () => {
  await saveUserGlossary(userGlossary({ entries: [entry('other', { forms: { de: ['Anderes'], en: [] } })] }));
  await openApp();
  fireEvent.click(screen.getByRole('button', { name: 'New entry' }));
  const de = group('German');
  type(within(de).getByLabelText('Title'), 'Test');
  type(within(de).getByLabelText('Forms on pages (one per line)'), 'die\nanderes\nx');
  type(within(de).getByLabelText('Short explanation'), 'Mit <script>alert(1)</script>');
  type(screen.getByLabelText('Link (http or https)'), 'javascript:alert(1)');
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  const problems = await screen.findByTestId('editor-problems');
  expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Short explanation (German): must not contain HTML or other markup',
    'Forms on pages (one per line) (German): "die" is a common stop word',
    'Forms on pages (one per line) (German): is a single character',
    'Link (http or https): must be an http: or https: URL',
    'Forms on pages (one per line) (German): "anderes" is also a form of other (forms.de[0]: "Anderes")',
  ]);
  expect(within(de).getByLabelText('Short explanation').getAttribute('aria-invalid')).toBe('true');
  expect(problems.querySelector('script')).toBeNull();
  expect((await glossary())?.entries.map((e) => e.id)).toEqual(['other']);
});

test('in a German browser the editor names fields and problems in German', async () => {
  installI18n('de');
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: 'Neuer Eintrag' }));
  const de = group('Deutsch');
  type(within(de).getByLabelText('Titel'), 'Test');
  type(within(de).getByLabelText('Schreibweisen auf Seiten (eine pro Zeile)'), 'die\nx');
  type(within(de).getByLabelText('Kurze Erklärung'), 'Mit <b>fett</b>');
  type(screen.getByLabelText('Link (http oder https)'), 'javascript:alert(1)');
  fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
  const problems = await screen.findByTestId('editor-problems');
  expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Kurze Erklärung (Deutsch): darf kein HTML und kein anderes Markup enthalten',
    'Schreibweisen auf Seiten (eine pro Zeile) (Deutsch): „die“ ist ein zu häufiges Wort und würde fast überall markiert',
    'Schreibweisen auf Seiten (eine pro Zeile) (Deutsch): ist nur ein einzelnes Zeichen',
    'Link (http oder https): muss eine http:- oder https:-Adresse sein',
  ]);
});

test('invalid stored glossary in a German browser: the problem in German, the path as it is', async () => {
  const good = userGlossary({ entries: [entry('mine')] });
  await fakeBrowser.storage.local.set({ glossary: { ...good, entries: [{ ...entry('mine'), category: 'nonsense' }] }, 'glossary:lastGood': good });
  installI18n('de');
  render(<App />);
  const problems = await screen.findByTestId('glossary-problems');
  expect(problems.textContent).toContain('your entries › entry "mine" › category: muss einer dieser Werte sein: model, product');
});

test('edit, delete and undo', async () => {
  await saveUserGlossary(userGlossary({ entries: [entry('mine')] }));
  await openApp();
  fireEvent.click(within(yours()).getByRole('button', { name: 'Edit mine' }));
  type(within(group('German')).getByLabelText('Short explanation'), 'Neu erklärt.');
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(async () => expect((await glossary())?.entries[0]?.short.de).toBe('Neu erklärt.'));
  fireEvent.click(await screen.findByRole('button', { name: 'Delete mine' }));
  await screen.findByText('Deleted “mine”.');
  expect((await glossary())?.entries).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await screen.findByText('Undone.');
  expect((await glossary())?.entries.map((e) => e.id)).toEqual(['mine']);
});

test('a bundled entry can be overridden with your version, or hidden', async () => {
  await openApp();
  fireEvent.click(within(browser()).getByRole('button', { name: 'Your version of Artificial intelligence' }));
  expect((within(group('English')).getByLabelText('Title') as HTMLInputElement).value).toBe('Artificial intelligence');
  type(within(group('English')).getByLabelText('Short explanation'), 'My own words.');
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(async () => expect((await glossary())?.entries.map((e) => [e.id, e.short.en])).toEqual([['ki', 'My own words.']]));
  expect(within(yours()).getByText('replaces bundled entry')).toBeDefined();

  fireEvent.click(within(browser()).getByRole('button', { name: 'Hide distillation' }));
  await waitFor(async () => expect((await glossary())?.hiddenBundled).toEqual(['distillation']));
  const hidden = screen.getByRole('list', { name: 'Hidden bundled entries' });
  fireEvent.click(within(hidden).getByRole('button', { name: 'Show distillation again' }));
  await waitFor(async () => expect((await glossary())?.hiddenBundled).toEqual([]));
});

test('invalid stored glossary: reported on the page, last good state shown', async () => {
  const good = userGlossary({ entries: [entry('mine')] });
  await fakeBrowser.storage.local.set({ glossary: { ...good, entries: [{ ...entry('mine'), category: 'nonsense' }] }, 'glossary:lastGood': good });
  await openApp();
  const problems = await screen.findByTestId('glossary-problems');
  expect(problems.textContent).toContain('your entries › entry "mine" › category: must be one of');
  expect(within(yours()).getByText('mine')).toBeDefined();
});

test('storage near its quota is reported', async () => {
  Object.defineProperty(fakeBrowser.storage.local, 'QUOTA_BYTES', { value: 350, configurable: true });
  try {
    await fakeBrowser.storage.local.set({ glossary: userGlossary({ entries: [entry('mine')] }) });
    await openApp();
    expect((await screen.findByTestId('quota-warning')).textContent).toMatch(/^Storage is \d+% full \(\d+ of 1 KiB\)\. Remove packs/);
  } finally {
    Reflect.deleteProperty(fakeBrowser.storage.local, 'QUOTA_BYTES');
  }
});

test('the editor works from the keyboard: Escape cancels and focus goes back', async () => {
  await openApp();
  const button = screen.getByRole('button', { name: 'New entry' });
  button.focus();
  fireEvent.click(button);
  const title = within(group('German')).getByLabelText('Title');
  expect(document.activeElement).toBe(title);
  fireEvent.keyDown(title, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('group', { name: 'German' })).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New entry' })));
});

test('an entry that takes a form from a bundled entry says so', async () => {
  await openApp();
  fireEvent.click(screen.getByRole('button', { name: 'New entry' }));
  const de = group('German');
  type(within(de).getByLabelText('Title'), 'KI-Labor');
  type(within(de).getByLabelText('Forms on pages (one per line)'), 'KI');
  type(within(de).getByLabelText('Short explanation'), 'Meine Erklärung.');
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Saved “KI-Labor”. Your entry now explains these forms instead of another entry: „KI“ (ki)')).toBeDefined();
});
