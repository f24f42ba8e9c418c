import type { DocumentModel } from '../blocks.js';

/** Text for XML as docx escapes it: the five markup characters, and control characters XML 1.0 forbids dropped. */
export function escapeXml(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; docx drops them too.
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => XML_ESCAPES[char] ?? '');
}
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * docProps/core.xml written from the document, not the clock: docx stamps it with the time of packing,
 * which would make every file different. Created and modified are midnight (UTC) of the document date.
 */
export function corePropertiesXml(model: Pick<DocumentModel, 'title' | 'date' | 'id' | 'lang'>): string {
  const stamp = `${model.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(model.title)}</dc:title>` +
    '<dc:creator>Tredjeland</dc:creator>' +
    `<dc:identifier>${escapeXml(model.id)}</dc:identifier>` +
    `<dc:language>${model.lang === 'sv' ? 'sv-SE' : 'en-GB'}</dc:language>` +
    '<cp:lastModifiedBy>Tredjeland</cp:lastModifiedBy>' +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
