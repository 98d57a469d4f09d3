// Public entry point of the HTTP API.
export { createApi, INTERNAL_ERROR_CODE, type ApiOptions } from './app.js';
export { buildOpenApi, openApiPath } from './openapi.js';
export { OPENAPI_PATH, ROUTES, type ApiRoute } from './routes.js';
export { DEFAULT_HOST, DEFAULT_PORT, serveApi, type RunningServer, type ServeOptions } from './serve.js';
