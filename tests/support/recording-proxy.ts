/**
 * A recording forward proxy for the privacy tests (Chromium and Firefox): every request line the
 * browser sends is logged; loopback requests to the fixture server are passed on, everything else
 * is refused, and CONNECT tunnels are closed.
 */
import { createServer, request as httpRequest } from 'node:http';

export interface RecordingProxy {
  /** `METHOD absolute-url` or `CONNECT host:port`, in order. */
  log: string[];
  port: number;
  close: () => Promise<void>;
}

/** Start the proxy in front of the fixture server on `serverPort`. */
export async function recordingProxy(serverPort: number): Promise<RecordingProxy> {
  const log: string[] = [];
  const proxy = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://unknown/');
    if (url.hostname !== '127.0.0.1' || Number(url.port) !== serverPort) return void res.writeHead(404).end();
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: serverPort,
        path: url.pathname + url.search,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  proxy.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    log,
    port: (proxy.address() as { port: number }).port,
    close: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
  };
}

/** The host (with port) a log line is about. */
export function hostOf(line: string): string {
  const target = line.split(' ')[1] ?? '';
  return target.includes('://') ? new URL(target).host : target;
}
