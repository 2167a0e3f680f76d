import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
  it('reads UTF-8 and drops its BOM', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFMåned;Listetak'))).toBe('Måned;Listetak');
    expect(decodeText(new TextEncoder().encode('Måned'))).toBe('Måned');
  });

  it('falls back to Latin-1 when the bytes are not valid UTF-8', () => {
    // 'Måned' and 'Tønsberg' as ISO-8859-1 (å = 0xE5, ø = 0xF8), as SSB writes them.
    expect(decodeText(bytes(0x4d, 0xe5, 0x6e, 0x65, 0x64))).toBe('Måned');
    expect(decodeText(bytes(0x54, 0xf8, 0x6e, 0x73))).toBe('Tøns');
  });

  it('reads UTF-16LE with a BOM', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x4d, 0x00, 0xe5, 0x00))).toBe('Må');
  });
});
