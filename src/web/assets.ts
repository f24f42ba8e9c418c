/**
 * What both runtimes need to serve the web app's files (web/) the same way: which paths are files, their
 * content types, and the headers of web/_headers (the file Workers static assets read). Pure: the Node
 * entry reads the files, Workers serve them itself.
 */

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  json: 'application/json',
  ico: 'image/x-icon',
  txt: 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return contentTypes[ext] ?? 'application/octet-stream';
}

/**
 * The file a request path names inside web/, or undefined when the path is not a web-app file: API
 * routes, dot-files and `_` files (such as _headers), anything that climbs out of the folder.
 */
export function assetPathFor(pathname: string): string | undefined {
  // The OpenAPI documents (/openapi.json, /openapi.sv.json) are files here, made by `npm run build`.
  if (pathname.startsWith('/v1/') || pathname === '/healthz' || pathname === '/docs') {
    return undefined;
  }
  const path = pathname === '/' ? '/index.html' : pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const parts = decoded.split('/').filter(Boolean);
  if (
    parts.length === 0 ||
    parts.some((p) => p === '..' || p.startsWith('.') || p.startsWith('_') || p.includes('\\'))
  ) {
    return undefined;
  }
  return parts.join('/');
}

/** The headers `_headers` gives every file (its `/*` block), as Workers static assets apply them. */
export function headersForAll(headersFile: string): Record<string, string> {
  const out: Record<string, string> = {};
  let inAll = false;
  for (const line of headersFile.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    if (!inAll) continue;
    const colon = line.indexOf(':');
    if (colon > 0) out[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return out;
}
