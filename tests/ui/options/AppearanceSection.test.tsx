// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Settings } from '../../../src/core/settings/types';
import { App } from '../../../src/ui/options/App';
import { setupOptionsEnv, stored } from './options-env';

const settings = () => stored<Settings>('settings');
const lightMarks = () => within(screen.getByTestId('preview-light')).queryAllByText(/./, { selector: '.preview-mark' });

beforeEach(setupOptionsEnv);
afterEach(cleanup);

test('the highlight style is saved at once and shown in the preview', async () => {
  render(<App />);
  await screen.findByText('Preview');
  expect(lightMarks()[0]?.style.textDecoration).toContain('dotted');
  fireEvent.click(screen.getByLabelText('Background'));
  await waitFor(async () => expect((await settings())?.style).toBe('background'));
  await waitFor(() => expect(screen.getByRole('figure', { name: 'Preview' }).dataset.style).toBe('background'));
  fireEvent.click(screen.getByLabelText('None (explain on hover only)'));
  await waitFor(async () => expect((await settings())?.style).toBe('none'));
});

test('colours for light and dark pages preview while picking and save when picked', async () => {
  render(<App />);
  await screen.findByText('Preview');
  const light = screen.getByLabelText('on light pages');
  fireEvent.input(light, { target: { value: '#ff0000' } });
  expect(lightMarks()[0]?.style.textDecoration).toMatch(/#ff0000|rgb\(255, 0, 0\)/);
  expect(await settings()).toBeUndefined();
  fireEvent.change(light, { target: { value: '#ff0000' } });
  await waitFor(async () => expect((await settings())?.colorLight).toBe('#ff0000'));
  fireEvent.change(screen.getByLabelText('on dark pages'), { target: { value: '#00FF00' } });
  await waitFor(async () => expect((await settings())?.colorDark).toBe('#00ff00'));
  fireEvent.click(screen.getByRole('button', { name: 'Default colours' }));
  await waitFor(async () => expect((await settings())?.colorLight).toBe('#6b46c1'));
});

test('first occurrence only, and categories to show', async () => {
  render(<App />);
  await screen.findByText('Preview');
  expect(lightMarks().map((m) => m.textContent)).toEqual(['AI', 'DeepSeek', 'R1', 'language model', 'GPUs', 'distillation', 'AI']);
  fireEvent.click(screen.getByLabelText('Only the first occurrence of each term per page'));
  await waitFor(async () => expect((await settings())?.firstOnly).toBe(true));
  await waitFor(() => expect(lightMarks()).toHaveLength(6));
  fireEvent.click(screen.getByLabelText('Company'));
  await waitFor(async () => expect((await settings())?.hiddenCategories).toEqual(['company']));
  await waitFor(() => expect(lightMarks().map((m) => m.textContent)).not.toContain('DeepSeek'));
  fireEvent.click(screen.getByLabelText('Company'));
  await waitFor(async () => expect((await settings())?.hiddenCategories).toEqual([]));
});

test('hover delay and explanation language', async () => {
  render(<App />);
  await screen.findByText('Preview');
  const slider = screen.getByLabelText('Delay before the explanation appears');
  fireEvent.input(slider, { target: { value: '800' } });
  expect(screen.getByText('800 ms')).toBeDefined();
  fireEvent.change(slider, { target: { value: '800' } });
  await waitFor(async () => expect((await settings())?.hoverDelayMs).toBe(800));
  fireEvent.change(screen.getByLabelText('Language of explanations'), { target: { value: 'de' } });
  await waitFor(async () => expect((await settings())?.explanationLang).toBe('de'));
});

test('invalid stored settings are reported and the last good state shown', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const good = { ...(await import('../../../src/core/settings/defaults')).defaultSettings(), style: 'underline' };
  await fakeBrowser.storage.local.set({ settings: { ...good, style: 'wavy' }, 'settings:lastGood': good });
  render(<App />);
  const problems = await screen.findByTestId('settings-problems');
  expect(problems.textContent).toContain('style: expected one of underline, dotted, background, none, got "wavy"');
  expect((screen.getByLabelText('Underline') as HTMLInputElement).checked).toBe(true);
});

test('in a German browser the stored settings’ problems are German, field names as they are', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const { installI18n } = await import('../popup/i18n-stub');
  const good = (await import('../../../src/core/settings/defaults')).defaultSettings();
  await fakeBrowser.storage.local.set({ settings: { ...good, style: 'wavy', hoverDelayMs: 5 } });
  installI18n('de');
  render(<App />);
  const problems = await screen.findByTestId('settings-problems');
  expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'style: erwartet wird einer dieser Werte: underline, dotted, background, none, gefunden: "wavy"',
    'hoverDelayMs: erwartet wird eine ganze Zahl von Millisekunden zwischen 100 und 2000, gefunden: 5',
    'Es gibt keine Sicherungskopie des letzten gültigen Stands; Klartext verwendet die Standardeinstellungen',
  ]);
});
