// The Workers bound, observed in workerd: the heaviest requests the Worker's limits allow (defaults of
// src/worker.ts: one heavy request per isolate, answers of at most 16 MiB, flows × documents ≤ 4000,
// 1,000 flows at most) sent to the minified Worker bundle (`wrangler deploy --dry-run --minify`) in a
// workerd whose V8 heap is capped with `--max-heap-size` (workerd's `v8Flags`). V8 stops the process when
// an isolate's heap passes the cap, so a run that answers every request shows that the heap stayed below
// it. The caps go down from 128 MB until a run fails, which shows that the flag binds and where the need
// lies. workerd's resident memory (VmHWM) is reported beside it: it includes the runtime itself, and the
// answers' bytes, which live outside the V8 heap.
// Usage: npx tsx bench/workerd-memory.ts   (BENCH_WORKERD_PORT, default 11840; loopback only)
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { caseWithFlows } from './cases.js';
import { buildBundle } from './workerd-documents.js';

const port = Number(process.env.BENCH_WORKERD_PORT ?? 11_840);
const workerd = join('node_modules', '@cloudflare', 'workerd-linux-64', 'bin', 'workerd');
const caps = (process.env.WORKERD_HEAP_CAPS ?? '128,64,48,32,24').split(',').map(Number);

/** The requests: path and body, each the heaviest of its kind the limits let through. */
function heaviest(): { name: string; path: string; body: string }[] {
  const assessment = JSON.stringify(caseWithFlows(1000));
  return [
    { name: 'assessment, 1,000 flows, full (sv)', path: '/v1/assessments?lang=sv', body: assessment },
    { name: 'assessment, 1,000 flows, lean', path: '/v1/assessments?shape=lean', body: assessment },
    // A bundle of caseWithFlows(100) is 40 documents: 100 × 40 = 4,000, the most TREDJELAND_MAX_WORK allows
    // (110 flows make 43 documents, 4,730: refused with 422).
    {
      name: 'bundle, 100 flows × 40 documents (zip)',
      path: '/v1/documents/bundle?lang=sv',
      body: JSON.stringify({ case: caseWithFlows(100) }),
    },
    {
      name: 'bundle, 100 flows × 40 documents, format=json',
      path: '/v1/documents/bundle?format=json',
      body: JSON.stringify({ case: caseWithFlows(100) }),
    },
  ];
}

function config(script: string, cap: number): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ ( name = "http", address = "127.0.0.1:${port}", http = (), service = "main" ) ],
  v8Flags = [ "--max-heap-size=${cap}" ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "${basename(script)}") ],
  compatibilityDate = "2026-04-01",
  bindings = [ (name = "TREDJELAND_LOG", text = "off") ],
);
`;
}

function memoryKiB(pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}

async function runAt(script: string, cap: number) {
  const file = join(dirname(script), `config-${cap}.capnp`);
  writeFileSync(file, config(script, cap));
  let stderr = '';
  const child: ChildProcess = spawn(workerd, ['serve', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = once(child, 'exit');
  const results: Record<string, unknown>[] = [];
  try {
    for (const until = Date.now() + 60_000; ; ) {
      if (Date.now() > until) throw new Error('workerd did not answer within 60 s');
      if (
        await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const idleKiB = memoryKiB(child.pid, 'VmRSS');
    for (const request of heaviest()) {
      const res = await fetch(`http://127.0.0.1:${port}${request.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body,
      }).catch((error: Error) => error);
      const bytes = res instanceof Response ? (await res.arrayBuffer()).byteLength : 0;
      results.push({
        request: request.name,
        status: res instanceof Response ? res.status : `no answer (${res.message})`,
        answerMiB: Math.round((bytes / 2 ** 20) * 10) / 10,
        workerdPeakMiB: Math.round(memoryKiB(child.pid, 'VmHWM') / 1024),
      });
      if (!(res instanceof Response)) break;
    }
    return {
      heapCapMB: cap,
      workerdIdleMiB: Math.round(idleKiB / 1024),
      results,
      alive: child.exitCode === null,
    };
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      child.kill('SIGKILL');
    }
    const fatal = stderr.match(/Fatal[^\n]*|out of memory[^\n]*/i)?.[0];
    if (fatal) results.push({ workerdSaid: fatal.slice(0, 200) });
  }
}

const { dir, script } = buildBundle();
try {
  const runs = [];
  for (const cap of caps) runs.push(await runAt(script, cap));
  console.log(JSON.stringify(runs, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
