// The one binding the Worker tests use; the full types live in @cloudflare/workers-types.
declare module 'cloudflare:workers' {
  export const exports: { default: { fetch(request: Request): Promise<Response> } };
}
