import { type AppOptions, createRouter, handleErrors, type RouteModule } from './app.js';
import { requireJsonBody } from './middleware/json-body.js';
import { adequacyRoutes } from './routes/adequacy.js';
import { countryRoutes } from './routes/countries.js';
import { systemRoutes } from './routes/system.js';

export const productVersion = '0.1.0';

/** Every area of the API; each registers its own routes. */
const modules: RouteModule[] = [systemRoutes, countryRoutes, adequacyRoutes];

/** The one Hono app that both entries (Node and Workers) serve. */
export function createApp(options: AppOptions = {}) {
  const settings: Required<AppOptions> = { version: productVersion, ...options };
  const app = createRouter();
  handleErrors(app);
  app.use('/v1/*', requireJsonBody);
  for (const register of modules) register(app, settings);
  return app;
}

export type App = ReturnType<typeof createApp>;
