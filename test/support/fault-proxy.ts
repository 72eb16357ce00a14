import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the proxy does to one request instead of passing it through untouched. */
export type Fault =
  /** Answer with this status (and headers/body) without asking the registry. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Forward, send the headers and the first `bytes` of the body, then never send the rest. */
  | { kind: 'stall'; bytes?: number }
  /** Forward, but change one byte of the body (same length): the content no longer matches its digest. */
  | { kind: 'corrupt' }
  /** Forward, but replace a response header (or drop it, without a value), e.g. a wrong `Docker-Content-Digest`. */
  | { kind: 'header'; name: string; value?: string }
  /** Close the connection without an answer. */
  | { kind: 'drop' };

export interface FaultRule {
  method?: string;
  /** Matched against the path and query. */
  path?: RegExp;
  /** How many matching requests get the fault; default every one. */
  times?: number;
  fault: Fault;
}

export interface FaultProxy {
  host: string;
  url: string;
  /** Every request seen: method, path and the status sent (or the fault applied). */
  log: { method: string; path: string; outcome: string; authorized: boolean }[];
  inject(rule: FaultRule): void;
  clear(): void;
  stop(): Promise<void>;
}

/**
 * An HTTP proxy in front of a registry (or any server) on 127.0.0.1 that injects faults by
 * rule: 429/500 answers, stalled bodies, corrupted bodies, wrong headers, dropped connections.
 * The host header is kept, so token realms and upload locations still name the proxy's host only
 * when the upstream builds them from it.
 */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const rules: (FaultRule & { left: number })[] = [];
  const log: FaultProxy['log'] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    const authorized = !!req.headers.authorization;
    const rule = rules.find(
      (r) => r.left > 0 && (!r.method || r.method === method) && (!r.path || r.path.test(path)),
    );
    if (rule) rule.left--;
    const fault = rule?.fault;
    if (fault?.kind === 'status') {
      log.push({ method, path, outcome: String(fault.status), authorized });
      req.resume();
      res
        .writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
        .end(fault.body ?? '');
      return;
    }
    if (fault?.kind === 'drop') {
      log.push({ method, path, outcome: 'drop', authorized });
      req.socket.destroy();
      return;
    }
    const headers = { ...req.headers, host: target.host };
    const up = request({ host: target.hostname, port: target.port, method, path, headers }, (upRes) => {
      const outHeaders = { ...upRes.headers };
      if (fault?.kind === 'header') {
        if (fault.value === undefined) delete outHeaders[fault.name.toLowerCase()];
        else outHeaders[fault.name.toLowerCase()] = fault.value;
      }
      const location = outHeaders.location;
      if (typeof location === 'string')
        outHeaders.location = location.replace(target.origin, `http://${req.headers.host}`);
      log.push({
        method,
        path,
        outcome: fault ? `${upRes.statusCode} ${fault.kind}` : String(upRes.statusCode),
        authorized,
      });
      const chunks: Buffer[] = [];
      upRes.on('data', (c: Buffer) => chunks.push(c));
      upRes.on('end', () => {
        let body = Buffer.concat(chunks);
        res.writeHead(upRes.statusCode ?? 502, outHeaders);
        if (fault?.kind === 'stall') {
          res.write(body.subarray(0, fault.bytes ?? 1));
          return;
        }
        if (fault?.kind === 'corrupt' && body.length > 0) {
          body = Buffer.from(body);
          const at = Math.floor(body.length / 2);
          body[at] = body[at] === 0x20 ? 0x09 : body[at] ^ 0x01;
        }
        res.end(body);
      });
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    url: `http://${host}`,
    log,
    inject: (rule) => rules.push({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY }),
    clear: () => {
      rules.length = 0;
      log.length = 0;
    },
    stop: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
