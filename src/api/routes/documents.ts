import { createRoute, z } from '@hono/zod-openapi';
import { documentRequest } from '../../documents/input.js';
import { DOCX_TYPE, documentKindNames } from '../../documents/kind-names.js';
import type { RouteModule } from '../app.js';
import { caseErrorsHook } from '../case-check.js';
import { exampleDocumentRequest } from '../examples.js';
import { answerResponse } from '../heavy-answer.js';
import { workInProcess } from '../heavy-work.js';
import { pickLang } from '../lang.js';
import { langQuery, problemContent } from '../schemas.js';

export { assessForDocuments } from '../heavy-work.js';

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

/** The route's query, also checked by the offload of raw bodies on Node (src/api/heavy-offload.ts). */
export const draftQuery = z.object({ lang: langQuery, format: formatQuery });

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
    query: draftQuery,
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

export const documentRoutes: RouteModule = (app) => {
  app.openapi(
    draft,
    async (c) => {
      const lang = pickLang(c);
      const { kind: document } = c.req.valid('param');
      const format = c.req.valid('query').format ?? 'docx';
      const request = c.req.valid('json');
      // The work runs where the app was told to run it (a worker thread on Node), with this request's limits.
      const work = c.get('work') ?? workInProcess;
      const answer = await work({
        kind: 'documents',
        document,
        format,
        request,
        lang,
        terms: c.get('limits').terms,
      });
      return answerResponse(c, answer) as never;
    },
    caseErrorsHook(documentRequest, 'case.'),
  );
};
