// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Settings } from '../../../src/core/settings/types';
import { saveSettings } from '../../../src/storage/settings-store';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { App } from '../../../src/ui/options/App';
import { setupOptionsEnv, stored } from './options-env';

const rules = async () => (await stored<Settings>('settings'))?.siteRules;
const input = () => screen.getByLabelText('Add a site');
const list = () => screen.getByRole('list', { name: 'Sites where Klartext is off' });

async function add(text: string, subdomains = false) {
  fireEvent.input(input(), { target: { value: text } });
  const box = screen.getByLabelText(/Also all subdomains/) as HTMLInputElement;
  if (box.checked !== subdomains) fireEvent.click(box);
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
}

beforeEach(setupOptionsEnv);
afterEach(cleanup);

test('a pasted address becomes an exact-host rule, saved at once', async () => {
  render(<App />);
  await screen.findByLabelText('Add a site');
  await add('https://www.Heise.de/news/artikel?x=1');
  await waitFor(async () => expect(await rules()).toEqual([{ host: 'www.heise.de', includeSubdomains: false }]));
  expect(within(list()).getByText('www.heise.de')).toBeDefined();
  expect(within(list()).getByText('this host only')).toBeDefined();
  expect((await screen.findByText('Added www.heise.de.')).getAttribute('role')).toBe('status');
  expect((input() as HTMLInputElement).value).toBe('');
});

test('"include subdomains" is a separate choice, and "*." means it too', async () => {
  render(<App />);
  await screen.findByLabelText('Add a site');
  await add('heise.de', true);
  await waitFor(async () => expect(await rules()).toEqual([{ host: 'heise.de', includeSubdomains: true }]));
  await add('*.golem.de');
  await waitFor(async () => expect(await rules()).toHaveLength(2));
  expect((await rules())?.[1]).toEqual({ host: 'golem.de', includeSubdomains: true });
  expect(within(list()).getAllByText('with subdomains')).toHaveLength(2);
});

test('ports, IPs and internationalised names', async () => {
  render(<App />);
  await screen.findByLabelText('Add a site');
  for (const text of ['localhost:8080', 'http://127.0.0.1:80/x', 'bücher.de', '[::1]:3000']) await add(text);
  await waitFor(async () =>
    expect((await rules())?.map((r) => r.host)).toEqual(['localhost:8080', '127.0.0.1', 'xn--bcher-kva.de', '[::1]:3000']),
  );
  expect(within(list()).getByText('bücher.de').getAttribute('title')).toBe('xn--bcher-kva.de');
});

test('nonsense gets a clear message and changes nothing', async () => {
  render(<App />);
  await screen.findByLabelText('Add a site');
  const cases: [string, string][] = [
    ['not a host', 'A site address cannot contain spaces.'],
    ['javascript:alert(1)', 'Only websites (http and https) can have a rule — not browser pages, files or scripts.'],
    ['heise.de/news', 'Rules apply to whole sites. Please enter only the host name, e.g. heise.de instead of heise.de/news.'],
    ['-bad-.com', 'This is not a valid host name. Letters, digits and hyphens are allowed (not at the start or end of a part).'],
    ['localhost:99999', 'The port must be a number between 1 and 65535.'],
    ['*.127.0.0.1', '"*." is only allowed at the start of a domain name, e.g. *.heise.de — not with IP addresses.'],
    ['', 'Please enter a site, e.g. heise.de.'],
  ];
  for (const [text, message] of cases) {
    await add(text);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(message));
    expect(input().getAttribute('aria-invalid')).toBe('true');
  }
  expect(await rules()).toBeUndefined();
});

test('rules are removed, searched, and the list mode switched', async () => {
  await saveSettings({
    ...defaultSettings(),
    siteRules: ['a.de', 'b.de', 'c.de', 'd.de', 'e.de', 'news.heise.de'].map((host) => ({ host, includeSubdomains: false })),
  });
  render(<App />);
  await screen.findByText('news.heise.de');
  fireEvent.input(screen.getByLabelText('Search the list'), { target: { value: 'heise' } });
  expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
  fireEvent.click(screen.getByRole('button', { name: 'Remove news.heise.de' }));
  await waitFor(async () => expect(await rules()).toHaveLength(5));
  expect(screen.getByText('No site matches the search.')).toBeDefined();
  fireEvent.click(screen.getByLabelText('Only on the listed sites'));
  await waitFor(async () => expect((await stored<Settings>('settings')).siteMode).toBe('only-listed'));
  expect(screen.getByRole('list', { name: 'Sites where Klartext is on' })).toBeDefined();
});
