// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../src/core/glossary/types';
import { EntryDetail, formatDate, safeUrl } from '../../../src/ui/popup/EntryDetail';
import { Highlighted } from '../../../src/ui/popup/Highlighted';
import { FIXTURE_GLOSSARY } from '../../core/search/fixture-glossary';
import { installI18n } from './i18n-stub';

const base = FIXTURE_GLOSSARY[1] as GlossaryEntry;
const lookup = (id: string) => FIXTURE_GLOSSARY.find((e) => e.id === id);

beforeEach(() => installI18n('de'));
afterEach(() => cleanup());

describe('EntryDetail', () => {
  it('shows the entry in the UI language with date and linked source', () => {
    const entry: GlossaryEntry = {
      ...base,
      long: { de: 'Ein langer Text über <b>R1</b>.', en: 'A long text.' },
      checked: '2025-01-31',
      source: { label: 'TechObserver.de', section: 'Börsen', url: 'https://techobserver.de/x' },
    };
    render(<EntryDetail entry={entry} lang="de" lookup={lookup} onOpen={() => {}} onBack={() => {}} known={false} onKnownChange={() => {}} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('DeepSeek R1');
    expect(screen.getByText('KI-Modell')).toBeDefined();
    expect(screen.getByText('Ein langer Text über <b>R1</b>.')).toBeDefined();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText('Stand: Januar 2025')).toBeDefined();
    const link = screen.getByRole('link', { name: 'TechObserver.de' });
    expect(link.getAttribute('href')).toBe('https://techobserver.de/x');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('button', { name: 'Mixture of Experts' })).toBeDefined();
    expect(screen.getByRole('button', { name: /Zurück/ })).toBeDefined();
  });

  it('shows a non-web source address as plain text', () => {
    const entry = { ...base, source: { label: 'Evil', url: 'javascript:alert(1)' } };
    render(<EntryDetail entry={entry} lang="en" lookup={lookup} onOpen={() => {}} onBack={() => {}} known={false} onKnownChange={() => {}} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/Evil/)).toBeDefined();
  });
});

describe('EntryDetail: I know this', () => {
  it('offers "I know this" and, once known, "Mark it again", reporting each choice', () => {
    const choices: boolean[] = [];
    const { rerender } = render(
      <EntryDetail entry={base} lang="de" lookup={lookup} onOpen={() => {}} onBack={() => {}} known={false} onKnownChange={(k) => choices.push(k)} />,
    );
    screen.getByRole('button', { name: 'Kenne ich – nicht mehr markieren' }).click();
    rerender(<EntryDetail entry={base} lang="de" lookup={lookup} onOpen={() => {}} onBack={() => {}} known onKnownChange={(k) => choices.push(k)} />);
    expect(screen.getByText(/Sie kennen diesen Begriff/)).toBeDefined();
    const again = screen.getByRole('button', { name: 'Wieder markieren' });
    expect(again.getAttribute('aria-pressed')).toBe('true');
    again.click();
    expect(choices).toEqual([true, false]);
  });
});

describe('safeUrl and formatDate', () => {
  it('allows only http(s)', () => {
    expect(safeUrl('https://a.de/x')).toBe('https://a.de/x');
    expect(safeUrl('http://a.de')).toBe('http://a.de/');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });

  it('formats ISO dates per language as month and year', () => {
    expect(formatDate('2025-01-31', 'en')).toBe('January 2025');
    expect(formatDate('2025-01-31', 'de')).toBe('Januar 2025');
    expect(formatDate('bogus', 'en')).toBe('bogus');
  });
});

describe('Highlighted', () => {
  it('marks ranges and keeps the text as text', () => {
    const { container } = render(<Highlighted text="a <i>b</i> c" ranges={[{ start: 2, end: 5 }, { start: 99, end: 120 }]} />);
    expect(container.textContent).toBe('a <i>b</i> c');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['<i>']);
    expect(container.querySelector('i')).toBeNull();
  });
});
