import { assessForDocuments } from '../../src/api/routes/documents.js';
import {
  type AssessedCase,
  type DocumentKind,
  type DocumentRequest,
  documentRequest,
  draftDocuments,
} from '../../src/documents/index.js';
import { sampleAssessment, sampleRequest } from './fixtures.js';
import { type ReadDocx, readDocx } from './read-docx.js';

export type Lang = 'sv' | 'en';
export const langs: Lang[] = ['sv', 'en'];

/** The hand-built verdicts of fixtures.ts: every SCC module, under the test's control. */
export function fixtureAssessed(lang: Lang): AssessedCase {
  return { assessment: sampleAssessment(lang), tias: new Map() };
}

/** The real engine's verdicts (and TIAs) for a request. */
export function engineAssessed(request: DocumentRequest, lang: Lang): AssessedCase {
  return assessForDocuments(request, lang);
}

/** Drafts one document of a kind from the fixture verdicts and reads it back. */
export async function draftOne(
  kind: DocumentKind,
  lang: Lang,
  overrides: Partial<DocumentRequest> = {},
  assessed: AssessedCase = fixtureAssessed(lang),
): Promise<ReadDocx & { placeholders: string[]; id: string; bytes: Uint8Array; title: string }> {
  const request = documentRequest.parse(sampleRequest(overrides));
  const [doc, ...rest] = await draftDocuments(kind, request, assessed, lang);
  if (!doc || rest.length > 0) throw new Error(`expected one ${kind} document`);
  return {
    ...readDocx(doc.bytes),
    placeholders: doc.placeholders,
    id: doc.id,
    bytes: doc.bytes,
    title: doc.title,
  };
}

/** The headings of a document (Heading1–3 paragraphs), for checking which sections it has. */
export function headings(doc: ReadDocx): string[] {
  return doc.paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => p.text);
}

/** The TIA report's sections as a reader expects them (issue 13, point 9): the six EDPB steps, the conclusion, the approval. */
export function tiaSections(lang: Lang): string[] {
  return lang === 'sv'
    ? [
        '1. Överföringens omständigheter',
        '2. Överföringsverktyget',
        '3. Lagar och praxis i mottagarlandet',
        '4. Ytterligare åtgärder',
        '5. Formella steg',
        '6. Ny bedömning',
        '7. Slutsats',
        'Godkännande',
      ]
    : [
        '1. Circumstances of the transfer',
        '2. The transfer tool',
        '3. Laws and practices of the country of destination',
        '4. Supplementary measures',
        '5. Procedural steps',
        '6. Re-evaluation',
        '7. Conclusion',
        'Approval',
      ];
}
