import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, defaultConfig } from '../../src/api/config.js';

function refused(env: Record<string, string>) {
  try {
    configFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('configuration', () => {
  it('takes the defaults when nothing is set, or a variable is empty', () => {
    expect(configFromEnv({})).toEqual(defaultConfig);
    expect(configFromEnv({ TREDJELAND_API_TOKENS: '' })).toEqual(defaultConfig);
  });

  it('reads well-formed values', () => {
    const config = configFromEnv({
      TREDJELAND_API_TOKENS: 'first, second',
      TREDJELAND_CORS_ORIGINS: 'https://a.example,http://localhost:3000',
      TREDJELAND_MAX_BODY_BYTES: '1000000',
      TREDJELAND_TIMEOUT_MS: '2500',
      TREDJELAND_LOG: 'off',
      TREDJELAND_HEAVY_CONCURRENCY: '3',
      TREDJELAND_HEAVY_QUEUE: '0',
    });
    expect(config).toMatchObject({
      apiTokens: ['first', 'second'],
      corsOrigins: ['https://a.example', 'http://localhost:3000'],
      maxBodyBytes: 1_000_000,
      requestTimeoutMs: 2500,
      log: false,
      heavyConcurrency: 3,
      heavyQueue: 0,
    });
  });

  it('refuses a token list without tokens instead of turning auth off', () => {
    for (const tokens of [',', ' , ', 'a,,b']) {
      expect(refused({ TREDJELAND_API_TOKENS: tokens })).toEqual([
        expect.objectContaining({
          variable: 'TREDJELAND_API_TOKENS',
          reason: expect.stringMatching(/empty/),
        }),
      ]);
    }
  });

  it('refuses numbers that parseInt would misread, and timers Node cannot hold', () => {
    for (const [variable, value] of [
      ['TREDJELAND_MAX_BODY_BYTES', '1e6'],
      ['TREDJELAND_MAX_BODY_BYTES', '2.5'],
      ['TREDJELAND_TIMEOUT_MS', '10s'],
      ['TREDJELAND_TIMEOUT_MS', '99999999999'],
      ['TREDJELAND_TIMEOUT_MS', '0'],
      ['TREDJELAND_LOG', 'no'],
      ['TREDJELAND_CORS_ORIGINS', 'https://a.example/path'],
    ] as const) {
      expect(refused({ [variable]: value }).map((p) => p.variable)).toEqual([variable]);
    }
  });

  it('names every malformed variable at once, never the value', () => {
    const problems = refused({ TREDJELAND_API_TOKENS: 'Zq9secret,,', TREDJELAND_TIMEOUT_MS: '10s' });
    expect(problems.map((p) => p.variable).sort()).toEqual([
      'TREDJELAND_API_TOKENS',
      'TREDJELAND_TIMEOUT_MS',
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/Zq9secret|10s/);
  });
});

/** Runs the Node entry with `env` until it prints a line matching `until` or exits (30 s at most: a hang guard; tsx starts slowly on a loaded machine). */
function runNode(env: Record<string, string>, until: RegExp) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TREDJELAND_LOG: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer in 30 s: ${out} ${err}`));
    }, 30_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (until.test(out)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

describe('the Node entry', () => {
  it('refuses to start with a malformed variable, naming it', async () => {
    const { code, out, err } = await runNode({ TREDJELAND_API_TOKENS: ',' }, /listening/);
    expect(code).toBe(1);
    expect(out).not.toMatch(/listening/);
    expect(err).toMatch(/TREDJELAND_API_TOKENS/);
  }, 40_000);

  it('logs once whether auth is on and how many tokens, never the tokens', async () => {
    const { out } = await runNode({ TREDJELAND_API_TOKENS: 'tok-one,tok-two' }, /listening/);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.filter((l) => l.msg === 'configuration')).toEqual([
      expect.objectContaining({ auth: 'on', tokens: 2 }),
    ]);
    expect(out).not.toMatch(/tok-one|tok-two/);
  }, 40_000);
});
