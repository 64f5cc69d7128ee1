// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Controller } from '../../src/content/controller';
import { setSiteEnabled } from '../../src/core/settings/site-rules';
import { updateSettings } from '../../src/storage/settings-store';
import { highlighted, installHighlights, removeHighlights } from '../dom/fakes';

let registry: Map<string, Set<Range>>;
let controller: Controller | null = null;
/** What the controller told the background about the page, latest last. */
let reports: { state: string; terms: { id: string; count: number }[] }[];

beforeEach(() => {
  fakeBrowser.reset();
  registry = installHighlights();
  reports = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; state: string; terms: { id: string; count: number }[] };
    if (m.type === 'page-terms') reports.push({ state: m.state, terms: m.terms });
    return undefined;
  });
  document.head.innerHTML = '';
  document.body.innerHTML = '<p>Das Modell DeepSeek R1 nutzt Mixture of Experts.</p><p>Noch einmal DeepSeek R1.</p>';
});

afterEach(() => {
  controller?.stop();
  controller = null;
  removeHighlights();
});

async function started(): Promise<Controller> {
  controller = new Controller(document);
  await controller.start();
  await vi.waitFor(() => expect(highlighted(registry)).toContain('DeepSeek R1'));
  return controller;
}

const host = () => window.location.host;

test('marks the page’s glossary terms once settings and glossary are loaded', async () => {
  await started();
  expect(highlighted(registry)).toEqual(['DeepSeek R1', 'DeepSeek R1', 'Mixture of Experts']);
  await vi.waitFor(() => expect(reports.at(-1)?.terms).toHaveLength(2));
  expect(reports.at(-1)?.state).toBe('active');
  const counts = Object.fromEntries((reports.at(-1)?.terms ?? []).map((t) => [t.id, t.count]));
  expect(Object.values(counts).sort()).toEqual([1, 2]);
});

test('switching the site off unmarks the page at once, and switching it on marks it again', async () => {
  await started();
  await updateSettings((s) => setSiteEnabled(s, host(), false).settings);
  await vi.waitFor(() => expect(registry.get('klartext')).toBeUndefined());
  expect(highlighted(registry)).toEqual([]);
  await vi.waitFor(() => expect(reports.at(-1)).toEqual({ state: 'site-off', terms: [] }));
  await updateSettings((s) => setSiteEnabled(s, host(), true).settings);
  await vi.waitFor(() => expect(highlighted(registry)).toEqual(['DeepSeek R1', 'DeepSeek R1', 'Mixture of Experts']));
});

test('another site switched off leaves this page marked; pausing everywhere unmarks it', async () => {
  await started();
  await updateSettings((s) => setSiteEnabled(s, 'example.org', false).settings);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(highlighted(registry)).toHaveLength(3);
  await updateSettings((s) => ({ ...s, paused: true }));
  await vi.waitFor(() => expect(highlighted(registry)).toEqual([]));
  await vi.waitFor(() => expect(reports.at(-1)?.state).toBe('paused'));
});

test('a term the reader knows is no longer drawn, but still found', async () => {
  await started();
  await vi.waitFor(() => expect(reports.at(-1)?.terms).toHaveLength(2));
  const r1 = (reports.at(-1)?.terms ?? []).find((t) => t.count === 2)?.id as string;
  await updateSettings((s) => ({ ...s, knownTerms: [...s.knownTerms, r1] }));
  await vi.waitFor(() => expect(highlighted(registry)).toEqual(['Mixture of Experts']));
  expect(highlighted(registry, 'klartext-quiet')).toEqual(['DeepSeek R1', 'DeepSeek R1']);
});

test('a page that opts out is not marked and says so', async () => {
  document.head.innerHTML = '<meta name="klartext" content="off">';
  controller = new Controller(document);
  await controller.start();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(registry.size).toBe(0);
  expect(reports.at(-1)).toEqual({ state: 'opted-out', terms: [] });
});

test('once the extension is gone, the next look leaves the page as it was', async () => {
  let alive = true;
  controller = new Controller(document, () => alive);
  await controller.start();
  await vi.waitFor(() => expect(highlighted(registry)).toHaveLength(3));
  alive = false;
  await updateSettings((s) => ({ ...s, firstOnly: true }));
  await vi.waitFor(() => expect(registry.size).toBe(0));
  expect(document.adoptedStyleSheets).toEqual([]);
});
