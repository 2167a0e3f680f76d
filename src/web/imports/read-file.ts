/** The server's body limit is 10 MB and base64 adds a third: refuse larger files before sending them. */
export const MAX_IMPORT_BYTES = 7 * 1024 * 1024;

/** A file's content as base64 (without the data-URL prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error('Kunne ikke lese filen'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
