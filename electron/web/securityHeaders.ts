// The headers every bridge response carries: the same strict CSP as the Electron app, and no sniffing, framing or caching.
import { BASE_SECURITY_HEADERS, CONTENT_SECURITY_POLICY } from '../services/rendererAssets';

export { CONTENT_SECURITY_POLICY };

export function securityHeaders(): Record<string, string> {
  return {
    ...BASE_SECURITY_HEADERS,
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
