// Writes every document of the sample case (test/documents/fixtures.ts), in Swedish and English, as DOCX:
// out/documents/<lang>/<file>.docx. Used by scripts/docx-to-pdf.sh; the engine assesses the case.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessForDocuments } from '../src/api/routes/documents.js';
import { documentRequest, draftDocuments } from '../src/documents/index.js';
import { fullDetails, sampleCaseWithTia } from '../test/documents/fixtures.js';

const outDir = process.argv[2] ?? 'out/documents';
const withTia = sampleCaseWithTia();
const request = documentRequest.parse({ case: withTia, details: fullDetails, documentDate: '2026-11-15' });

for (const lang of ['sv', 'en'] as const) {
  const dir = join(outDir, lang);
  mkdirSync(dir, { recursive: true });
  const documents = await draftDocuments('bundle', request, assessForDocuments(request, lang), lang);
  const used = new Map<string, number>();
  for (const doc of documents) {
    const n = (used.get(doc.fileName.ascii) ?? 0) + 1;
    used.set(doc.fileName.ascii, n);
    const file = join(dir, `${doc.fileName.ascii}${n > 1 ? `-${n}` : ''}.docx`);
    writeFileSync(file, doc.bytes);
    console.log(`${file}  ${doc.placeholders.length} placeholders`);
  }
}
