import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { sha256Hex } from '../../documents/bundle.js';
import { contentDisposition } from '../../documents/filenames.js';
import type { AssessedCase, RenderedDocument } from '../../documents/index.js';
import { documentRequest, withDetailsBeside } from '../../documents/input.js';
import { DOCX_TYPE, documentKindNames } from '../../documents/kind-names.js';
import { today } from '../../domain/dates.js';
import { assessCase } from '../../engine/assess.js';
import { renderAssessment } from '../../engine/render.js';
import type { RouteModule } from '../app.js';
import { assertCaseHolds, caseErrorsHook } from '../case-check.js';
import { exampleDocumentRequest } from '../examples.js';
import { pickLang } from '../lang.js';
import { ApiProblem } from '../problem.js';
import { langQuery, problemContent } from '../schemas.js';

/**
 * POST /v1/documents/{kind}: drafts DOCX documents from a case. The engine assesses the case (the documents
 * decide no law), the documents render its verdicts with the facts in `details`.
 *
 * The answer is the file itself (`format=docx`, the default): a DOCX, or for `bundle` a zip of every
 * document that applies with a `manifest.json`. Missing facts are visible placeholders in the document;
 * `X-Tredjeland-Placeholder-Count` says how many, `X-Tredjeland-Placeholders` lists them as a JSON array
 * (ASCII, non-ASCII escaped as \uXXXX) when the list fits in 4 KB. `format=json` answers the same
 * documents as JSON with every placeholder and the files in base64.
 */

const ZIP_TYPE = 'application/zip';

/**
 * The documents' code (views, templates, docx stamps: most of the Node entry's size) loaded at the first
 * document request, not at start: the Node entry keeps it in a chunk of its own, the Worker evaluates it then.
 */
let documentsModule: Promise<typeof import('../../documents/index.js')> | undefined;
const loadDocuments = () => {
  documentsModule ??= import('../../documents/index.js');
  return documentsModule;
};
const HEADER_LIMIT = 4096;

const kindParam = z.enum([...documentKindNames, 'bundle']).openapi({
  param: { name: 'kind', in: 'path' },
  description:
    '`scc` SCC execution document with its annexes, `tia` Clause 14(d) report, `dpa` data processing agreement (Art. 28), `memo` assessment memo, `bundle` all that apply (zip)',
  example: 'scc',
});

const formatQuery = z.enum(['docx', 'json']).optional().openapi({
  description: '`docx` (default): the file itself; `json`: metadata, placeholders and the file in base64',
});

const documentJson = z
  .object({
    kind: z.enum(documentKindNames),
    title: z.string(),
    id: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    sha256: z.string(),
    flows: z.array(z.string()),
    placeholders: z.array(z.string()),
    content: z.string().openapi({ description: 'The DOCX, base64' }),
  })
  .openapi('DraftedDocument');

