import { markDeclarations, markLook } from '../../../src/core/settings/mark-style';
import { HIGHLIGHT_STYLES } from '../../../src/core/settings/types';

describe('markLook', () => {
  it('draws each style in the given colour', () => {
    expect(markLook('underline', '#123456')).toEqual({ textDecoration: 'underline solid #123456 2px', backgroundColor: 'transparent' });
    expect(markLook('dotted', '#123456')).toEqual({ textDecoration: 'underline dotted #123456 2px', backgroundColor: 'transparent' });
    expect(markLook('background', '#123456')).toEqual({ textDecoration: 'none', backgroundColor: 'color-mix(in srgb, #123456 22%, transparent)' });
    expect(markLook('none', '#123456')).toEqual({ textDecoration: 'none', backgroundColor: 'transparent' });
  });

  it('sets both properties in every style, so no other rule shines through', () => {
    for (const style of HIGHLIGHT_STYLES) {
      const look = markLook(style, '#abcdef');
      expect(look.textDecoration, style).toMatch(/\S/);
      expect(look.backgroundColor, style).toMatch(/\S/);
    }
  });
});

test('markDeclarations writes the look as CSS declarations', () => {
  expect(markDeclarations(markLook('dotted', '#6b46c1'))).toBe('text-decoration: underline dotted #6b46c1 2px; background-color: transparent;');
});
