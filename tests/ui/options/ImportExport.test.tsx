// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFull } from '../../../src/core/glossary/user/file-schema';
import type { UserGlossary } from '../../../src/core/glossary/user/types';
import { saveUserGlossary } from '../../../src/storage/glossary-store';
import { App } from '../../../src/ui/options/App';
import { entry, file, userGlossary } from '../../core/glossary/user/fixtures';
import { installI18n } from '../popup/i18n-stub';
import { setupOptionsEnv, stored } from './options-env';

vi.mock('../../../src/core/glossary/bundled', async () => ({
  BUNDLED_GLOSSARY: (await import('../../core/glossary/user/fixtures')).BUNDLED,
}));

const glossary = () => stored<UserGlossary | undefined>('glossary');
const packs = () => screen.getByRole('list', { name: 'Imported packs' });

async function openApp() {
  render(<App />);
  await screen.findByLabelText('Choose a glossary file (JSON or CSV)');
}
function pick(name: string, text: string, size?: number) {
  const f = new File([text], name);
  if (size !== undefined) Object.defineProperty(f, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('Choose a glossary file (JSON or CSV)'), { target: { files: [f] } });
}
/** Captures what the page offers as a download. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const out: { name: string; blob: Blob }[] = [];
  let last: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) out.push({ name: this.download, blob: last });
  });
  return out;
}

beforeEach(setupOptionsEnv);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

test('a CSV file becomes a named pack that can be switched off and removed', async () => {
  await openApp();
  pick('Medizin.csv', 'Begriff;Erklärung\nAnamnese;Die Vorgeschichte.\nBefund;Was die Untersuchung ergab.\n');
  expect((await screen.findByTestId('import-summary')).textContent).toContain('Imported pack “Medizin”, entries: 2.');
  expect((await glossary())?.packs.map((p) => [p.name, p.entries.length, p.enabled])).toEqual([['Medizin', 2, true]]);
  const row = within(packs()).getByText('Medizin').closest('li') as HTMLElement;
  fireEvent.click(within(row).getByRole('checkbox'));
  await waitFor(async () => expect((await glossary())?.packs[0]?.enabled).toBe(false));
  fireEvent.click(within(row).getByRole('button', { name: 'Remove pack Medizin' }));
  await waitFor(async () => expect((await glossary())?.packs).toEqual([]));
  fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
  await waitFor(async () => expect((await glossary())?.packs).toHaveLength(1));
});

test('bad files change nothing and say what is wrong, entry and field', async () => {
  const before = userGlossary({ entries: [entry('mine')] });
  await saveUserGlossary(before);
  await openApp();
  const cases: [string, string, string[]][] = [
    ['broken.json', '{"format": "klartext-glossary", "version": 1, "entries": [', ['file › JSON: is not valid JSON: line 1, column 59: expected a value, found the end of the file']],
    ['v9.json', file({ version: 9, entries: [] }), ['file › version: the file is version 9, written by a newer Klartext; this Klartext reads version 1']],
    ['html.json', file({ entries: [{ ...entry('x'), title: { de: '<img src=x onerror=alert(1)>', en: '' } }] }), ['entry "x" › title.de: must not contain HTML or other markup']],
    ['stop.csv', 'der,Ein Artikel.\n', ['line 1 › term: "der" is a common stop word']],
  ];
  for (const [name, text, problems] of cases) {
    pick(name, text);
    await waitFor(() => expect(screen.getByTestId('import-problems').textContent).toContain(`Nothing imported from ${name}`));
    const items = [...screen.getByTestId('import-problems').querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(problems);
    expect(screen.getByTestId('import-problems').querySelector('img')).toBeNull();
  }
  pick('huge.json', '{}', 9_000_000);
  await waitFor(() => expect(screen.getByTestId('import-problems').textContent).toContain('file: is 9.0 MB; Klartext imports glossary files up to 8.0 MB'));
  expect(await glossary()).toEqual(before);
});

test('in a German browser the problems are German, with the same paths', async () => {
  installI18n('de');
  render(<App />);
  const input = await screen.findByLabelText('Glossar-Datei wählen (JSON oder CSV)');
  const cases: [string, string, string[]][] = [
    ['broken.json', '{"format": "klartext-glossary", "version": 1, "entries": [', ['file › JSON: ist kein gültiges JSON: Zeile 1, Spalte 59: erwartet wurde ein Wert, gefunden: das Dateiende']],
    ['html.json', file({ entries: [{ ...entry('x'), title: { de: '<img src=x onerror=alert(1)>', en: '' } }] }), ['entry "x" › title.de: darf kein HTML und kein anderes Markup enthalten']],
    ['stop.csv', 'der,Ein Artikel.\n', ['line 1 › term: „der“ ist ein zu häufiges Wort und würde fast überall markiert']],
  ];
  for (const [name, text, problems] of cases) {
    fireEvent.change(input, { target: { files: [new File([text], name)] } });
    await waitFor(() => expect(screen.getByTestId('import-problems').textContent).toContain(`Nichts importiert aus ${name}`));
    expect([...screen.getByTestId('import-problems').querySelectorAll('li')].map((li) => li.textContent)).toEqual(problems);
  }
});

test('export everything, then import it on a clean profile: the same glossary', async () => {
  const full = userGlossary({
    entries: [entry('mine', { related: ['ki'] })],
    packs: [{ id: 'pack-p', name: 'P', enabled: false, entries: [entry('p-term')] }],
    hiddenBundled: ['deepseek'],
  });
  await saveUserGlossary(full);
  const downloads = captureDownloads();
  await openApp();
  fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
  expect(downloads.map((d) => d.name)).toEqual(['klartext-glossary.json']);
  const text = await downloads[0]!.blob.text();
  expect(text).toBe(exportFull(full));
  cleanup();

  fakeBrowser.reset();
  await openApp();
  pick('klartext-glossary.json', text);
  await screen.findByTestId('import-summary');
  expect(await glossary()).toEqual(full);
});

test('a single pack exports as a pack file', async () => {
  await saveUserGlossary(userGlossary({ packs: [{ id: 'pack-p', name: 'Mein Paket', enabled: true, entries: [entry('p-term')] }] }));
  const downloads = captureDownloads();
  await openApp();
  fireEvent.click(screen.getByRole('button', { name: 'Export pack Mein Paket' }));
  expect(downloads[0]?.name).toBe('mein-paket.json');
  expect(JSON.parse(await downloads[0]!.blob.text())).toEqual({ format: 'klartext-glossary', version: 1, name: 'Mein Paket', entries: [entry('p-term')] });
});
