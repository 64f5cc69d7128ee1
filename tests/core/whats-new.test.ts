import { compareVersions, notesSince, parseSeenVersion, parseVersion, planInstalled, WHATS_NEW, type WhatsNewNote } from '../../src/core/whats-new';

const note = (version: string): WhatsNewNote => ({ version, text: { de: `de ${version}`, en: `en ${version}` } });
const NOTES = [note('0.1.0'), note('0.2.0'), note('0.2.1'), note('1.0')];

describe('versions', () => {
  it('reads manifest versions: 1–4 integers up to 65535, no leading zeros', () => {
    expect(parseVersion('0.1.0')).toEqual([0, 1, 0]);
    expect(parseVersion('2')).toEqual([2]);
    expect(parseVersion('1.2.3.4')).toEqual([1, 2, 3, 4]);
    for (const bad of ['', '1.2.3.4.5', '01.2', '1..2', 'v1.0', '1.0-beta', ' 1.0', '65536', 1, null, undefined, {}, ['1.0']]) {
      expect(parseVersion(bad)).toBeNull();
    }
  });

  it('compares part by part, missing parts counting as 0', () => {
    expect(compareVersions('0.2.0', '0.10.0')).toBeLessThan(0);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0.1', '1.0')).toBeGreaterThan(0);
    expect(() => compareVersions('x', '1.0')).toThrow();
  });
});

describe('notesSince: which notes an update from `seen` to `current` shows', () => {
  it('the versions after the previous one, up to the running one, newest first', () => {
    expect(notesSince('0.1.0', '0.2.1', NOTES).map((n) => n.version)).toEqual(['0.2.1', '0.2.0']);
    expect(notesSince('0.2.0', '1.0.0', NOTES).map((n) => n.version)).toEqual(['1.0', '0.2.1']);
  });

  it('nothing when nothing is newer, on a downgrade, or for invalid versions', () => {
    expect(notesSince('0.2.1', '0.2.1', NOTES)).toEqual([]);
    expect(notesSince('1.0', '0.2.0', NOTES)).toEqual([]);
    expect(notesSince('bad', '0.2.0', NOTES)).toEqual([]);
    expect(notesSince('0.1.0', '', NOTES)).toEqual([]);
  });

  it('a note of a version not yet released is not shown by an older build', () => {
    expect(notesSince('0.1.0', '0.2.0', NOTES).map((n) => n.version)).toEqual(['0.2.0']);
  });

  it('the shipped notes have valid versions, in order, and text in both languages', () => {
    const versions = WHATS_NEW.map((n) => n.version);
    for (const n of WHATS_NEW) {
      expect(parseVersion(n.version)).not.toBeNull();
      expect(n.text.de.trim()).not.toBe('');
      expect(n.text.en.trim()).not.toBe('');
    }
    expect([...versions].sort(compareVersions)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });
});

describe('the stored "last seen version" is validated', () => {
  it('a version string is kept; anything else counts as missing', () => {
    expect(parseSeenVersion('0.1.0')).toBe('0.1.0');
    for (const bad of [undefined, null, '', 'latest', 3, { version: '0.1.0' }, '0.1.0 ']) expect(parseSeenVersion(bad)).toBeNull();
  });
});

describe('planInstalled: what runtime.onInstalled does', () => {
  it('a fresh install opens the welcome page and counts the running version as seen', () => {
    expect(planInstalled({ reason: 'install' }, null, '0.3.0')).toEqual({ openWelcome: true, seen: '0.3.0' });
  });

  it('an "install" where Klartext stored a version before is no first run: no welcome, nothing written', () => {
    expect(planInstalled({ reason: 'install' }, '0.2.0', '0.3.0')).toEqual({ openWelcome: false, seen: null });
  });

  it('an update never opens the welcome page; it keeps what was seen', () => {
    expect(planInstalled({ reason: 'update', previousVersion: '0.2.0' }, '0.1.0', '0.3.0')).toEqual({ openWelcome: false, seen: null });
  });

  it('an update from a version that stored nothing starts from that version', () => {
    expect(planInstalled({ reason: 'update', previousVersion: '0.2.0' }, null, '0.3.0')).toEqual({ openWelcome: false, seen: '0.2.0' });
    expect(planInstalled({ reason: 'update' }, null, '0.3.0')).toEqual({ openWelcome: false, seen: null });
  });

  it('a browser update or a shared module update changes nothing', () => {
    expect(planInstalled({ reason: 'chrome_update', previousVersion: '120' }, null, '0.3.0')).toEqual({ openWelcome: false, seen: null });
    expect(planInstalled({ reason: 'browser_update' }, '0.3.0', '0.3.0')).toEqual({ openWelcome: false, seen: null });
    expect(planInstalled({ reason: 'shared_module_update' }, null, '0.3.0')).toEqual({ openWelcome: false, seen: null });
  });
});
