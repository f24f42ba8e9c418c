import { z } from 'zod';
import { isoDate, localized, source } from '../data/schema.js';

/**
 * The Data Privacy Framework participant list as the service keeps it: one entry per organisation, with
 * its status in each of the three frameworks, and a header saying which list this is and when it was read.
 */

/** `none`: the organisation does not take part in that framework. */
export const frameworkStatus = z.enum(['active', 'inactive', 'none']);
export type FrameworkStatus = z.infer<typeof frameworkStatus>;

export const frameworkNames = ['euUs', 'ukExtension', 'swissUs'] as const;
export type FrameworkName = (typeof frameworkNames)[number];

export const frameworkStatuses = z.strictObject({
  /** EU-U.S. Data Privacy Framework: the one Implementing Decision (EU) 2023/1795 relies on. */
  euUs: frameworkStatus,
  /** UK Extension to the EU-U.S. DPF: for transfers from the United Kingdom (and Gibraltar). */
  ukExtension: frameworkStatus,
  /** Swiss-U.S. Data Privacy Framework: for transfers from Switzerland. */
  swissUs: frameworkStatus,
});
export type FrameworkStatuses = z.infer<typeof frameworkStatuses>;

export const dpfEntryId = z
  .string()
  .min(1)
  .max(140)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes');

export const dpfEntry = z.strictObject({
  id: dpfEntryId,
  /** The organisation's name as the list gives it. */
  name: z.string().trim().min(1).max(500),
  /** Other names the list gives (trade names, former names, covered subsidiaries). */
  otherNames: z.array(z.string().trim().min(1).max(500)).max(200),
  frameworks: frameworkStatuses,
  /** The certification covers human-resources data (data about the organisation's own employees). */
  hrData: z.boolean(),
  /** The certification covers data other than HR data. */
  nonHrData: z.boolean(),
  originalCertification: isoDate.optional(),
  nextCertificationDue: isoDate.optional(),
  /** The US body with jurisdiction over the participant, e.g. the Federal Trade Commission. */
  enforcementBody: z.string().trim().min(1).max(200).optional(),
  /** The entry's page on the official list. */
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type DpfEntry = z.infer<typeof dpfEntry>;

export const dpfListCounts = z.strictObject({
  /** Data rows read from the imported file. */
  rows: z.number().int().min(0),
  accepted: z.number().int().min(0),
  rejected: z.number().int().min(0),
  duplicates: z.number().int().min(0),
});
export type DpfListCounts = z.infer<typeof dpfListCounts>;

export const dpfListMeta = z.strictObject({
  id: z.literal('dpf-participants'),
  title: localized,
  /** The date the list was read off the official site: statuses are as of this day. */
  listDate: isoDate,
  source,
  /**
   * A sample of invented organisations shipped for trying the service: nothing may be concluded from it
   * about any real organisation, and every answer that uses it says so.
   */
  sample: z.boolean(),
  /** When the import ran (ISO 8601 date-time). */
  importedAt: z.iso.datetime(),
  counts: dpfListCounts,
  note: localized.optional(),
});
export type DpfListMeta = z.infer<typeof dpfListMeta>;

export const dpfListFile = z.strictObject({
  meta: dpfListMeta,
  entries: z.array(dpfEntry),
});
export type DpfListFile = z.infer<typeof dpfListFile>;

/** The page of the official list. It is an interactive search; a query-string form is not documented. */
export const officialListUrl = 'https://www.dataprivacyframework.gov/list';
