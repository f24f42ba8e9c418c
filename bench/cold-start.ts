import { startServer } from './server.js';
import { type Benchmark, percentile } from './types.js';

/** Node process start to the first answered request, as `npm start` runs it (tsx, no build cache). */
export const run: Benchmark = async () => {
  const samples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const server = await startServer(18_900 + i);
    samples.push(server.startupMs);
    await server.stop();
  }
  return [
    {
      name: 'cold start: Node process to first answer (5 starts)',
      value: percentile(samples, 50),
      unit: 'ms median',
      extra: { min: Math.min(...samples), max: Math.max(...samples) },
    },
  ];
};
