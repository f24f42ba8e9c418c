/**
 * A request the documents cannot be drafted from as it stands: conflicting choices, a kind that applies to
 * none of the selected flows, several SCC sets where one was asked for. The API answers it with a 4xx
 * naming the field; it is never a server error.
 */
export class DocumentRequestError extends Error {
  override name = 'DocumentRequestError';
  constructor(
    readonly status: 400 | 422,
    readonly field: string,
    readonly reason: string,
    readonly detail: { sv: string; en: string },
  ) {
    super(detail.en);
  }
}
