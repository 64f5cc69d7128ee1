import { pickShortcuts } from '../../src/platform/shortcuts';

const label = (key: string) => `<${key}>`;

test('our two commands in a fixed order, with what the browser has bound now', () => {
  const all = [
    { name: 'list-terms', shortcut: 'Ctrl+Shift+9', description: 'List' },
    { name: '_execute_action', shortcut: '' },
    { name: 'toggle-site', shortcut: 'Alt+Shift+K', description: 'Toggle' },
  ];
  expect(pickShortcuts(all, label)).toEqual([
    { command: 'toggle-site', keys: 'Alt+Shift+K', label: '<commandToggleSite>' },
    { command: 'list-terms', keys: 'Ctrl+Shift+9', label: '<commandListTerms>' },
  ]);
});

test('a removed shortcut (empty, or missing altogether) has no keys', () => {
  expect(pickShortcuts([{ name: 'toggle-site', shortcut: '' }], label).map((s) => s.keys)).toEqual(['', '']);
});
