import { z } from 'zod';
import { documentDetails } from '../documents/input.js';
import { flow, party } from '../domain/case.js';
import { legalDate } from '../domain/dates.js';
import { caseReasons } from '../engine/validate-case.js';

/**
 * The case as far as it is known: the body of `POST /v1/interview`. The same fields as the case of
 * `/v1/assessments` plus the `details` of `/v1/documents`, validated the same way; while the interview
 * runs a party needs only its `id` and a flow only its `id`, and the interview asks for the rest.
 */

export const draftParty = party.partial({ name: true, type: true });
export type DraftParty = z.infer<typeof draftParty>;

export const draftFlow = flow.partial({ from: true, to: true, fromRole: true, toRole: true });
export type DraftFlow = z.infer<typeof draftFlow>;

export const interviewCase = z.strictObject({
  asOf: legalDate
    .optional()
    .describe(
      'The legal date the verdicts are given for (YYYY-MM-DD). Without it, today (UTC); the answer pins it in `case.asOf`, so the following requests assess on the same day: change it there to assess on another.',
    ),
  parties: z.array(draftParty).max(2000).optional().describe('Everyone who sends or receives the data'),
  flows: z
    .array(draftFlow)
    .max(1000)
    .optional()
    .describe('Each flow of personal data from one party to another'),
  details: documentDetails.optional(),
});
export type InterviewCase = z.infer<typeof interviewCase>;

export interface DraftFieldError {
  field: string;
  reason: string;
}

/**
 * References between parts of a case as sent, read without trusting its shape: duplicate ids, flows from or
 * to a party the case does not have, details for a party or flow it does not have. Run even when the
 * schema refuses the body, so every error is reported at once.
 */
export function referenceErrors(body: unknown, lang: 'sv' | 'en' = 'en'): DraftFieldError[] {
  const errors: DraftFieldError[] = [];
  const say = caseReasons[lang];
  if (typeof body !== 'object' || body === null) return errors;
  const { parties, flows, details } = body as Record<string, unknown>;
  const ids = (list: unknown, at: string, kind: 'party' | 'flow') => {
    const seen = new Map<string, number>();
    if (!Array.isArray(list)) return seen;
    list.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      if (seen.has(id))
        errors.push({ field: `${at}[${i}].id`, reason: say.duplicate(kind, id, `${at}[${seen.get(id)}]`) });
      else seen.set(id, i);
    });
    return seen;
  };
  const partyIds = ids(parties, 'parties', 'party');
  const flowIds = ids(flows, 'flows', 'flow');
  if (Array.isArray(flows)) {
    flows.forEach((item, i) => {
      for (const end of ['from', 'to'] as const) {
        const id = (item as Record<string, unknown> | null)?.[end];
        if (typeof id === 'string' && !partyIds.has(id))
          errors.push({ field: `flows[${i}].${end}`, reason: say.noParty(id) });
      }
    });
  }
  const keys = (record: unknown) =>
    typeof record === 'object' && record !== null ? Object.keys(record as object) : [];
  const d = (details ?? {}) as Record<string, unknown>;
  for (const id of keys(d.parties))
    if (!partyIds.has(id)) errors.push({ field: `details.parties.${id}`, reason: say.noKey('party') });
  for (const id of keys(d.flows))
    if (!flowIds.has(id)) errors.push({ field: `details.flows.${id}`, reason: say.noKey('flow') });
  return errors;
}
