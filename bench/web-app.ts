import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../test/browser/harness.js';
import { startServer } from './server.js';
import { type Benchmark, type BenchRow, percentile } from './types.js';

/**
 * The web app's first page: the bytes it loads (gzip, every file the page asks for, counted from what the
 * browser actually fetched) and the time to interactive from a cold browser (a new Chromium process with
 * an empty profile each time): navigation start to the start page rendered with its handlers bound
 * (the app's `tl-ready-start` performance mark), as the page's own clock gives it, and as wall time of
 * `goto` plus the wait. The machine's load average is printed beside it: on a shared 2-core machine it
 * dominates the figure.
 */
export const run: Benchmark = async () => {
  const server = await startServer(11660);
  const url = 'http://127.0.0.1:11660/';
  try {
    const inPage: number[] = [];
    const wall: number[] = [];
    let files: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: chromiumArgs,
      });
      const page = await browser.newPage({ locale: 'sv-SE' });
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      const navigated = performance.now();
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset.ready === 'start');
      const ms = await page.evaluate(
        () => performance.getEntriesByName('tl-ready-start')[0]?.startTime ?? Number.NaN,
      );
      wall.push(performance.now() - navigated);
      inPage.push(ms);
      files = requested;
      await browser.close();
      if (i === 0)
        process.stderr.write(`  first launch+load ${(performance.now() - started).toFixed(0)} ms\n`);
    }
    // The first page's own files (not API answers), as the browser asked for them.
    const assets = [...new Set(files)].filter((p) => !p.startsWith('/v1/'));
    let gzip = 0;
    let raw = 0;
    for (const path of assets) {
      const body = new Uint8Array(
        readFileSync(new URL(`../web${path === '/' ? '/index.html' : path}`, import.meta.url)),
      );
      raw += body.byteLength;
      gzip += gzipSync(body, { level: 6 }).byteLength;
    }
    const interactive = percentile(inPage, 50);
    const rows: BenchRow[] = [
      {
        name: `web app first page: ${assets.length} files (${assets.join(', ')})`,
        value: gzip / 1024,
        unit: 'KiB gzip',
        extra: { rawKiB: raw / 1024 },
        target: { text: '< 100 KiB gzip', met: gzip / 1024 < 100 },
      },
      {
        name: 'web app first page interactive, cold browser (5 fresh Chromium processes)',
        value: interactive,
        unit: 'ms median (navigation start to ready)',
        extra: {
          max: Math.max(...inPage),
          wallMedian: percentile(wall, 50),
          loadAverage: loadavg()[0] ?? Number.NaN,
        },
        target: { text: '≤ 1000 ms', met: interactive <= 1000 },
      },
    ];
    return rows;
  } finally {
    await server.stop();
  }
};
