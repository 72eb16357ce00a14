import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/index.js';
import { type BuiltImage, buildImage, type ImageSpec, indexOf } from './images.js';
import { freePort } from './ports.js';
import { startTokenServer, type TokenServer } from './token-server.js';

/** How the test registry authenticates: none, htpasswd basic auth, or tokens from a test token server. */
export type RegistryAuth = 'none' | 'htpasswd' | 'token';

export interface StartRegistryOptions {
  auth?: RegistryAuth;
  /** With token auth: anonymous callers may pull. */
  anonymousPull?: boolean;
}

export interface PushedImage {
  /** `host/repository:tag` */
  reference: string;
  digest: string;
  image: BuiltImage;
}

export interface PushedIndex {
  reference: string;
  digest: string;
  children: { platform: string; digest: string }[];
}

export interface TestRegistry {
  /** `127.0.0.1:<port>`, the registry part of image references. */
  host: string;
  url: string;
  storage: string;
  auth: RegistryAuth;
  /** The user that may push, for htpasswd and token auth. */
  user: { username: string; password: string };
  /** Environment that makes the project's client authenticate as `user` (`PORTCULLIS_REGISTRY_*`). */
  env: Record<string, string>;
  tokenServer?: TokenServer;
  /** A client of the project, authenticated as `user`. */
  client(options?: RegistryClientOptions): RegistryClient;
  /** Builds and pushes a real single-platform image under a tag. */
  pushImage(repository: string, tag: string, spec?: ImageSpec): Promise<PushedImage>;
  /** Builds and pushes one image per platform and an OCI index over them under a tag. */
  pushIndex(
    repository: string,
    tag: string,
    platforms: string[],
    spec?: Omit<ImageSpec, 'platform'>,
  ): Promise<PushedIndex>;
  stop(): Promise<void>;
}

/** The Debian package's binary (`dpkg -L docker-registry`); scripts/test-setup.sh installs it. */
export const REGISTRY_BINARY =
  ['/usr/bin/docker-registry', '/usr/sbin/docker-registry'].find((p) => existsSync(p)) ?? fromDpkg();

function fromDpkg(): string {
  try {
    const files = execFileSync('dpkg', ['-L', 'docker-registry'], { encoding: 'utf8' }).split('\n');
    return files.find((f) => /\/bin\/docker-registry$/.test(f)) ?? 'docker-registry';
  } catch {
    return 'docker-registry';
  }
}

export function registryAvailable(): boolean {
  try {
    execFileSync(REGISTRY_BINARY, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function config(port: number, storage: string, auth: string): string {
  return `version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${storage}/data
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:${port}
  secret: portcullis-test-secret
${auth}`;
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${log()}`);
    try {
      const res = await fetch(`${url}/v2/`);
      if (res.status === 200 || res.status === 401) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`docker-registry did not answer on ${url} within 15 s: ${log()}`);
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/**
 * Starts Debian's `docker-registry` (distribution 2.8) on 127.0.0.1 and a free port, with
 * storage in a temporary folder and the chosen authentication. Call `stop()` in `afterAll`.
 */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const auth = options.auth ?? 'none';
  const storage = mkdtempSync(join(tmpdir(), 'pc-registry-'));
  const user = { username: 'tester', password: 'test-password-1' };
  let tokenServer: TokenServer | undefined;
  let authYaml = '';
  if (auth === 'htpasswd') {
    writeFileSync(join(storage, 'htpasswd'), `${user.username}:${bcrypt.hashSync(user.password, 4)}\n`);
    authYaml = `auth:\n  htpasswd:\n    realm: portcullis-test\n    path: ${storage}/htpasswd\n`;
  } else if (auth === 'token') {
    tokenServer = await startTokenServer({
      dir: storage,
      users: { [user.username]: user.password },
      anonymousPull: options.anonymousPull,
    });
    authYaml = `auth:\n  token:\n    realm: ${tokenServer.realm}\n    service: ${tokenServer.service}\n    issuer: ${tokenServer.issuer}\n    rootcertbundle: ${tokenServer.certFile}\n`;
  }
  let child: ChildProcess | undefined;
  let port = 0;
  let stderr = '';
  for (let attempt = 0; attempt < 3 && !child; attempt++) {
    port = await freePort();
    writeFileSync(join(storage, 'config.yml'), config(port, storage, authYaml));
    const c = spawn(REGISTRY_BINARY, ['serve', join(storage, 'config.yml')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    live.add(c);
    c.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    try {
      await waitUntilUp(`http://127.0.0.1:${port}`, c, () => stderr);
      child = c;
    } catch (error) {
      c.kill('SIGKILL');
      live.delete(c);
      if (attempt === 2) throw error;
    }
  }
  const host = `127.0.0.1:${port}`;
  const env: Record<string, string> =
    auth === 'none'
      ? {}
      : {
          PORTCULLIS_REGISTRY_HOST: host,
          PORTCULLIS_REGISTRY_USERNAME: user.username,
          PORTCULLIS_REGISTRY_PASSWORD: user.password,
        };
  const client = (o: RegistryClientOptions = {}) =>
    new RegistryClient({ env: { HOME: storage, ...env }, ...o });
  const pusher = client();
  const ref = (repository: string, tag?: string) => ({ registry: host, repository, ...(tag ? { tag } : {}) });

  async function pushBuilt(repository: string, image: BuiltImage, tag?: string): Promise<string> {
    for (const l of image.layers) await pusher.pushBlob(ref(repository), l.bytes, l.descriptor.mediaType);
    await pusher.pushBlob(ref(repository), image.config.bytes, image.config.descriptor.mediaType);
    const pushed = await pusher.pushManifest(
      ref(repository, tag),
      image.manifestBytes,
      image.manifest.mediaType,
    );
    return pushed.digest;
  }

  return {
    host,
    url: `http://${host}`,
    storage,
    auth,
    user,
    env,
    tokenServer,
    client,
    async pushImage(repository, tag, spec = {}) {
      const image = await buildImage({
        files: { 'etc/id': `${repository}:${tag} ${spec.platform ?? ''}\n` },
        ...spec,
      });
      const digest = await pushBuilt(repository, image, tag);
      return { reference: `${host}/${repository}:${tag}`, digest, image };
    },
    async pushIndex(repository, tag, platforms, spec = {}) {
      const images = [];
      for (const platform of platforms)
        images.push(
          await buildImage({ files: { 'etc/id': `${repository}:${tag} ${platform}\n` }, ...spec, platform }),
        );
      for (const image of images) await pushBuilt(repository, image);
      const index = indexOf(images, { docker: spec.docker });
      const pushed = await pusher.pushManifest(ref(repository, tag), index.bytes, index.manifest.mediaType);
      return {
        reference: `${host}/${repository}:${tag}`,
        digest: pushed.digest,
        children: images.map((i, n) => ({ platform: platforms[n], digest: i.descriptor.digest })),
      };
    },
    async stop() {
      if (child && child.exitCode === null) {
        const exited = new Promise((r) => child!.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (child) live.delete(child);
      await tokenServer?.stop();
      rmSync(storage, { recursive: true, force: true });
    },
  };
}
