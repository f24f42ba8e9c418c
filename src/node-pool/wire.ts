import { ApiProblem, asApiProblem } from '../api/problem.js';

/**
 * What a worker thread sends back when heavy work fails: a problem as its parts (status, kind, extra,
 * headers), so that the main thread throws the very ApiProblem the work threw; anything else as a
 * message, which the app answers as a logged 500, as it would have in its own thread.
 */
export type WireFailure =
  | {
      problem: {
        status: ApiProblem['status'];
        kind: ApiProblem['kind'];
        extra: ApiProblem['extra'];
        headers: Record<string, string>;
      };
    }
  | { error: string };

export function failureToWire(error: unknown): WireFailure {
  const problem = asApiProblem(error);
  if (problem) {
    const { status, kind, extra, headers } = problem;
    return { problem: { status, kind, extra, headers } };
  }
  return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

export function failureFromWire(failure: WireFailure): Error {
  if ('problem' in failure) {
    const { status, kind, extra, headers } = failure.problem;
    return new ApiProblem(status, kind, extra, headers);
  }
  return new Error(`heavy work failed in a worker thread: ${failure.error}`);
}
