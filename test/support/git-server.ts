import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** git's own smart-HTTP server program (package git; scripts/test-setup.sh installs it). */
export const GIT_HTTP_BACKEND = [
  '/usr/lib/git-core/git-http-backend',
  '/usr/libexec/git-core/git-http-backend',
].find((p) => existsSync(p));

export interface TestRepo {
  /** Commits a change and returns its SHA. */
  commit(message: string): string;
  /** A lightweight tag (or, with a message, an annotated one) on HEAD; returns the tag object's id. */
  tag(name: string, message?: string): string;
  branch(name: string): void;
}

export interface GitServer {
  /** `http://127.0.0.1:<port>`; repositories are at `<url>/<owner>/<repo>`. */
  url: string;
  /** Requests seen, with their Authorization header's password when one was sent. */
  requests: { path: string; password?: string }[];
  repo(owner: string, name: string): TestRepo;
  stop(): Promise<void>;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/**
 * Serves git repositories over smart HTTP with `git http-backend` as a CGI program behind a
 * small Node server on 127.0.0.1. With `token`, every request must carry it as the basic-auth password.
 * https://git-scm.com/docs/git-http-backend
 */
export async function startGitServer(options: { token?: string } = {}): Promise<GitServer> {
  if (!GIT_HTTP_BACKEND) throw new Error('git-http-backend not found: run scripts/test-setup.sh');
  const backend = GIT_HTTP_BACKEND;
  const root = mkdtempSync(join(tmpdir(), 'pc-git-'));
  const requests: GitServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const auth = req.headers.authorization;
    const password = auth?.startsWith('Basic ')
      ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':').slice(1).join(':')
      : undefined;
    requests.push({ path: url.pathname, password });
    if (options.token && password !== options.token) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
      return;
    }
    const cgi = spawn(backend, [], {
      env: {
        ...GIT_ENV,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_ADDR: '127.0.0.1',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      },
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (c: Buffer) => chunks.push(c));
    cgi.on('close', () => {
      const out = Buffer.concat(chunks);
      const split = out.indexOf('\r\n\r\n');
      const head = out.subarray(0, split < 0 ? out.length : split).toString('latin1');
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers).end(split < 0 ? undefined : out.subarray(split + 4));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    repo(owner, name) {
      const dir = join(root, owner, name);
      mkdirSync(dir, { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
      git('init', '-q', '-b', 'main');
      let n = 0;
      return {
        commit(message) {
          git('commit', '-q', '--allow-empty', '-m', `${message} ${n++}`);
          return git('rev-parse', 'HEAD');
        },
        tag(tagName, message) {
          if (message) git('tag', '-a', tagName, '-m', message);
          else git('tag', tagName);
          return git('rev-parse', `refs/tags/${tagName}`);
        },
        branch: (b) => {
          git('branch', b);
        },
      };
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
