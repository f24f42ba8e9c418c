import type { MiddlewareHandler } from 'hono';
import { expect } from 'vitest';
import { createRouter, handleErrors } from '../../../src/api/app.js';

/** A small app per case, as Hono tests its middleware: one middleware, one route, the app's error path. */
export function smallApp(middleware: MiddlewareHandler) {
  const app = createRouter();
  handleErrors(app);
  app.use('*', middleware);
  app.all('/echo', (c) => c.text('passed'));
  return app;
}

export async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail?: string;
    errors?: { field: string; reason: string; in?: string }[];
  };
}
