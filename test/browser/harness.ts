import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/**
 * The browser suite's pieces: the real service on Node (src/node.ts, as `npm start` runs it), Debian's
 * Chromium driven by playwright-core, axe-core run inside the page, screenshots kept in docs/screenshots.
 */

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const screenshotDir = new URL('../../docs/screenshots/', import.meta.url).pathname;

// Flags as the machine notes give them: no sandbox as root, and no background networking (the network is
// closed; Chromium would otherwise keep trying to reach Google's hosts).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A Swedish browser: date fields read yyyy-mm-dd as Swedes write them.
  '--lang=sv-SE',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Start the service on a port of this range (11600-11699) and wait until it answers. Its case
 * register (where the service has one) is a fresh SQLite file of its own.
 */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TREDJELAND_LOG: 'off',
      TREDJELAND_DB: join(mkdtempSync(join(tmpdir(), 'tredjeland-browser-')), 'register.db'),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Up to a minute: tsx compiles the service on start, slow on a loaded machine.
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core's WCAG 2.1 A/AA rules on the page as it stands. Injected through the debugging protocol, which
 * the page's CSP does not govern (a script tag would be refused, as it should be).
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the injected script defines.
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map(
      (v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }),
    );
  });
}

/** The violations that block: serious and critical. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(screenshotDir, { recursive: true });
  return page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true, timeout: 30_000 });
}

/** Console messages about the Content-Security-Policy: any at all means the page broke its own policy. */
export function watchCsp(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) seen.push(msg.text());
  });
  return seen;
}

/** Wait until the app has rendered the page a hash route names. */
export async function ready(page: Page, route: string): Promise<void> {
  await page.waitForFunction((r) => document.body.dataset.ready === r, route, { timeout: 15000 });
}
