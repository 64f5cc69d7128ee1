import { importFile } from '../../src/core/glossary/user/import';
import { toProblem } from '../../src/core/glossary/user/types';
import { msg } from '../../src/core/message';
import { messageText, problemText } from '../../src/platform/i18n';
import { BUNDLED, file, userGlossary } from '../core/glossary/user/fixtures';
import { installI18n } from '../ui/popup/i18n-stub';

const ctx = { current: userGlossary(), bundled: BUNDLED, defaultLang: 'de' as const };
const bad = file({ entries: [{ id: 'llm', title: { de: 'Sprachmodell' }, forms: { de: ['x'] }, short: { de: 'Ein Modell.' }, category: 'concept' }] });

function problemsShown(): string[] {
  const r = importFile({ fileName: 'pack.json', size: bad.length, text: bad }, ctx);
  return r.ok ? [] : r.problems.map((p) => problemText(toProblem(p)));
}

test('problems follow the browser’s UI language; the path stays as it is', () => {
  installI18n('de');
  expect(problemsShown()).toEqual(['entry "llm" › forms.de[0]: ist nur ein einzelnes Zeichen']);
  installI18n('en');
  expect(problemsShown()).toEqual(['entry "llm" › forms.de[0]: is a single character']);
});

test('a message without a path is just its text, nested messages translated too', () => {
  const note = msg('problem_noLastGood', msg('fallback_defaults'));
  installI18n('de');
  expect(problemText({ at: '', message: note })).toBe('Es gibt keine Sicherungskopie des letzten gültigen Stands; Klartext verwendet die Standardeinstellungen');
  installI18n('en');
  expect(messageText(note)).toBe('no last good copy: using defaults');
});
