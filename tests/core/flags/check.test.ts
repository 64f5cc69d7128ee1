import { checkFlag, checkFlags, cleanNote, parseStoredFlags } from '../../../src/core/flags/check';
import { localDate, mergeFlags, newFlag, withFlag, withoutFlag } from '../../../src/core/flags/edit';
import { FLAG_LIMITS, type EntryFlag } from '../../../src/core/flags/types';
import { userProblemLine } from '../message-text';

const flag = (entry: string, overrides: Partial<EntryFlag> = {}): EntryFlag => ({
  entry,
  title: entry.toUpperCase(),
  kind: 'outdated',
  note: '',
  date: '2025-03-14',
  ...overrides,
});

const lines = (raw: unknown, lang: 'de' | 'en' = 'en') => checkFlags(raw, { where: 'file', field: 'flags' }).problems.map((p) => userProblemLine(p, lang));

describe('checkFlag', () => {
  test('a valid flag comes back trimmed, with an empty note when it has none', () => {
    const raw = { entry: ' deepseek-r1 ', title: ' DeepSeek R1 ', kind: 'wrong', date: '2025-03-14', checked: '2025-01-31' };
    expect(checkFlag(raw, 'flags[0]')).toEqual({
      flag: { entry: 'deepseek-r1', title: 'DeepSeek R1', kind: 'wrong', note: '', date: '2025-03-14', checked: '2025-01-31' },
      problems: [],
    });
  });

  test('a note may have line breaks and markup-like text: it is only ever shown as text', () => {
    const r = checkFlag(flag('a', { note: 'Zeile 1\nZeile 2 mit <think>-Tags' }), 'flags[0]');
    expect(r.flag?.note).toBe('Zeile 1\nZeile 2 mit <think>-Tags');
  });

  test('every field is checked and named in the problem', () => {
    const raw = { entry: 'Not An Id', title: '', kind: 'obsolete', note: 5, date: '2025-02-30', checked: 'Januar 2025' };
    expect(checkFlags([raw], { where: 'file', field: 'flags' }).problems.map((p) => userProblemLine(p))).toEqual([
      'flags[0] › entry: must be an entry id',
      'flags[0] › title: must be a non-empty string',
      'flags[0] › kind: must be one of "wrong", "outdated"',
      'flags[0] › note: must be a string',
      'flags[0] › date: must be a date written YYYY-MM-DD',
      'flags[0] › checked: must be a date written YYYY-MM-DD',
    ]);
  });

  test('too long, control characters, markup in the title', () => {
    expect(lines([flag('a', { note: 'x'.repeat(FLAG_LIMITS.note + 1) }), flag('b', { note: 'bell\u0007' }), flag('c', { title: '<b>C</b>' })])).toEqual([
      `flags[0] › note: is ${FLAG_LIMITS.note + 1} characters long (at most ${FLAG_LIMITS.note})`,
      'flags[1] › note: must not contain control characters',
      'flags[2] › title: must not contain HTML or other markup',
    ]);
  });

  test('messages follow the language, the path stays as it is', () => {
    expect(lines([flag('a', { kind: 'veraltet' as EntryFlag['kind'] })], 'de')).toEqual(['flags[0] › kind: muss einer dieser Werte sein: "wrong", "outdated"']);
  });
});

describe('checkFlags', () => {
  test('not a list, not objects, too many', () => {
    expect(lines('all')).toEqual(['file › flags: must be a list, got "all"']);
    expect(lines([null, 3])).toEqual(['flags[0]: must be an object, got null', 'flags[1]: must be an object, got 3']);
    expect(lines(Array.from({ length: FLAG_LIMITS.flags + 1 }, (_, i) => flag(`e${i}`)))).toEqual([`file › flags: has ${FLAG_LIMITS.flags + 1} items (at most ${FLAG_LIMITS.flags})`]);
  });

  test('one flag per entry', () => {
    expect(lines([flag('a'), flag('b'), flag('a', { kind: 'wrong' })])).toEqual(['flags[2] › entry: duplicate: flags[0] already flags this entry']);
  });
});

describe('parseStoredFlags', () => {
  test('the stored shape: version 1 and a list', () => {
    const value = { version: 1, flags: [flag('a'), flag('b', { note: 'Stimmt nicht mehr.' })] };
    expect(parseStoredFlags(value)).toEqual({ ok: true, value, migrated: false });
  });

  test('anything else is refused with a reason', () => {
    const problems = (raw: unknown) => {
      const r = parseStoredFlags(raw);
      return r.ok ? [] : r.problems.map((p) => userProblemLine(p));
    };
    expect(problems([flag('a')])).toEqual(['flags: must be an object, got a list']);
    expect(problems({ version: 2, flags: [] })).toEqual([
      'flags › version: the flags were stored by a newer Klartext (version 2; this one understands 1). Update Klartext to see them.',
    ]);
    expect(problems({ version: 1 })).toEqual(['flags › flags: must be a list, got nothing']);
    expect(problems({ version: 1, flags: [{ ...flag('a'), kind: 1 }] })).toEqual(['flags[0] › kind: must be one of "wrong", "outdated"']);
  });
});

describe('making and changing flags', () => {
  const entry = { id: 'deepseek-r1', title: { de: 'DeepSeek R1', en: '' }, checked: '2025-01-31' };

  test('a new flag takes the title in the language shown (else the other), the entry\'s date and the reader\'s day', () => {
    const now = new Date(2025, 2, 14, 23, 30);
    expect(newFlag(entry, { kind: 'outdated', note: '  R2 ist da.\r\n ' }, 'en', now)).toEqual({
      entry: 'deepseek-r1',
      title: 'DeepSeek R1',
      kind: 'outdated',
      note: 'R2 ist da.',
      date: '2025-03-14',
      checked: '2025-01-31',
    });
    expect(localDate(new Date(2025, 0, 5))).toBe('2025-01-05');
  });

  test('a note is cleaned so it always stores: line breaks kept, control characters dropped, cut to length', () => {
    expect(cleanNote('a\r\nb\u0000c\td')).toBe('a\nbc\td');
    expect(cleanNote('x'.repeat(FLAG_LIMITS.note + 50))).toHaveLength(FLAG_LIMITS.note);
  });

  test('flagging again replaces the earlier flag; removing leaves the others', () => {
    const list = withFlag(withFlag([flag('a'), flag('b')], flag('a', { kind: 'wrong' })), flag('c'));
    expect(list.map((f) => `${f.entry}:${f.kind}`)).toEqual(['b:outdated', 'a:wrong', 'c:outdated']);
    expect(withoutFlag(list, 'a').map((f) => f.entry)).toEqual(['b', 'c']);
  });

  test('merging a file\'s flags: new ones added, the later one kept, identical ones left', () => {
    const mine = [flag('a', { date: '2025-03-01' }), flag('b', { date: '2025-03-10', note: 'meins' }), flag('c')];
    const theirs = [flag('a', { date: '2025-03-05', kind: 'wrong' }), flag('b', { date: '2025-03-10', note: 'deren' }), flag('c'), flag('d')];
    const merged = mergeFlags(mine, theirs);
    expect(merged.flags.map((f) => `${f.entry}:${f.kind}:${f.note}`)).toEqual(['b:outdated:meins', 'c:outdated:', 'a:wrong:', 'd:outdated:']);
    expect(merged).toMatchObject({ added: 2, unchanged: 2 });
  });
});
