import type { Inventory, InventoryPackage, OsInfo } from '../../../../src/gates/scan/inventory.js';

export const FIXTURES = new URL('../../../fixtures/scan-vuln/', import.meta.url).pathname;

const BASE_LAYER = {
  index: 0,
  digest: 'sha256:aaaa',
  diffId: 'sha256:bbbb',
  createdBy: '# debian.sh --arch amd64 out/ bookworm',
};
const APP_LAYER = {
  index: 1,
  digest: 'sha256:cccc',
  diffId: 'sha256:dddd',
  createdBy: 'RUN pip install -r requirements.txt',
};

/** An installed package as part 1's catalogers report it. */
export function pkg(
  p: Partial<InventoryPackage> & Pick<InventoryPackage, 'name' | 'version' | 'ecosystem'>,
): InventoryPackage {
  const os = p.ecosystem === 'deb' || p.ecosystem === 'apk' || p.ecosystem === 'rpm';
  return {
    type: os ? 'os' : 'library',
    purl: `pkg:${p.ecosystem === 'pypi' ? 'pypi' : p.ecosystem}/${p.name}@${p.version}`,
    locations: [os ? 'var/lib/dpkg/status' : `usr/lib/python3/dist-packages/${p.name}.dist-info/METADATA`],
    foundBy: os ? 'dpkg' : 'python-dist-info',
    layer: os ? BASE_LAYER : APP_LAYER,
    ...p,
  };
}

export function inventory(os: OsInfo | undefined, packages: InventoryPackage[]): Inventory {
  return {
    image: {
      reference: 'docker-archive:test.tar',
      transport: 'docker-archive',
      manifestDigest: 'sha256:1111',
      configDigest: 'sha256:2222',
      tags: ['test:latest'],
      platform: { os: 'linux', architecture: 'amd64' },
    },
    ...(os ? { os } : {}),
    layers: [
      { ...BASE_LAYER, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', size: 1 },
      { ...APP_LAYER, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', size: 1 },
    ],
    packages,
    problems: [],
    analyzerVersion: 'test',
  };
}

export const BOOKWORM: OsInfo = { family: 'debian', versionId: '12', source: 'etc/os-release' };
export const ALMA9: OsInfo = { family: 'almalinux', versionId: '9.4', source: 'etc/os-release' };
