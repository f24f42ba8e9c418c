import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import type { CaseRegister } from '../register/port.js';
import { type AppEnv, type AppOptions, createRouter, handleErrors, type RouteModule } from './app.js';
import { defaultConfig, type ServiceConfig } from './config.js';
import { copiedOutOfSlots } from './heavy-answer.js';
import { offloadHeavy } from './heavy-offload.js';
import type { HeavyWork } from './heavy-work.js';
import { admission } from './middleware/admission/index.js';
import { bearerAuth } from './middleware/auth/index.js';
import { bodyLimit } from './middleware/body-limit/index.js';
import { requireJsonBody } from './middleware/json-body/index.js';
import { requestContext } from './middleware/request-context/index.js';
import { timeoutProblem, workLimits } from './middleware/work-limits/index.js';
import { safeLang } from './problem.js';
import { adequacyRoutes } from './routes/adequacy.js';
import { assessmentRoutes } from './routes/assessments.js';
import { caseRoutes } from './routes/cases.js';
import { countryRoutes } from './routes/countries.js';
import { documentRoutes } from './routes/documents.js';
import { dpfRoutes } from './routes/dpf.js';
import { interviewRoutes } from './routes/interview.js';
import { mapRoutes } from './routes/map.js';
import { rolesRoutes } from './routes/roles.js';
import { systemRoutes } from './routes/system.js';
import { tiaRoutes } from './routes/tia.js';
import { wizardRoutes } from './routes/wizard.js';

export const productVersion = '0.1.0';

/** Every area of the API; each registers its own routes. */
const modules: RouteModule[] = [
  systemRoutes,
  countryRoutes,
  adequacyRoutes,
  dpfRoutes,
  tiaRoutes,
  assessmentRoutes,
  rolesRoutes,
  wizardRoutes,
  interviewRoutes,
  documentRoutes,
  mapRoutes,
];

export interface CreateAppOptions extends AppOptions {
  config?: Partial<ServiceConfig>;
  /**
   * The case register (src/register): SQLite on Node, D1 on Workers, or a function that finds it for a
   * request (a Worker's D1 binding). Without one, /v1/cases answers 503.
   */
  register?: CaseRegister | ((c: Context<AppEnv>) => CaseRegister | undefined);
  /**
   * Where assessments and documents are worked on: on Node a pool of worker threads (src/node-pool), so
   * that the event loop stays free for /healthz and light routes. Without it, in the request's own thread.
   */
  heavyWork?: HeavyWork;
}

/** The one Hono app that both entries (Node and Workers) serve. */
export function createApp(options: CreateAppOptions = {}) {
  const { config: overrides, register, heavyWork, ...appOptions } = options;
  const config: ServiceConfig = { ...defaultConfig, ...overrides };
  const settings: Required<AppOptions> = { version: productVersion, ...appOptions };
  const app = createRouter();
  handleErrors(app);

  app.use('*', requestContext(config.log));
  app.use('*', secureHeaders({ crossOriginResourcePolicy: false }));
  if (config.corsOrigins.length > 0) {
    const origin = config.corsOrigins.includes('*') ? '*' : config.corsOrigins;
    app.use(
      '*',
      cors({ origin, exposeHeaders: ['x-request-id', 'x-tredjeland-placeholders', 'content-disposition'] }),
    );
  }
  // /healthz, /docs and /openapi.json stay open; the API itself needs a token when tokens are set.
  if (config.apiTokens.length > 0) app.use('/v1/*', bearerAuth(config.apiTokens));
  app.use('/v1/*', bodyLimit(config.maxBodyBytes));
  app.use(
    '/v1/*',
    timeout(config.requestTimeoutMs, (c) => timeoutProblem(config.requestTimeoutMs, safeLang(c))),
  );
  app.use(
    '/v1/*',
    workLimits({
      timeoutMs: config.requestTimeoutMs,
      maxWork: config.maxWork,
      maxAnswerBytes: config.maxAnswerBytes,
    }),
  );
  // Assessments and documents are the heavy routes, and so are the interview and the wizards (each runs
  // the engine over the whole case): a few at once, a short queue, then 503. A small body can still be
  // heavy where documents multiply the work (flows × documents, up to TREDJELAND_MAX_WORK): every bundle
  // takes a turn (a 6 KB, 40-flow bundle is a second of work), and other documents from 2 KiB (about ten
  // flows). The engine's routes grow with the case alone: under 16 KiB (about 100 flows, tens of ms) they
  // pass without a turn.
  const heavy = admission({
    concurrency: config.heavyConcurrency,
    queue: config.heavyQueue,
    maxWaitMs: config.requestTimeoutMs,
    lightBelowBytes: (c) => lightBelowBytes(c.req.path),
  });
  // What admission lets pass without a turn (a declared body below the route's bound).
  const passesWithoutTurn = (c: Context) =>
    Number(c.req.header('content-length') ?? Number.NaN) < lightBelowBytes(c.req.path);
  for (const path of ['/v1/assessments', '/v1/documents/*', '/v1/interview', '/v1/wizard/*'])
    app.use(path, heavy);
  // With CORS on, answers leave their shared slot before the response is made (see copiedOutOfSlots).
  const work = heavyWork && config.corsOrigins.length > 0 ? copiedOutOfSlots(heavyWork) : heavyWork;
  if (work) {
    // Every request on these routes, small bodies too (a 40-flow bundle is a 6 KB body and seconds of
    // work), and as raw bytes: the worker thread reads and validates the body too.
    // Those that passed admission without a turn are light jobs: the pool has a thread for them alone.
    app.use('/v1/assessments', offloadHeavy(work, passesWithoutTurn));
    app.use('/v1/documents/*', offloadHeavy(work, passesWithoutTurn));
  }
  app.use('/v1/*', requireJsonBody);
  app.use('/v1/cases/*', async (c, next) => {
    await next();
    if (c.res.status === 503) c.res.headers.set('Retry-After', '5');
  });
  const registerOf = typeof register === 'function' ? register : () => register;
  for (const add of [...modules, caseRoutes(registerOf)]) add(app, settings);
  return app;
}

export type App = ReturnType<typeof createApp>;

/** Below how many bytes of body a request on a heavy route passes admission without a turn. */
function lightBelowBytes(path: string): number {
  if (path === '/v1/documents/bundle') return 0;
  return path.startsWith('/v1/documents/') ? 2048 : 16_384;
}
