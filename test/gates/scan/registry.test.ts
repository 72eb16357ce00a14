import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortcullisError } from '../../../src/core/errors.js';
import { buildInventory } from '../../../src/gates/scan/analyze.js';
import { ScanError } from '../../../src/gates/scan/errors.js';
import { registryAvailable, startRegistry, type TestRegistry } from '../../support/registry.js';

const files = {
  'etc/alpine-release': '3.19.1\n',
  'lib/apk/db/installed': 'P:musl\nV:1.2.4_git20230717-r4\nA:x86_64\no:musl\n\n',
};

let registry: TestRegistry;

beforeAll(async () => {
  if (!registryAvailable()) throw new Error('docker-registry is missing: run scripts/test-setup.sh');
  registry = await startRegistry();
});

afterAll(async () => {
  await registry?.stop();
});

const scan = (ref: string, platform?: string) =>
  buildInventory(ref, { cwd: '/', env: { HOME: registry.storage }, ...(platform ? { platform } : {}) });

describe('registry source', () => {
  it('picks linux/amd64 from an index by default, and --platform picks another', async () => {
    const pushed = await registry.pushIndex('scan/multi', '1', ['linux/amd64', 'linux/arm64'], { files });
    const amd64 = await scan(`docker://${pushed.reference}`);
    expect(amd64.image).toMatchObject({
      transport: 'docker',
      manifestDigest: pushed.children[0]?.digest,
      platform: { os: 'linux', architecture: 'amd64' },
    });
    expect(amd64.packages.map((p) => p.purl)).toEqual([
      'pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64&distro=alpine-3.19.1',
    ]);
    const arm64 = await scan(pushed.reference, 'linux/arm64');
    expect(arm64.image).toMatchObject({
      manifestDigest: pushed.children[1]?.digest,
      platform: { architecture: 'arm64' },
    });
  });

  it('names the platforms an index has when the one asked for is missing', async () => {
    const pushed = await registry.pushIndex('scan/multi', '2', ['linux/amd64', 'linux/arm64'], { files });
    const error = await scan(pushed.reference, 'linux/s390x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanError);
    expect((error as ScanError).message).toBe(
      `PLATFORM_NOT_FOUND: ${pushed.reference} has no linux/s390x image (it has: linux/amd64, linux/arm64)`,
    );
  });

  it('verifies every blob: a layer changed in the registry storage fails the scan', async () => {
    const pushed = await registry.pushImage('scan/corrupt', '1', { files });
    const digest = pushed.image.layers[0]?.descriptor.digest as string;
    const hex = digest.slice('sha256:'.length);
    const data = join(registry.storage, 'data/docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    const bytes = Buffer.from(readFileSync(data));
    bytes[4] = (bytes[4] as number) ^ 0xff; // gzip MTIME: still a valid stream, different bytes
    writeFileSync(data, bytes);
    const error = await scan(pushed.reference).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortcullisError);
    expect((error as PortcullisError).code).toBe('REGISTRY_DIGEST_MISMATCH');
    expect((error as Error).message).toContain(digest);
  });
});