const draft = createRoute({
  method: 'post',
  path: '/v1/documents/{kind}',
  tags: ['Documents'],
  summary:
    'Draft DOCX documents in Swedish or English from a case: SCCs, TIA report, DPA, memo, or all as a zip',
  description:
    'The engine assesses `case` as of its `asOf` (default today); the documents render the verdicts, filling in the facts of `details` and leaving every missing fact as a visible placeholder ("[att fylla i: …]" / "[to be completed: …]"). The same request with the same `documentDate` gives a byte-identical file.',
  request: {
    params: z.object({ kind: kindParam }),
    query: z.object({ lang: langQuery, format: formatQuery }),
    body: {
      required: true,
      content: { 'application/json': { schema: documentRequest, example: exampleDocumentRequest } },
    },
  },
  responses: {
    200: {
      description: 'The document (DOCX), the bundle (zip), or with format=json their description',
      content: {
        [DOCX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
        [ZIP_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
        'application/json': {
          schema: z
            .object({
              kind: z.string(),
              lang: z.enum(['sv', 'en']),
              documentDate: z.string(),
              documents: z.array(documentJson),
            })
            .openapi('DraftedDocuments'),
        },
      },
    },
    400: { description: 'The request is not valid; `errors` names each field', content: problemContent },
    415: { description: 'The body is not JSON', content: problemContent },
    422: {
      description: 'The case calls for no document of this kind, or for several',
      content: problemContent,
    },
  },
});

/** The engine's verdicts in the document language, and its TIAs in both. */
export function assessForDocuments(
  request: z.infer<typeof documentRequest>,
  lang: 'sv' | 'en',
  checkpoint?: () => void,
): AssessedCase {
  const asOf = request.case.asOf ?? today();
  assertCaseHolds(request.case, asOf, lang, 'case.');
  const engine = assessCase(request.case, asOf, checkpoint);
  return {
    assessment: renderAssessment(engine, lang),
    tias: new Map(engine.flows.flatMap((f) => (f.tia ? [[f.id, f.tia] as const] : []))),
  };
}

/** A JSON array as an HTTP header value: ASCII only, so every runtime passes it through unchanged. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function placeholderHeaders(placeholders: string[]): Record<string, string> {
  const list = asciiJson(placeholders);
  return {
    'X-Tredjeland-Placeholder-Count': String(placeholders.length),
    ...(list.length <= HEADER_LIMIT ? { 'X-Tredjeland-Placeholders': list } : {}),
  };
}

async function fileResponse(
  c: Context,
  kind: string,
  documents: RenderedDocument[],
  date: string,
  lang: 'sv' | 'en',
) {
  if (kind !== 'bundle') {
    const doc = documents[0]!;
    return c.body(doc.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': contentDisposition(doc.fileName, 'docx'),
      'X-Tredjeland-Document-Id': doc.id,
      'X-Tredjeland-Document-Sha256': await sha256Hex(doc.bytes),
      ...placeholderHeaders(doc.placeholders),
    });
  }
  const { bytes } = await (await loadDocuments()).bundleZip(documents, date);
  const all = documents.flatMap((d) => d.placeholders);
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': ZIP_TYPE,
    'Content-Disposition': contentDisposition(
      { ascii: `${lang === 'sv' ? 'dokument' : 'documents'}-${date}`, readable: `Tredjeland ${date}` },
      'zip',
    ),
    'X-Tredjeland-Document-Sha256': await sha256Hex(bytes),
    ...placeholderHeaders([...new Set(all)]),
  });
}

export const documentRoutes: RouteModule = (app) => {
  app.openapi(
    draft,
    async (c) => {
      const lang = pickLang(c);
      const { kind } = c.req.valid('param');
      const format = c.req.valid('query').format ?? 'docx';
      const request = withDetailsBeside(c.req.valid('json'));
      const limits = c.get('limits');
      const assessed = assessForDocuments(request, lang, limits.checkpoint);
      const { DocumentRequestError, documentDate, draftDocuments } = await loadDocuments();
      let documents: RenderedDocument[];
      try {
        documents = await draftDocuments(kind, request, assessed, lang, undefined, {
          planned: (count) => limits.claim(request.case.flows.length, count),
          checkpoint: limits.checkpoint,
        });
      } catch (error) {
        if (!(error instanceof DocumentRequestError)) throw error;
        throw new ApiProblem(error.status, 'invalid-request', {
          detail: error.detail[lang],
          errors: [{ field: error.field, reason: error.reason, in: 'body' }],
        });
      }
      const date = documentDate(request);
      // The documents' own bytes bound the answer (a zip is no larger; base64 in JSON a third more).
      const bytes = documents.reduce((sum, d) => sum + d.bytes.length, 0);
      limits.answer(format === 'json' ? Math.ceil(bytes / 3) * 4 : bytes);
      if (format === 'json') {
        return c.json(
          {
            kind,
            lang,
            documentDate: date,
            documents: await Promise.all(
              documents.map(async (doc) => ({
                kind: doc.kind,
                title: doc.title,
                id: doc.id,
                fileName: `${doc.fileName.readable}.docx`,
                contentType: DOCX_TYPE,
                sha256: await sha256Hex(doc.bytes),
                flows: doc.flows,
                placeholders: doc.placeholders,
                content: base64(doc.bytes),
              })),
            ),
          },
          200,
        );
      }
      return fileResponse(c, kind, documents, date, lang) as never;
    },
    caseErrorsHook(documentRequest, 'case.'),
  );
};
