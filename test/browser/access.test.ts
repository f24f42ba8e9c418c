import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, ready, type Server, screenshot, seriousViolations, startServer } from './harness.js';

/** The keyboard alone, the other language, the sign-in with bearer tokens, and the API reference page. */

let browser: Browser;
let open: Server;
let locked: Server;
const token = 'browser-suite-token-16';

beforeAll(async () => {
  [browser, open, locked] = await Promise.all([
    launchBrowser(),
    startServer(11652),
    startServer(11653, { TREDJELAND_API_TOKENS: token }),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([open?.stop(), locked?.stop()]);
});

async function newPage(locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** What has focus, and whether a visible outline marks it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      text: (el?.textContent ?? '').trim(),
      tag: el?.tagName ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

async function tabTo(page: Page, text: string | RegExp, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (typeof text === 'string' ? now.text === text : text.test(now.text)) return now;
  }
  throw new Error(`Tab never reached ${text}`);
}

describe('the keyboard alone', () => {
  it('reaches the skip link first, opens the example, assesses it and opens the trail, focus always visible', async () => {
    const page = await newPage('sv-SE');
    await page.goto(`${open.url}/`);
    await ready(page, 'start');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Hoppa till innehållet');

    const example = await tabTo(page, 'Öppna exemplet (skolplattform)');
    expect(example.outline).toMatch(/^solid [3-9]/);
    await page.keyboard.press('Enter');
    await ready(page, 'case');
    const assess = await tabTo(page, 'Bedöm ärendet');
    expect(assess.outline).toMatch(/^solid [3-9]/);
    await page.keyboard.press('Enter');
    await ready(page, 'verdicts');
    // After navigation focus lands on the page heading, so the next Tab continues in the page.
    expect((await focused(page)).tag).toBe('H1');
    const summary = await tabTo(page, 'Resonemanget steg för steg, med källor');
    expect(summary.outline).toMatch(/^solid [3-9]/);
    await page.keyboard.press('Enter');
    expect(await page.locator('section.card details').first().getAttribute('open')).not.toBeNull();
    await page.context().close();
  });
});

describe('languages', () => {
  it('answers in English for an English browser, and switches to Swedish by the button', async () => {
    const page = await newPage('en-GB');
    await page.goto(`${open.url}/`);
    await ready(page, 'start');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Transfers of personal data to third countries',
    );
    await page.getByRole('button', { name: 'Open the example (school platform)' }).click();
    await page.getByRole('link', { name: 'Assessment' }).click();
    await ready(page, 'verdicts');
    await expect(page.locator('section.card').first().textContent()).resolves.toContain('SCC module 2');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'verdicts-en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await ready(page, 'verdicts');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expect(page.locator('section.card').first().textContent()).resolves.toContain('SCC modul 2');
    await page.context().close();
  });
});

describe('sign-in when the service requires bearer tokens', () => {
  it('asks for the token, refuses a wrong one beside the field, keeps the right one in this tab only', async () => {
    const page = await newPage('sv-SE');
    await page.goto(`${locked.url}/`);
    await ready(page, 'sign-in');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
    const field = page.getByLabel('Åtkomstnyckel');
    await field.fill('not-the-token');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Nyckeln godtogs inte');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');

    await field.fill(token);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await ready(page, 'start');
    expect(await page.evaluate(() => sessionStorage.getItem('tl-token'))).toBe(token);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(token);
    await page.getByRole('button', { name: 'Öppna exemplet (skolplattform)' }).click();
    await page.getByRole('link', { name: 'Karta' }).click();
    await ready(page, 'map');
    await expect(page.locator('figure.map svg').textContent()).resolves.toContain('f1: SCC modul 2');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await ready(page, 'sign-in');
    expect(await page.evaluate(() => sessionStorage.getItem('tl-token'))).toBeNull();
    await page.context().close();
  });
});

describe('the API reference page', () => {
  it('/docs has no serious or critical accessibility violation', async () => {
    const page = await newPage('en-GB');
    await page.goto(`${open.url}/docs`);
    await page.locator('details').first().waitFor();
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await page.context().close();
  });
});

describe('what is served', () => {
  it('keeps _headers private and never answers an API path with the app', async () => {
    const headers = await fetch(`${open.url}/_headers`);
    expect(headers.status).toBe(404);
    const api = await fetch(`${open.url}/v1/nothing-here`);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    const index = await fetch(`${open.url}/`);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });
});
