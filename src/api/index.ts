import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import type { CaseRegister } from '../register/port.js';
import { type AppEnv, type AppOptions, createRouter, handleErrors, type RouteModule } from './app.js';
import { defaultConfig, type ServiceConfig } from './config.js';
import { bearerAuth } from './middleware/auth.js';
import { bodyLimit } from './middleware/body-limit.js';
import { requireJsonBody } from './middleware/json-body.js';
import { requestContext } from './middleware/request-context.js';
import { ApiProblem } from './problem.js';
import { adequacyRoutes } from './routes/adequacy.js';
import { assessmentRoutes } from './routes/assessments.js';
import { caseRoutes } from './routes/cases.js';
import { countryRoutes } from './routes/countries.js';
import { documentRoutes } from './routes/documents.js';
import { dpfRoutes } from './routes/dpf.js';
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
  documentRoutes,
];

export interface CreateAppOptions extends AppOptions {
  config?: Partial<ServiceConfig>;
  /**
   * The case register (src/register): SQLite on Node, D1 on Workers, or a function that finds it for a
   * request (a Worker's D1 binding). Without one, /v1/cases answers 503.
   */
  register?: CaseRegister | ((c: Context<AppEnv>) => CaseRegister | undefined);
}

/** The one Hono app that both entries (Node and Workers) serve. */
export function createApp(options: CreateAppOptions = {}) {
  const { config: overrides, register, ...appOptions } = options;
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
  app.use(
    '/v1/*',
    bodyLimit(config.maxBodyBytes, () => {
      throw new ApiProblem(413, 'payload-too-large', {
        detail: `The body may be at most ${config.maxBodyBytes} bytes.`,
        errors: [{ field: 'body', reason: `larger than ${config.maxBodyBytes} bytes`, in: 'body' }],
      });
    }),
  );
  app.use(
    '/v1/*',
    timeout(
      config.requestTimeoutMs,
      () => new HTTPException(503, { message: `No answer within ${config.requestTimeoutMs} ms.` }),
    ),
  );
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
