import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseWithFlows } from '../../bench/cases.js';
// @ts-expect-error: a build script, without types of its own.
import { webExpandSource } from '../../scripts/web-expand.mjs';
import { createApp } from '../../src/api/index.js';
// @ts-expect-error: plain JavaScript served to browsers, without types of its own.
import { expand as webExpand } from '../../web/expand.js';

/** The web app expands the lean answer with the server's own `expand`, stripped of its types. */
describe('web/expand.js', () => {
  it('is src/answer/expand.ts as the build writes it', async () => {
    expect(readFileSync(new URL('../../web/expand.js', import.meta.url), 'utf8')).toBe(
      await webExpandSource(),
    );
  });

  it('expands a lean answer to the full one', async () => {
    const app = createApp({ config: { log: false } });
    const post = async (query: string) =>
      (
        await app.request(`/v1/assessments?lang=sv${query}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(caseWithFlows(12)),
        })
      ).text();
    const full = await post('');
    expect(JSON.stringify(webExpand(JSON.parse(await post('&shape=lean'))))).toBe(full);
  });
});
