import { startServer } from './server.js';
import { type Benchmark, percentile } from './types.js';

/**
 * Process start to the first answered request, three ways, alternated so that background load on this
 * shared machine falls on each alike: `npm start` exactly as a user runs it (the build is up to date, so
 * it only checks), the built entry alone (what `npm start` runs after that check), and the TypeScript
 * entry through tsx (how the service started before the built entry).
 */
export const run: Benchmark = async () => {
  const ways = {
    npmStart: { command: 'npm', args: ['start', '--silent'] },
    builtEntry: { command: process.execPath, args: ['dist/node/server.mjs'] },
    tsx: { entry: 'src/node.ts' },
  } as const;
  const samples: Record<keyof typeof ways, number[]> = { npmStart: [], builtEntry: [], tsx: [] };
  // The built entry's own CPU to its first answer: steadier than the wall time on a loaded machine.
  const builtEntryCpu: number[] = [];
  const port = Number(process.env.BENCH_PORT ?? 18_900);
  for (let i = 0; i < 5; i += 1) {
    for (const [name, how] of Object.entries(ways) as [
      keyof typeof ways,
      (typeof ways)[keyof typeof ways],
    ][]) {
      const server = await startServer(port + i, how);
      samples[name].push(server.startupMs);
      if (name === 'builtEntry' && server.startupCpuMs !== undefined) builtEntryCpu.push(server.startupCpuMs);
      await server.stop();
    }
  }
  const row = (name: string, list: number[], target?: number) => ({
    name,
    value: percentile(list, 50),
    unit: 'ms median',
    extra: { min: Math.min(...list), max: Math.max(...list) },
    ...(target ? { target: { text: `≤ ${target} ms`, met: percentile(list, 50) <= target } } : {}),
  });
  return [
    row('cold start: `npm start` to first answer, build up to date (5 starts)', samples.npmStart),
    row('cold start: built entry (dist/node/server.mjs) to first answer (5 starts)', samples.builtEntry, 300),
    row('cold start: TypeScript entry through tsx to first answer (5 starts)', samples.tsx),
    ...(builtEntryCpu.length > 0
      ? [
          {
            ...row(
              'cold start: built entry, its CPU (user + system) to first answer (5 starts)',
              builtEntryCpu,
            ),
            unit: 'ms CPU median',
          },
        ]
      : []),
  ];
};
