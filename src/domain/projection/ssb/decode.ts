/**
 * Decodes an uploaded SSB file: UTF-8 (JSON-stat, or CSV saved as UTF-8; a BOM is dropped), else ISO-8859-1 —
 * SSB's CSV export is Latin-1. The WHATWG 'latin1' label decodes as windows-1252, equal for every printable byte.
 */
export function decodeSsbText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}
