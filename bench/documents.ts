import { Packer } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { assessForDocuments } from '../src/api/routes/documents.js';
import type { DocumentModel } from '../src/documents/blocks.js';
import { documentParts, fastDocx } from '../src/documents/docx/fast.js';
import { documentOf, stockDocx } from '../src/documents/docx/stock.js';
import { type DocumentKind, documentRequest, draftDocuments, planDocuments } from '../src/documents/index.js';
import { modelOf } from '../src/documents/render.js';
import { deflateEntry } from '../src/documents/zip.js';
import { fullDetails, sampleCaseWithTia } from '../test/documents/fixtures.js';
import { type Benchmark, type BenchRow, percentile } from './types.js';

/**
 * Render time of each document kind, and of the SCC execution pack (execution document with Annexes I–III,
 * module 2), against building the same blocks with docx the ordinary way (objects, then Packer). All in
 * process: the engine's assessment is made once beforehand, so the figures are the documents' own.
 */

const WARMUP = 30;
const SAMPLES = 300;

async function time(
  fn: () => unknown | Promise<unknown>,
  samples = SAMPLES,
): Promise<{ median: number; p99: number }> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return { median: percentile(times, 50), p99: percentile(times, 99) };
}

/** The sample case with a complete transfer impact assessment for the module 2 flow. */
function benchRequest() {
  const c = sampleCaseWithTia();
  return documentRequest.parse({ case: c, details: fullDetails, documentDate: '2026-11-15' });
}

export const run: Benchmark = async () => {
  const lang = 'sv' as const;
  const request = benchRequest();
  const assessed = assessForDocuments(request, lang);
  const context = {
    lang,
    date: '2026-11-15',
    request,
    assessment: assessed.assessment,
    tias: assessed.tias ?? new Map(),
  };
  const only = (flows: string[]) => ({ ...request, flows });
  const sccPlan = planDocuments('scc', { ...context, request: only(['moln-1']) })[0]!;
  const model: DocumentModel = modelOf(sccPlan, lang, context.date);

  // The first render decodes the stamps npm run build learnt from docx (once per language and process).
  const coldStart = performance.now();
  await fastDocx(model);
  const cold = performance.now() - coldStart;

  const rows: BenchRow[] = [];
  const kinds: { kind: DocumentKind | 'bundle'; flows?: string[]; label: string }[] = [
    { kind: 'scc', flows: ['moln-1'], label: 'SCC pack, module 2 (execution document + Annexes I–III)' },
    { kind: 'tia', flows: ['moln-1'], label: 'TIA report (Clause 14(d)), complete' },
    { kind: 'dpa', flows: ['drift-1'], label: 'Data processing agreement' },
    { kind: 'memo', label: 'Assessment memo, 6 flows' },
    { kind: 'bundle', label: 'Bundle: all 8 documents of the case (DOCX only, no zip)' },
  ];

  // Baseline: the same blocks, built as docx objects and packed by docx (its own zip, level 6 as ours).
  const stock = await time(() => stockDocx(model));
  const pack = await time(() => draftDocuments('scc', only(['moln-1']), assessed, lang));
  rows.push({
    name: 'stock docx, SCC pack blocks → objects → Packer (baseline)',
    value: stock.median,
    unit: 'ms median',
    extra: { p99: stock.p99 },
  });
  for (const { kind, flows, label } of kinds) {
    const figures =
      kind === 'scc'
        ? pack
        : await time(
            () => draftDocuments(kind, flows ? only(flows) : request, assessed, lang),
            kind === 'bundle' ? 60 : SAMPLES,
          );
    rows.push({
      name: `${label}, template → blocks → DOCX`,
      value: figures.median,
      unit: 'ms median',
      extra: { p99: figures.p99 },
      ...(kind === 'scc'
        ? {
            ratio: { against: 'stock docx', value: figures.median / stock.median },
            target: { text: '≤ 10 ms (Workers free plan CPU)', met: figures.median <= 10 },
          }
        : {}),
    });
  }

  // Where the time goes. Stock: building the objects, then Packer (serialising every part, then the zip).
  const build = await time(() => documentOf(model));
  const packer = await time(() => Packer.pack(documentOf(model), 'uint8array'));
  const packed = unzipSync(await Packer.pack(documentOf(model), 'uint8array'));
  const zipOnly = await time(() => zipSync(packed, { level: 6 }));
  const documentXml = packed['word/document.xml']!;
  rows.push(
    {
      name: 'stock: build docx objects (Document, paragraphs, tables)',
      value: build.median,
      unit: 'ms median',
    },
    {
      name: 'stock: Packer.pack (objects → XML → zip), including building',
      value: packer.median,
      unit: 'ms median',
      extra: { 'serialise ≈': packer.median - build.median - zipOnly.median },
    },
    {
      name: `stock: of which zip (fflate, ${Object.keys(packed).length} parts, ${(documentXml.length / 1024).toFixed(0)} KiB document.xml)`,
      value: zipOnly.median,
      unit: 'ms median',
      ratio: { against: 'Packer.pack', value: zipOnly.median / packer.median },
    },
  );

  // Fast: templates and blocks, assembling the XML from docx's own pieces, deflating what changed.
  const blocks = await time(() => modelOf(sccPlan, lang, context.date));
  const assemble = await time(() => documentParts(model));
  const parts = await documentParts(model);
  const deflate = await time(() =>
    Object.entries(parts).map(([path, xml]) => deflateEntry(path, strToU8(xml))),
  );
  rows.push(
    { name: 'fast: template → markup → blocks (SCC pack)', value: blocks.median, unit: 'ms median' },
    { name: 'fast: assemble XML parts from docx stamps', value: assemble.median, unit: 'ms median' },
    {
      name: 'fast: deflate the 5 parts that change (the rest deflated once)',
      value: deflate.median,
      unit: 'ms median',
    },
    {
      name: 'fast: first render in a process (stamps from the build decoded, code not yet optimised)',
      value: cold,
      unit: 'ms once',
    },
  );
  return rows;
};
