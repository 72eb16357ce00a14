import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseImageReference,
  RegistryCache,
  RegistryClient,
  registryCacheOf,
} from '../../src/registry/index.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

describe('a registry cache shared by the clients of one run', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry();
    await reg.pushIndex('shared/app', '1', ['linux/amd64', 'linux/arm64']);
  });
  afterAll(() => reg.stop());

  it('asks the registry once for a reference, whichever gate asks first', async () => {
    const cache = new RegistryCache();
    const ref = parseImageReference(`${reg.host}/shared/app:1`);
    const pin = new RegistryClient({ env: reg.env, cache });
    const scan = new RegistryClient({ env: reg.env, cache });
    const first = await pin.resolveDigest(ref);
    expect(pin.requestCount).toBeGreaterThan(0);
    expect(await scan.resolveDigest(ref)).toEqual(first);
    expect(scan.requestCount).toBe(0);
    const alone = new RegistryClient({ env: reg.env });
    expect((await alone.resolveDigest(ref)).digest).toBe(first.digest);
    expect(alone.requestCount).toBeGreaterThan(0);
  });

  it('keeps one cache per run store', () => {
    const shared = new Map<string, unknown>();
    expect(registryCacheOf(shared)).toBe(registryCacheOf(shared));
    expect(registryCacheOf(new Map())).not.toBe(registryCacheOf(shared));
    expect(registryCacheOf(undefined)).toBeUndefined();
  });
});
