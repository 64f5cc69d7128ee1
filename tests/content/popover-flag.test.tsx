// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { EntryView } from '../../src/core/glossary/present';
import { PopoverCard } from '../../src/content/popover/PopoverCard';

const view: EntryView = {
  id: 'deepseek-r1',
  lang: 'de',
  title: 'DeepSeek R1',
  short: 'Ein Sprachmodell.',
  long: '',
  category: 'model',
  related: [],
  source: { label: 'Quelle' },
  checked: '2025-01-31',
};

afterEach(() => cleanup());

test('the popover offers "wrong or outdated" in the explanation\'s language, and a page\'s synthetic click opens nothing', () => {
  const onFlag = vi.fn(async () => true);
  render(<PopoverCard view={view} isUserEntry={false} canGoBack={false} onFlag={onFlag} onRelated={() => {}} onBack={() => {}} onClose={() => {}} />);
  const button = screen.getByRole('button', { name: 'Falsch oder veraltet?' });
  // happy-dom's events, like a page's dispatchEvent or click(), are not trusted.
  fireEvent.click(button);
  button.click();
  expect(screen.queryByRole('group')).toBeNull();
  expect(onFlag).not.toHaveBeenCalled();
});

test('no flag button where flagging is not offered', () => {
  render(<PopoverCard view={{ ...view, lang: 'en' }} isUserEntry={false} canGoBack={false} onRelated={() => {}} onBack={() => {}} onClose={() => {}} />);
  expect(screen.queryByRole('button', { name: 'Wrong or outdated?' })).toBeNull();
});
