import type { RenderedDocument } from './render.js';
import { deflateEntry, storedEntry, zip } from './zip.js';

/** SHA-256 of a file as hex (Web Crypto: the same on Node and Workers). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ManifestEntry {
  file: string;
  kind: RenderedDocument['kind'];
  title: string;
  id: string;
  sha256: string;
  flows: string[];
  placeholders: string[];
}

/** File names inside the bundle: readable, unique (a second "x.docx" becomes "x (2).docx"). */
function uniqueNames(documents: readonly RenderedDocument[]): string[] {
  const used = new Map<string, number>();
  return documents.map((doc) => {
    const base = doc.fileName.readable;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? `${base}.docx` : `${base} (${n}).docx`;
  });
}

/**
 * Every document of a case in one zip, with `manifest.json` listing each file's id, hash and placeholders.
 * The documents are stored as they are (a DOCX is compressed already); the zip is dated like them.
 */
export async function bundleZip(
  documents: readonly RenderedDocument[],
  date: string,
): Promise<{ bytes: Uint8Array; manifest: ManifestEntry[] }> {
  const files = uniqueNames(documents);
  const manifest: ManifestEntry[] = await Promise.all(
    documents.map(async (doc, i) => ({
      file: files[i]!,
      kind: doc.kind,
      title: doc.title,
      id: doc.id,
      sha256: await sha256Hex(doc.bytes),
      flows: doc.flows,
      placeholders: doc.placeholders,
    })),
  );
  const entries = [
    ...documents.map((doc, i) => storedEntry(files[i]!, doc.bytes)),
    deflateEntry('manifest.json', `${JSON.stringify({ date, documents: manifest }, null, 2)}\n`),
  ];
  return { bytes: zip(entries, date), manifest };
}
