// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { loadSettings, saveSettings } from '../../../src/storage/settings-store';
import { App } from '../../../src/ui/popup/App';
import { FIXTURE_GLOSSARY } from '../../core/search/fixture-glossary';
import { setupPopupEnv, type PopupEnv } from './popup-env';

vi.mock('../../../src/ui/popup/glossary-source', () => ({
  loadPopupGlossary: async () => FIXTURE_GLOSSARY,
}));

let env: PopupEnv;
const search = () => screen.getByRole('combobox');
const type = (text: string) => fireEvent.input(search(), { target: { value: text } });
const key = (k: string, target: Element = search()) => fireEvent.keyDown(target, { key: k });
const siteSwitch = () => screen.getByRole('switch', { name: /Klartext on/ });
const pauseSwitch = () => screen.getByRole('switch', { name: 'Pause Klartext everywhere' });
const renderPopup = (params: { tabId?: number | null; query?: string } = {}) =>
  render(<App params={{ tabId: params.tabId ?? null, query: params.query ?? '' }} lang="en" />);

beforeEach(() => {
  env = setupPopupEnv({ url: 'https://www.example.com/article' });
});
afterEach(() => cleanup());

describe('search', () => {
  it('is focused on open and finds typos, best hit emphasised and active', async () => {
    renderPopup();
    await screen.findByText('Glossary A–Z');
    expect(document.activeElement).toBe(search());
    type('Destilation');
    const options = await screen.findAllByRole('option');
    expect(options[0]?.textContent).toContain('Distillation');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(options[0]?.querySelector('mark')).not.toBeNull();
    expect(search().getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(screen.getByText(/^\d+ results?$/)).toBeDefined();
  });

  it('shows why a form or an explanation matched', async () => {
    renderPopup();
    type('Hangzhou');
    const [first] = await screen.findAllByRole('option');
    expect(first?.textContent).toContain('DeepSeek');
    expect(first?.querySelector('mark')?.textContent).toBe('Hangzhou');
    type('kunstliche');
    const [ki] = await screen.findAllByRole('option');
    expect(ki?.textContent).toContain('Artificial intelligence');
    expect(ki?.textContent).toContain('also:');
    expect(ki?.querySelector('mark')?.textContent).toBe('Künstliche');
  });

  it('moves with the arrow keys and opens with Enter', async () => {
    renderPopup();
    type('deepseek');
    await screen.findAllByRole('option');
    key('ArrowDown');
    const options = screen.getAllByRole('option');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    key('ArrowDown');
    key('Enter');
    expect(await screen.findByRole('heading', { level: 2, name: 'DeepSeek R1' })).toBeDefined();
  });

  it('says when nothing matched, showing the query as text', async () => {
    renderPopup();
    type('<img src=x onerror=alert(1)>');
    expect(await screen.findByText('Nothing found for “<img src=x onerror=alert(1)>”.')).toBeDefined();
    expect(document.querySelector('img')).toBeNull();
  });

  it('Escape clears the search first', async () => {
    renderPopup();
    type('moe');
    await screen.findAllByRole('option');
    key('Escape');
    expect((search() as HTMLInputElement).value).toBe('');
    expect(await screen.findByText('Glossary A–Z')).toBeDefined();
  });

  it('starts with ?q= or the search the context menu left', async () => {
    renderPopup({ query: 'sputnik moment' });
    expect((search() as HTMLInputElement).value).toBe('sputnik moment');
    cleanup();
    env.pending = 'mixtur of experts';
    renderPopup();
    await waitFor(() => expect((search() as HTMLInputElement).value).toBe('mixtur of experts'));
    expect((await screen.findAllByRole('option'))[0]?.textContent).toContain('Mixture of Experts');
  });
});

describe('detail view', () => {
  it('shows the entry, opens related terms in place and goes back', async () => {
    renderPopup();
    type('deepseek r1');
    await screen.findAllByRole('option');
    key('Enter');
    const heading = await screen.findByRole('heading', { level: 2, name: 'DeepSeek R1' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const article = screen.getByRole('article');
    expect(article.textContent).toContain('A reasoning model from DeepSeek');
    expect(article.textContent).toContain('AI model');
    expect(article.textContent).toContain('Source: Test');
    fireEvent.click(within(article).getByRole('button', { name: 'Mixture of Experts' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mixture of Experts' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'DeepSeek R1' })).toBeDefined();
    key('Escape', screen.getByRole('article'));
    await waitFor(() => expect(document.activeElement).toBe(search()));
    expect((search() as HTMLInputElement).value).toBe('deepseek r1');
  });
});

describe('browse', () => {
  it('lists the glossary by category, A–Z, and opens entries by keyboard', async () => {
    renderPopup();
    const list = await screen.findByRole('listbox', { name: 'Glossary A–Z' });
    const groups = within(list).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'AI model', 'Company', 'Concept', 'Event', 'Technique',
    ]);
    expect(within(groups[2]!).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Artificial intelligence', 'Open source', 'Reasoning model',
    ]);
    key('ArrowDown');
    key('Enter');
    expect(await screen.findByRole('heading', { level: 2, name: 'DeepSeek R1' })).toBeDefined();
  });
});

describe('on this page', () => {
  it('lists the tab’s terms with counts and jumps to one', async () => {
    env.tabTerms = { state: 'active', terms: [{ id: 'deepseek-r1', count: 3 }, { id: 'ki', count: 1 }] };
    env.pageTerms = { state: 'active', terms: [] };
    renderPopup({ tabId: 42 });
    const jump = await screen.findByRole('button', { name: 'DeepSeek R1 3 times on the page – jump to the next occurrence' });
    expect(screen.getByRole('button', { name: /^Artificial intelligence 1 time on the page – jump to it$/ })).toBeDefined();
    fireEvent.click(jump);
    await waitFor(() =>
      expect(env.toTab).toContainEqual({ tabId: 42, message: { type: 'reveal-term', id: 'deepseek-r1' }, options: { frameId: 0 } }),
    );
  });

  it('asks the page itself when the background knows nothing', async () => {
    env.pageTerms = { state: 'active', terms: [{ id: 'nvidia', count: 2 }] };
    renderPopup();
    expect(await screen.findByRole('button', { name: /Nvidia 2 times/ })).toBeDefined();
  });

  it('says so when nothing was found, and refreshes when the page reports', async () => {
    env.tabTerms = { state: 'active', terms: [] };
    renderPopup();
    expect(await screen.findByText('Klartext found no terms on this page.')).toBeDefined();
    env.tabTerms = { state: 'active', terms: [{ id: 'nvidia', count: 1 }] };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-terms', state: 'active', terms: [] }, { tab: { id: 42 } as Browser.tabs.Tab }, () => {});
    expect(await screen.findByRole('button', { name: /^Nvidia 1 time on the page/ })).toBeDefined();
  });
});

describe('this site', () => {
  it('switches Klartext off and on for the tab’s host', async () => {
    env.tabTerms = { state: 'active', terms: [] };
    renderPopup();
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('true'));
    expect(screen.getByText('Klartext on www.example.com')).toBeDefined();
    fireEvent.click(siteSwitch());
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('false'));
    expect((await loadSettings()).settings.siteRules).toEqual([{ host: 'www.example.com', includeSubdomains: false }]);
    fireEvent.click(siteSwitch());
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('true'));
    expect((await loadSettings()).settings.siteRules).toEqual([]);
  });

  it('pauses everywhere and says so', async () => {
    renderPopup();
    await waitFor(() => expect(pauseSwitch().getAttribute('aria-checked')).toBe('false'));
    fireEvent.click(pauseSwitch());
    expect(await screen.findByText('Klartext is paused: no page is marked.')).toBeDefined();
    expect((await loadSettings()).settings.paused).toBe(true);
    expect(siteSwitch().getAttribute('aria-checked')).toBe('true');
  });

  it('names a broader rule that keeps the site off, and removes it on request', async () => {
    await saveSettings({ ...defaultSettings(), siteRules: [{ host: 'example.com', includeSubdomains: true }] });
    renderPopup();
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('false'));
    fireEvent.click(siteSwitch());
    expect(await screen.findByText('The rule “*.example.com” still applies to this site.')).toBeDefined();
    expect(siteSwitch().getAttribute('aria-checked')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Remove rule' }));
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('true'));
    expect((await loadSettings()).settings.siteRules).toEqual([]);
  });

  it('follows settings changed elsewhere (the keyboard command)', async () => {
    renderPopup();
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('true'));
    await saveSettings({ ...defaultSettings(), siteRules: [{ host: 'www.example.com', includeSubdomains: false }] });
    await waitFor(() => expect(siteSwitch().getAttribute('aria-checked')).toBe('false'));
  });

  it('explains pages Klartext cannot scan', async () => {
    cleanup();
    setupPopupEnv({ url: 'chrome://extensions/' });
    renderPopup();
    expect(await screen.findByText(/browsers keep extensions out/)).toBeDefined();
    expect(screen.queryByRole('switch', { name: /Klartext on/ })).toBeNull();
    expect(screen.getByRole('switch', { name: 'Pause Klartext everywhere' })).toBeDefined();
  });

  it('explains a web store page and a page without a site', async () => {
    cleanup();
    setupPopupEnv({ url: 'https://chromewebstore.google.com/detail/abc' });
    renderPopup();
    expect(await screen.findByText(/browsers keep extensions out/)).toBeDefined();
    cleanup();
    setupPopupEnv({ url: 'data:text/html,hi' });
    renderPopup();
    expect(await screen.findByText(/browsers keep extensions out/)).toBeDefined();
  });

  it('explains an opted-out page and one where Klartext is not running yet', async () => {
    env.tabTerms = { state: 'opted-out', terms: [] };
    renderPopup();
    expect(await screen.findByText('This page asks not to be marked – Klartext respects that.')).toBeDefined();
    cleanup();
    env = setupPopupEnv({ url: 'https://www.example.com/' });
    renderPopup();
    expect(await screen.findByText(/not running on this page yet/)).toBeDefined();
  });

  it('learns the address from the content script when the browser hides it', async () => {
    cleanup();
    env = setupPopupEnv({ url: null });
    env.tabTerms = { state: 'active', terms: [], url: 'http://127.0.0.1:8123/fixtures/a.html' };
    renderPopup({ tabId: 42 });
    expect(await screen.findByText('Klartext on 127.0.0.1:8123')).toBeDefined();
    cleanup();
    setupPopupEnv({ url: null });
    renderPopup({ tabId: 42 });
    expect(await screen.findByText(/browsers keep extensions out/)).toBeDefined();
  });

  it('opens the settings page', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalled();
  });
});

describe('German interface', () => {
  it('follows the browser language', async () => {
    cleanup();
    setupPopupEnv({ url: 'https://www.example.com/', lang: 'de' });
    render(<App params={{ tabId: null, query: '' }} lang="de" />);
    expect(await screen.findByText('Glossar von A bis Z')).toBeDefined();
    expect(screen.getByPlaceholderText('Begriff suchen …')).toBeDefined();
    expect(screen.getByText('Klartext auf www.example.com')).toBeDefined();
    fireEvent.input(search(), { target: { value: 'Destilation' } });
    expect((await screen.findAllByRole('option'))[0]?.textContent).toContain('Destillation');
  });
});
