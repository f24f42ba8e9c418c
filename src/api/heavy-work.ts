import { sha256Hex } from '../documents/bundle.js';
import { contentDisposition } from '../documents/filenames.js';
import type { AssessedCase, DocumentKind, DocumentRequest, RenderedDocument } from '../documents/index.js';
import { documentRequest, withDetailsBeside } from '../documents/input.js';
import { DOCX_TYPE } from '../documents/kind-names.js';
import { type AssessmentCase, assessmentCase } from '../domain/case.js';
import { today } from '../domain/dates.js';
import { assessCase, assessGrouped } from '../engine/assess.js';
import { renderAssessment, renderAssessmentBytes, renderLeanAssessmentBytes } from '../engine/render.js';
import { assertCaseHolds, caseFromBody } from './case-check.js';
import type { Lang } from './lang.js';
import { bodyProblem } from './middleware/json-body/index.js';
import { decodeUtf8, JsonBodyError, parseStrictJson } from './middleware/json-body/strict-json.js';
import { limitsFor, type WorkTerms } from './middleware/work-limits/index.js';
import { ApiProblem } from './problem.js';

/**
 * The work of the heavy routes (assessments and documents) as plain data in, bytes and headers out, so
 * that it can run in the request's own thread (Workers, tests) or in a worker thread (Node's pool,
 * src/node-pool) with the same answer to the byte. Problems are thrown as ApiProblem in either place.
 */
export type HeavyJob = (
  | ({
      kind: 'assessment';
      lang: 'sv' | 'en';
      detail: 'full' | 'summary';
      /** `lean`: the answer with dictionaries (docs/lean-answer.md); default the full shape. */
      shape?: 'full' | 'lean';
      terms: WorkTerms;
    } & ({ input: AssessmentCase } | RawBody))
  | ({
      kind: 'documents';
      document: DocumentKind | 'bundle';
      format: 'docx' | 'json';
      lang: 'sv' | 'en';
      terms: WorkTerms;
    } & ({ request: DocumentRequest } | RawBody))
) & {
  /**
   * The request passed admission without a turn (a small case: tens of ms of work). Node's pool gives
   * such jobs a thread of their own, so they do not wait behind heavy ones (src/node-pool/pool.ts).
   */
  light?: boolean;
};

/**
 * The request body as it came, not yet read: on Node the main thread only forwards the bytes, and the
 * worker thread reads them strictly (UTF-8, one key per object) and validates them against the route's
 * schema, answering the same problems the main thread would (requireJsonBody, caseErrorsHook).
 */
export interface RawBody {
  body: Uint8Array;
}

/** The body's value, read as requireJsonBody reads it. */
function readBody(body: Uint8Array, lang: Lang): unknown {
  try {
    return parseStrictJson(decodeUtf8(body));
  } catch (error) {
    throw error instanceof JsonBodyError ? bodyProblem(lang, error.fault) : error;
  }
}

/** A 200 answer: the body's bytes and its headers. */
export interface HeavyAnswer {
  body: Uint8Array;
  headers: Record<string, string>;
  /**
   * Set when `body` is a view into memory that is reused once released (an answer slot of Node's pool):
   * call it once the bytes have been written or never will be. `answerBytes` (heavy-answer.ts) does.
   */
  release?: () => void;
}

/** Where heavy work runs: `workInProcess`, or a pool of threads doing the same. */
export type HeavyWork = (job: HeavyJob) => Promise<HeavyAnswer>;

export const workInProcess: HeavyWork = async (job) =>
  job.kind === 'assessment' ? assessmentAnswer(job) : documentAnswer(job);

const ZIP_TYPE = 'application/zip';
const HEADER_LIMIT = 4096;

/**
 * The documents' code (views, templates, docx stamps: most of the Node entry's size) loaded at the first
 * document request, not at start: the Node entry keeps it in a chunk of its own, the Worker evaluates it then.
 */
let documentsModule: Promise<typeof import('../documents/index.js')> | undefined;
const loadDocuments = () => {
  documentsModule ??= import('../documents/index.js');
  return documentsModule;
};

function assessmentAnswer(job: Extract<HeavyJob, { kind: 'assessment' }>): HeavyAnswer {
  const { lang, detail } = job;
  const input = 'input' in job ? job.input : caseFromBody(assessmentCase, readBody(job.body, lang), lang);
  const limits = limitsFor(job.terms);
  const asOf = input.asOf ?? today();
  assertCaseHolds(input, asOf, lang);
  // Like flows are assessed and rendered once, straight to the UTF-8 of the JSON answer (see
  // renderAssessmentBytes).
  limits.claim(input.flows.length, 1);
  const grouped = assessGrouped(input, asOf, limits.checkpoint);
  const body =
    job.shape === 'lean'
      ? renderLeanAssessmentBytes(grouped, lang, detail)
      : renderAssessmentBytes(grouped, lang, detail);
  limits.answer(body.length);
  return { body, headers: { 'Content-Type': 'application/json' } };
}

/** The engine's verdicts in the document language, and its TIAs in both. */
export function assessForDocuments(
  request: DocumentRequest,
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

async function documentAnswer(job: Extract<HeavyJob, { kind: 'documents' }>): Promise<HeavyAnswer> {
  const { document: kind, format, lang } = job;
  const sent =
    'request' in job ? job.request : caseFromBody(documentRequest, readBody(job.body, lang), lang, 'case.');
  const request = withDetailsBeside(sent);
  const limits = limitsFor(job.terms);
  const assessed = assessForDocuments(request, lang, limits.checkpoint);
  const { DocumentRequestError, bundleZip, documentDate, draftDocuments } = await loadDocuments();
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
    const described = {
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
    };
    // What Hono's c.json sends: JSON.stringify as UTF-8, Content-Type application/json.
    return {
      body: new TextEncoder().encode(JSON.stringify(described)),
      headers: { 'Content-Type': 'application/json' },
    };
  }
  if (kind !== 'bundle') {
    const doc = documents[0]!;
    return {
      body: doc.bytes,
      headers: {
        'Content-Type': DOCX_TYPE,
        'Content-Disposition': contentDisposition(doc.fileName, 'docx'),
        'X-Tredjeland-Document-Id': doc.id,
        'X-Tredjeland-Document-Sha256': await sha256Hex(doc.bytes),
        ...placeholderHeaders(doc.placeholders),
      },
    };
  }
  const { bytes: zip } = await bundleZip(documents, date);
  const all = documents.flatMap((d) => d.placeholders);
  return {
    body: zip,
    headers: {
      'Content-Type': ZIP_TYPE,
      'Content-Disposition': contentDisposition(
        { ascii: `${lang === 'sv' ? 'dokument' : 'documents'}-${date}`, readable: `Tredjeland ${date}` },
        'zip',
      ),
      'X-Tredjeland-Document-Sha256': await sha256Hex(zip),
      ...placeholderHeaders([...new Set(all)]),
    },
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
