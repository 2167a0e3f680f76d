const UTF16LE_BOM = [0xff, 0xfe];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a text file of unknown encoding: UTF-8 (a BOM is dropped), UTF-16LE with a BOM (Excel's
 * "Unicode text"), else ISO-8859-1 when the bytes are not valid UTF-8 (SSB's CSV files are Latin-1).
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The WHATWG 'latin1' label is windows-1252: ISO-8859-1 for every printable byte, plus € and curly quotes.
    return new TextDecoder('latin1').decode(bytes);
  }
}
