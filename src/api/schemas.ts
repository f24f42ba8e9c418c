import { z } from '@hono/zod-openapi';
import { legalDate } from '../domain/dates.js';

/** Query parameters shared by the read routes. */
export const langQuery = z.enum(['sv', 'en']).optional().openapi({
  description: 'Answer language; without it Accept-Language decides, then English.',
  example: 'sv',
});

export const asOfQuery = legalDate.optional().openapi({
  description: 'The legal date the answer is given for (YYYY-MM-DD); default today (UTC).',
  example: '2026-11-01',
});

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), reason: z.string(), in: z.string().optional() }))
      .optional(),
  })
  .openapi('Problem');

export const problemContent = { 'application/problem+json': { schema: problemSchema } };

export const sourceSchema = z
  .object({
    title: z.string(),
    celex: z.string().optional(),
    oj: z.string().optional(),
    url: z.string().optional(),
  })
  .openapi('Source');

/** `?shape=lean` on the routes that answer an assessment (docs/lean-answer.md). */
export const shapeQuery = z.enum(['full', 'lean']).optional().openapi({
  description:
    '`full` (default): every text in place. `lean`: questions, citations, warning texts, SCC choices, decisions and pending developments said once, in dictionaries the flows refer to (`LeanAssessment`, docs/lean-answer.md); `expand()` (src/answer/expand.ts, and `/expand.js` for browsers) gives back the full answer.',
  example: 'lean',
});
