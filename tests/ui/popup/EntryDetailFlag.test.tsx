// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { FlagDraft } from '../../../src/core/flags/edit';
import type { GlossaryEntry } from '../../../src/core/glossary/types';
import { EntryDetail } from '../../../src/ui/popup/EntryDetail';
import { FIXTURE_GLOSSARY } from '../../core/search/fixture-glossary';
import { installI18n } from './i18n-stub';

const base = FIXTURE_GLOSSARY[1] as GlossaryEntry;
const lookup = (id: string) => FIXTURE_GLOSSARY.find((e) => e.id === id);

beforeEach(() => installI18n('de'));
afterEach(() => cleanup());

function show(props: { onFlag?: (draft: FlagDraft) => Promise<boolean>; flag?: Parameters<typeof EntryDetail>[0]['flag'] } = {}) {
  return render(<EntryDetail entry={base} lang="de" lookup={lookup} onOpen={() => {}} onBack={() => {}} known={false} onKnownChange={() => {}} {...props} />);
}

describe('EntryDetail: wrong or outdated', () => {
  it('no flag button where flagging is not offered', () => {
    show();
    expect(screen.queryByRole('button', { name: 'Falsch oder veraltet?' })).toBeNull();
  });

  it('opens a small form: a choice, a note, save only once a choice is made; saving says so', async () => {
    const saved: FlagDraft[] = [];
    show({ onFlag: async (draft) => (saved.push(draft), true) });
    fireEvent.click(screen.getByRole('button', { name: 'Falsch oder veraltet?' }));
    const group = screen.getByRole('group', { name: 'Diese Erklärung ist …' });
    expect(group).toBeDefined();
    const wrong = screen.getByRole('radio', { name: 'falsch' });
    await waitFor(() => expect(document.activeElement).toBe(wrong));
    const save = screen.getByRole('button', { name: 'Speichern' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'veraltet' }));
    fireEvent.input(screen.getByLabelText('Anmerkung (freiwillig)'), { target: { value: 'R2 ist erschienen.' } });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Als veraltet gemeldet. Danke!'));
    expect(saved).toEqual([{ kind: 'outdated', note: 'R2 ist erschienen.' }]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Falsch oder veraltet?' })));
  });

  it('Escape or Cancel closes the form without saving, and the key goes no further', () => {
    const saved: FlagDraft[] = [];
    const outer = vi.fn();
    document.addEventListener('keydown', outer);
    show({ onFlag: async (draft) => (saved.push(draft), true) });
    fireEvent.click(screen.getByRole('button', { name: 'Falsch oder veraltet?' }));
    fireEvent.keyDown(screen.getByRole('radio', { name: 'falsch' }), { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Falsch oder veraltet?' }));
    fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(saved).toEqual([]);
    expect(outer).not.toHaveBeenCalled();
    document.removeEventListener('keydown', outer);
  });

  it('an earlier flag is shown and can be changed, starting from what was chosen', () => {
    show({ onFlag: async () => true, flag: { entry: base.id, title: 'DeepSeek R1', kind: 'wrong', note: 'Falsches Datum.', date: '2025-03-14' } });
    expect(screen.getByText('Sie haben diese Erklärung am 14. März 2025 als falsch gemeldet.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Meldung ändern' }));
    expect((screen.getByRole('radio', { name: 'falsch' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Anmerkung (freiwillig)') as HTMLTextAreaElement).value).toBe('Falsches Datum.');
  });

  it('a flag that could not be stored says so', async () => {
    show({ onFlag: async () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Falsch oder veraltet?' }));
    fireEvent.click(screen.getByRole('radio', { name: 'falsch' }));
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Die Meldung konnte nicht gespeichert werden.'));
  });
});
