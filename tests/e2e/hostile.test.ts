import type { ConsoleMessage, Page } from 'playwright-core';
import {
  highlightStyle,
  markPoint,
  marks,
  popoverStyle,
  popoverText,
  sendToTab,
  tabIdOf,
  useExtensionBrowser,
  waitForPopover,
  waitForScan,
} from './harness';

const env = useExtensionBrowser();
let errors: string[];

beforeAll(() => {
  env.server.headers.set('/fixtures/csp', {
    'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'",
  });
});

async function open(path: string, wait = true, timeout = 20_000): Promise<Page> {
  errors = [];
  const page = await env.ext.context.newPage();
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.server.origin}${path}`);
  if (wait) await waitForScan(page, 1, timeout);
  return page;
}

async function pageState(page: Page): Promise<string> {
  const tabId = await tabIdOf(env.ext, page);
  return (await sendToTab<{ state: string }>(env.ext, tabId, { type: 'get-page-terms' })).state;
}

test('a page that breaks built-ins and fights over CSS.highlights does not break Klartext', async () => {
  const clean = await open('/fixtures/hostile-builtins.html?clean');
  const at = await markPoint(clean, 'OpenAI');
  await clean.close();

  // Page scripts here break push, appendChild, attachShadow, Range,
  // MutationObserver, Highlight and CSS.highlights.set; only CDP input is
  // used until the page is told (F9) to restore them for inspection.
  const page = await open('/fixtures/hostile-builtins.html', false);
  await page.waitForTimeout(1500);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await page.waitForTimeout(1200);
  await page.keyboard.press('F9');

  expect((await marks(page)).map((m) => m.text)).toEqual(['OpenAI', 'Anthropic']);
  expect(await popoverText(page)).toContain('OpenAI');
  expect(await page.evaluate(() => CSS.highlights.get('page-search') === (window as never as { pageHighlight: Highlight }).pageHighlight)).toBe(true);
  expect(await page.evaluate(() => (window as never as { pageErrors: string[] }).pageErrors)).toEqual([]);

  // The page wipes the registry; Klartext puts its marks back on the next pointer move.
  await page.keyboard.press('Escape');
  await page.evaluate(() => CSS.highlights.clear());
  expect(await marks(page)).toEqual([]);
  await page.mouse.move(at.x + 1, at.y + 40, { steps: 2 });
  await expect.poll(async () => (await marks(page)).length).toBe(2);
  expect(errors).toEqual([]);
  await page.close();
});

test('under a strict Content-Security-Policy, highlights and popover are still styled', async () => {
  const page = await open('/fixtures/csp.html');
  expect((await marks(page)).map((m) => m.text)).toEqual(['OpenAI', 'Mixture of Experts']);
  expect(await highlightStyle(page, '#term')).toMatchObject({ line: 'underline', style: 'dotted' });
  const at = await markPoint(page, 'OpenAI');
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await waitForPopover(page, 'OpenAI');
  const card = await popoverStyle(page, 'card', ['border-top-left-radius', 'box-shadow']);
  expect(card['border-top-left-radius']).toBe('10px');
  expect(card['box-shadow']).not.toBe('none');
  expect(await page.evaluate(() => (window as never as { violations: string[] }).violations)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('single-page navigation, back/forward and frames that come and go', async () => {
  const page = await open('/fixtures/spa.html');
  expect((await marks(page)).map((m) => m.text)).toEqual(['OpenAI']);
  await page.click('#next');
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).toEqual(['Anthropic', 'Stargate-Projekt']);
  await page.goBack();
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).toEqual(['OpenAI']);

  await page.evaluate(() => (window as never as { addFrame(): void }).addFrame());
  await expect
    .poll(async () => {
      const frame = page.frames().find((f) => f.url().endsWith('frame-child.html'));
      return frame ? (await marks(frame)).map((m) => m.text).sort() : [];
    })
    .toEqual(['DeepSeek', 'Open Source']);
  await page.evaluate(() => (window as never as { removeFrame(): void }).removeFrame());

  await page.goto(`${env.server.origin}/fixtures/dynamic.html`);
  await waitForScan(page);
  await page.goBack();
  await expect.poll(async () => (await marks(page)).map((m) => m.text)).toEqual(['OpenAI']);
  expect(errors).toEqual([]);
  await page.close();
});

test('a page with 200,000 text nodes and 5,000 levels of nesting is scanned in chunks; only blocks near the viewport hold ranges', { timeout: 180_000 }, async () => {
  // Generous timeouts: building this page is slow in itself on a busy 2-core machine.
  const page = await open('/fixtures/big.html', true, 90_000);
  const tabId = await tabIdOf(env.ext, page);
  const counts = async () => {
    const reply = await sendToTab<{ terms: { id: string; count: number }[] }>(env.ext, tabId, { type: 'get-page-terms' });
    return Object.fromEntries(reply.terms.map((t) => [t.id, t.count]));
  };
  // Every occurrence is found and counted …
  await expect.poll(counts, { timeout: 20_000 }).toEqual({ openai: 20_000, 'deepseek-r1': 1 });
  // … but past 1,000 marks only the blocks near the viewport are in the
  // highlight (each registered range costs Chromium work in every frame after
  // any change): the top of the page is marked, the rest is not.
  await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(20);
  const top = await marks(page);
  expect(top.length).toBeLessThan(1000);
  expect(new Set(top.map((m) => m.text))).toEqual(new Set(['OpenAI']));
  const scans = await page.evaluate(() =>
    performance.getEntriesByName('klartext:scan').map((m) => (m as PerformanceMeasure).detail as { chunks: number; textNodes: number }),
  );
  const first = scans[0];
  expect(first?.textNodes).toBeGreaterThanOrEqual(200_001);
  // It yielded to the page many times instead of running as one long task.
  expect(first?.chunks).toBeGreaterThan(10);
  // Revealing a term far below (the term list's job) scrolls to it, marks it
  // and explains it; the top's ranges are gone once it is out of reach.
  await sendToTab(env.ext, tabId, { type: 'reveal-term', id: 'deepseek-r1' });
  expect(await waitForPopover(page, 'DeepSeek R1')).toContain('DeepSeek R1');
  await page.keyboard.press('Escape');
  await expect
    .poll(async () => (await marks(page)).filter((m) => m.where === 'bottom').map((m) => m.text))
    .toEqual(['DeepSeek R1']);
  const firstMarkedParagraph = () =>
    page.evaluate(() => {
      const paragraphs = [...(document.getElementById('wide')?.children ?? [])];
      const indices = [...(CSS.highlights.get('klartext') ?? [])].map((r) =>
        paragraphs.indexOf((r as Range).startContainer.parentElement?.closest('p') as Element),
      );
      return Math.min(...indices.filter((i) => i >= 0));
    });
  // The jump counts as a fling: the top's ranges go once the scrolling has paused (ScrollGate), not in the same frame.
  await expect.poll(firstMarkedParagraph).toBeGreaterThan(19_000);
  expect((await marks(page)).length).toBeLessThan(1000);
  // A term placed this way explains itself like any other.
  const at = await markPoint(page, 'DeepSeek R1');
  await page.mouse.move(at.x, at.y, { steps: 3 });
  expect(await waitForPopover(page, 'DeepSeek R1')).toContain('DeepSeek R1');
  expect(errors).toEqual([]);
  await page.close();
});

test('a page that churns: its churning paragraphs hold no marks while they churn, and every term is right again after', async () => {
  // What right looks like: the settled text, marked by a load that never churned.
  const reference = await open('/fixtures/churn.html');
  await reference.evaluate(() => (window as never as { settle(): void }).settle());
  await expect.poll(async () => (await marks(reference)).length).toBeGreaterThan(200);
  await reference.waitForTimeout(600);
  const expected = (await marks(reference)).map((m) => m.text).sort();
  await reference.close();

  const page = await open('/fixtures/churn.html');
  expect((await marks(page)).length).toBeGreaterThan(200);
  const churning = page.evaluate(() => (window as never as { churn(ms: number): Promise<{ rewrites: number }> }).churn(2500));
  await page.waitForTimeout(1500);
  // Mid-churn: degraded, and the rewritten paragraphs carry no ranges (a live range costs the page on every change).
  expect(await pageState(page)).toBe('degraded');
  expect((await marks(page)).filter((m) => m.where === 'feed')).toEqual([]);
  expect((await churning).rewrites).toBeGreaterThan(50);
  await page.evaluate(() => (window as never as { settle(): void }).settle());
  await expect.poll(async () => (await marks(page)).map((m) => m.text).sort(), { timeout: 5000 }).toEqual(expected);
  await expect.poll(() => pageState(page), { timeout: 5000 }).toBe('active');
  expect(errors).toEqual([]);
  await page.close();
});

test('a mutation storm degrades gracefully, says so, and recovers', async () => {
  const page = await open('/fixtures/storm.html');
  const done = page.evaluate(() => (window as never as { storm(ms: number): Promise<number> }).storm(4000));
  await page.waitForTimeout(2000);
  expect(await pageState(page)).toBe('degraded');
  const changes = await done;
  expect(changes).toBeGreaterThan(2000);
  await expect.poll(() => pageState(page), { timeout: 10_000 }).toBe('active');
  await expect.poll(async () => (await marks(page)).map((m) => m.text).filter((t) => t === 'OpenAI').length).toBe(50);
  expect((await marks(page)).length).toBe(50);
  expect(errors).toEqual([]);
  await page.close();
});
