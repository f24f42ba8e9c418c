import { strFromU8, unzipSync } from 'fflate';

/** A DOCX read back the simple way a test can: its parts, and the paragraphs of word/document.xml. */
export interface ReadDocx {
  files: Record<string, Uint8Array>;
  part: (path: string) => string;
  xml: string;
  paragraphs: { style: string | undefined; text: string; highlighted: boolean }[];
  /** All text, paragraphs separated by line breaks. */
  text: string;
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};
export const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => entities[e] ?? e);

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzipSync(bytes);
  const part = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`no ${path} in the package`);
    return strFromU8(file);
  };
  const xml = part('word/document.xml');
  const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\/>/gs)].map((m) => {
    const inner = m[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1];
    const text = [...inner.matchAll(/<w:br\/>|<w:tab\/>|<w:t(?: [^>]*)?>(.*?)<\/w:t>/gs)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : t[0] === '<w:tab/>' ? '\t' : unescapeXml(t[1] ?? '')))
      .join('');
    return { style, text, highlighted: inner.includes('<w:highlight w:val="yellow"/>') };
  });
  return { files, part, xml, paragraphs, text: paragraphs.map((p) => p.text).join('\n') };
}
