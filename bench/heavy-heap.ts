import type { HeavyJob } from '../src/api/heavy-work.js';
import { workInProcess } from '../src/api/heavy-work.js';
import type { AssessmentCase } from '../src/domain/case.js';
import { caseWithFlows } from './cases.js';

// How much heap one heavy request needs (issue 18: the answer bound on Workers): run it under a heap
// ceiling and see whether it fits. The answer's bytes are ArrayBuffers, outside the V8 heap counted here
// (inside a Worker isolate's 128 MB they count too).
//   node --max-old-space-size=32 --import tsx bench/heavy-heap.ts assessment 1000
//   node --max-old-space-size=64 --import tsx bench/heavy-heap.ts bundle 200
const kind = process.argv[2] === 'bundle' ? 'bundle' : 'assessment';
const flows = Number(process.argv[3] ?? 1000);
const terms = { deadline: Date.now() + 600_000, timeoutMs: 600_000, maxWork: 1e7, maxAnswerBytes: 1e9 };
const input = caseWithFlows(flows) as AssessmentCase;
const job: HeavyJob =
  kind === 'assessment'
    ? { kind: 'assessment', input, lang: 'sv', detail: 'full', terms }
    : { kind: 'documents', document: 'bundle', format: 'docx', request: { case: input }, lang: 'sv', terms };
const answer = await workInProcess(job);
const heapMiB = Math.round(process.memoryUsage().heapUsed / 1048576);
console.log(JSON.stringify({ kind, flows, answerBytes: answer.body.length, heapMiBAfter: heapMiB }));
