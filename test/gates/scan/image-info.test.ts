import { describe, expect, it } from 'vitest';
import { imageInfo } from '../../../src/gates/scan/source/image-info.js';

const identity = { reference: 'oci:img', transport: 'oci' as const, configDigest: 'sha256:c', tags: [] };
const arm64 = { os: 'linux', architecture: 'arm64' };

describe('imageInfo', () => {
  it.each([
    [
      'the config platform wins over the fallback',
      { os: 'windows', architecture: 'amd64' },
      { os: 'windows', architecture: 'amd64' },
    ],
    ['a config without platform takes the fallback', {}, arm64],
    [
      'a variant comes only from the config',
      { architecture: 'arm', variant: 'v7' },
      { os: 'linux', architecture: 'arm', variant: 'v7' },
    ],
  ])('%s', (_name, config, platform) => {
    expect(imageInfo(identity, config, arm64)).toEqual({ ...identity, platform });
  });

  it('does not take a variant from the fallback', () => {
    expect(imageInfo(identity, {}, { ...arm64, variant: 'v8' }).platform).toEqual(arm64);
  });
});
