import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, ready, type Server, screenshot, seriousViolations, startServer } from './harness.js';

/**
 * The register part of the journey: save the school case, find it in the register, open it with its
 * history, run "the DPF decision falls" and see the flow it hits. The register (issue 15) answers on
 * /v1/cases; on a service without it these tests cannot run and say so by skipping.
 */

let browser: Browser;
let server: Server;
let page: Page;
let hasRegister = false;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer(11654)]);
  hasRegister = (await fetch(`${server.url}/v1/cases`)).status === 200;
  const context = await browser.newContext({
    locale: 'sv-SE',
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function accessible(label: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe('the register', () => {
  it('saves the school case from the editor', async (ctx) => {
    if (!hasRegister) ctx.skip();
    await page.goto(`${server.url}/`);
    await ready(page, 'start');
    await page.getByRole('button', { name: 'Öppna exemplet (skolplattform)' }).click();
    await ready(page, 'case');
    // The DPF facts of the US platform: certified for non-HR data, so the first flow rests on the DPF.
    const party = page.locator('fieldset[id^="party-"]').nth(1);
    await party.getByLabel('Kontrollerat').check();
    await ready(page, 'case');
    await page
      .locator('fieldset[id^="party-"]')
      .nth(1)
      .getByLabel('Aktiv certifiering i EU-USA-ramen (DPF)')
      .check();
    await page
      .locator('fieldset[id^="party-"]')
      .nth(1)
      .getByLabel('Certifierad för andra uppgifter än HR')
      .check();
    await page
      .locator('fieldset[id^="flow-"]')
      .nth(0)
      .getByLabel('HR-uppgifter (om anställda)?')
      .selectOption({ label: 'Nej' });
    await page.getByRole('button', { name: 'Spara i registret' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Sparat i registret' }).textContent(),
    ).resolves.toContain('version 1');
  });

  it('finds the case in the register, with its due date on the start page and its history', async (ctx) => {
    if (!hasRegister) ctx.skip();
    await page.getByRole('link', { name: 'Register' }).click();
    await ready(page, 'register');
    await page.getByLabel('Sök').fill('Indien');
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.getByRole('link', { name: 'Skolplattform med support i Indien' }).waitFor();
    await accessible('register');
    await screenshot(page, 'register');
    await page.getByRole('link', { name: 'Skolplattform med support i Indien' }).click();
    await ready(page, 'register');
    await expect(page.locator('main').textContent()).resolves.toContain('Version 1');
    await accessible('register case');
  });

  it('files a drafted memo with the saved case and lists it with the case', async (ctx) => {
    if (!hasRegister) ctx.skip();
    await page.getByRole('link', { name: 'Dokument' }).click();
    await ready(page, 'documents');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skapa utkast: Promemoria' }).click();
    await download;
    // Each drafted file has its own button; Chromium names it with a space before the hidden part.
    const fileButton = page.getByRole('button', { name: /^Arkivera i registret ?: .+\.docx$/ });
    const memo = ((await fileButton.textContent()) ?? '').replace(/^Arkivera i registret: /, '');
    expect(memo).toMatch(/\.docx$/);
    await fileButton.click();
    await page
      .getByRole('status')
      .filter({ hasText: `Arkiverat: ${memo}` })
      .waitFor();
    await accessible('documents, filed');
    await page.getByRole('link', { name: 'Visa ärendets arkiverade dokument' }).click();
    await ready(page, 'register');
    const filed = page.locator('main table', {
      has: page.locator('caption', { hasText: 'Arkiverade dokument' }),
    });
    await expect(filed.textContent()).resolves.toContain(memo);
    await expect(filed.textContent()).resolves.toContain('Promemoria (svenska)');
    // The filed bytes come back from the register as the DOCX that was drafted.
    const again = page.waitForEvent('download');
    await filed.getByRole('button', { name: /^Ladda ner ?: .+\.docx$/ }).click();
    const bytes = readFileSync(await (await again).path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await accessible('register case with filed documents');
    await screenshot(page, 'register-case');
  });

  it('runs "the DPF decision falls" and lists the flow it hits', async (ctx) => {
    if (!hasRegister) ctx.skip();
    await page.getByRole('link', { name: 'Tänk om' }).click();
    await ready(page, 'what-if');
    await page.getByLabel('Per datum *').fill('2027-06-01');
    // A date that is not one is refused beside its field, in Swedish, before anything is sent.
    const from = page.getByLabel('Beslutet upphör från och med');
    await from.fill('1/1/2027');
    await page.getByRole('button', { name: 'Bedöm på nytt' }).click();
    await expect(from.getAttribute('aria-invalid')).resolves.toBe('true');
    const errorId = (await from.getAttribute('aria-describedby'))?.split(' ').at(-1);
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toContain('ÅÅÅÅ-MM-DD');
    await from.fill('2027-01-01');
    await page.getByRole('button', { name: 'Bedöm på nytt' }).click();
    const table = page.locator('main table');
    await table.waitFor();
    // The first flow rested on the DPF (adequacy); with the decision gone it needs the SCCs.
    const row = table.locator('tr', { hasText: 'f1' });
    await expect(row.textContent()).resolves.toContain('Adekvat skyddsnivå');
    await expect(row.textContent()).resolves.toContain('Standardavtalsklausuler');
    await accessible('what-if');
    await screenshot(page, 'what-if');
  });
});
