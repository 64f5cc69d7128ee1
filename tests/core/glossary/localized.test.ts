import { entryTitle, localized } from '../../../src/core/glossary/localized';

const entry = (title: { de: string; en: string }) => ({ id: 'deepseek', title });

describe('entryTitle', () => {
  it('gives the title in the wanted language', () => {
    expect(entryTitle(entry({ de: 'Künstliche Intelligenz', en: 'Artificial intelligence' }), 'de')).toBe('Künstliche Intelligenz');
    expect(entryTitle(entry({ de: 'Künstliche Intelligenz', en: 'Artificial intelligence' }), 'en')).toBe('Artificial intelligence');
  });

  it('falls back to the other language (an own entry written in one), either way', () => {
    expect(entryTitle(entry({ de: 'Nur Deutsch', en: '' }), 'en')).toBe('Nur Deutsch');
    expect(entryTitle(entry({ de: '', en: 'English only' }), 'de')).toBe('English only');
    // A blank title counts as missing.
    expect(entryTitle(entry({ de: '  ', en: 'English only' }), 'de')).toBe('English only');
  });

  it('falls back to the id when neither language has a title', () => {
    expect(entryTitle(entry({ de: '', en: '' }), 'en')).toBe('deepseek');
    expect(entryTitle(entry({ de: ' ', en: '' }), 'de')).toBe('deepseek');
  });
});

describe('localized', () => {
  it('takes the wanted language, else the other one, else nothing', () => {
    expect(localized({ de: 'Kurz.', en: 'Short.' }, 'en')).toBe('Short.');
    expect(localized({ de: 'Kurz.', en: '' }, 'en')).toBe('Kurz.');
    expect(localized({ de: '', en: '' }, 'de')).toBe('');
  });
});
