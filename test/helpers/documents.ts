import { inflateRawSync } from 'node:zlib';
import type { Client } from './app.ts';
import { pdfText } from './norms-fixtures.ts';

/** One file of a .zip (an .docx is one), read from its central directory; null when absent. */
export function zipEntry(zip: Buffer, name: string): Buffer | null {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  let p = zip.readUInt32LE(eocd + 16);
  const count = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    if (zip.toString('utf8', p + 46, p + 46 + nameLen) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}

/** The text of a .docx body: its runs, one paragraph per line. */
export function docxText(docx: Buffer): string {
  const xml = zipEntry(docx, 'word/document.xml')?.toString('utf8') ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** The text of a document route's answer (.docx or .pdf), or a description of the failure. */
export async function documentText(c: Client, url: string): Promise<string> {
  const res = await c.get(url);
  if (res.statusCode !== 200) return `answered ${res.statusCode}`;
  return url.endsWith('.pdf') ? pdfText(res.rawPayload) : docxText(res.rawPayload);
}
