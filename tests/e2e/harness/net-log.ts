import { readFileSync } from 'node:fs';

// Chromium's own network log (--log-net-log): every request any of its processes starts, the
// extension's service worker, offscreen document and workers included, with the origin that asked.
// Test tools see only what pages ask for; this sees the rest.

export interface LoggedRequest {
  url: string;
  /** The origin that started the request ("not an origin" for the browser's own requests). */
  initiator: string;
  /** Whose request it is, as the network stack keys it ("top-frame-site frame-site"). */
  isolationKey: string;
}

interface NetLogFile {
  constants: { logEventTypes: Record<string, number> };
  events: Array<{ type: number; params?: Record<string, unknown> }>;
}

/** The requests in a network log written by a browser that has been closed (the file is complete then). */
export function readNetLog(file: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as NetLogFile;
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === startJob && typeof event.params?.url === 'string')
    .map(({ params }) => ({
      url: String(params!.url),
      initiator: String(params!.initiator ?? ''),
      isolationKey: String(params!.network_isolation_key ?? ''),
    }));
}
