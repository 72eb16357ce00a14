import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findIgnore,
  type IgnoreEntry,
  IgnoreFileError,
  imagePurl,
  keepWithin,
  parseVex,
} from '../../../../src/gates/scan/match/ignore/index.js';
import { FIXTURES } from './helpers.js';

const NOW = new Date('2026-11-25T00:00:00Z');
const fixture = (name: string): IgnoreEntry[] =>
  parseVex(readFileSync(join(FIXTURES, 'vex', name), 'utf8'), name);

/** A minimal CSAF VEX document around a product tree and vulnerabilities. */
function csaf(productTree: unknown, vulnerabilities: unknown, category = 'csaf_vex'): string {
  return JSON.stringify({
    document: { category, csaf_version: '2.0', title: 't', publisher: {}, tracking: {} },
    product_tree: productTree,
    vulnerabilities,
  });
}

const OPENSSL_TREE = {
  full_product_names: [
    {
      name: 'openssl amd64',
      product_id: 'openssl-amd64',
      product_identification_helper: { purl: 'pkg:deb/debian/openssl?arch=amd64' },
    },
    { name: 'appliance', product_id: 'appliance' },
  ],
  product_groups: [{ group_id: 'g1', product_ids: ['openssl-amd64'] }],
};

const INLINE = csaf(OPENSSL_TREE, [
  {
    cve: 'CVE-2023-5678',
    ids: [{ system_name: 'Debian', text: 'DSA-5532-1' }],
    flags: [
      { label: 'vulnerable_code_not_in_execute_path', group_ids: ['g1'] },
      { label: 'component_not_present', product_ids: ['appliance'] },
    ],
    product_status: { known_not_affected: ['openssl-amd64', 'appliance'] },
  },
  { cve: 'CVE-2024-0727', product_status: { fixed: ['openssl-amd64'] } },
  { cve: 'CVE-2024-9999', product_status: { known_affected: ['openssl-amd64'] } },
]);

describe('parseVex reads CSAF 2.0 VEX by content', () => {
  it('reads Trivy’s csaf.json: known_not_affected with a threats impact statement', () => {
    expect(fixture('trivy-csaf.json')).toEqual([
      {
        id: 'CVE-2024-0001',
        purls: ['pkg:golang/github.com/aquasecurity/go-transitive@v4.0.0'],
        purlMatch: 'constraint',
        file: 'trivy-csaf.json',
        line: 0,
        source: 'csaf-vex',
        vexStatus: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        reason: 'VEX not_affected: vulnerable_code_not_in_execute_path',
      },
    ]);
  });

  it('known_affected suppresses nothing (Trivy’s csaf-affected.json)', () => {
    expect(fixture('trivy-csaf-affected.json')).toEqual([]);
  });

  it('reads cve and ids, flags by group, fixed; a product without a purl gives no entry', () => {
    const entries = parseVex(INLINE, 'v.json');
    expect(entries.map((e) => [e.id, e.vexStatus, e.justification, e.purls])).toEqual([
      [
        'CVE-2023-5678',
        'not_affected',
        'vulnerable_code_not_in_execute_path',
        ['pkg:deb/debian/openssl?arch=amd64'],
      ],
      [
        'DSA-5532-1',
        'not_affected',
        'vulnerable_code_not_in_execute_path',
        ['pkg:deb/debian/openssl?arch=amd64'],
      ],
      ['CVE-2024-0727', 'fixed', undefined, ['pkg:deb/debian/openssl?arch=amd64']],
    ]);
  });
});

describe('CSAF VEX suppression (Trivy’s purl match: constraint qualifiers must be on the package)', () => {
  const inline = parseVex(INLINE, 'v.json');
  const trivy = fixture('trivy-csaf.json');
  const cases: [string, IgnoreEntry[], string[], string, string | undefined][] = [
    [
      'hit: versioned purl',
      trivy,
      ['CVE-2024-0001'],
      'pkg:golang/github.com/aquasecurity/go-transitive@v4.0.0',
      'not_affected',
    ],
    [
      'no hit: other version',
      trivy,
      ['CVE-2024-0001'],
      'pkg:golang/github.com/aquasecurity/go-transitive@v4.0.1',
      undefined,
    ],
    [
      'no hit: other CVE',
      trivy,
      ['CVE-2024-0002'],
      'pkg:golang/github.com/aquasecurity/go-transitive@v4.0.0',
      undefined,
    ],
    [
      'hit: by alias, any version, extra qualifiers',
      inline,
      ['DEBIAN-CVE-2023-5678', 'CVE-2023-5678'],
      'pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12',
      'not_affected',
    ],
    [
      'hit: ids[] text',
      inline,
      ['DSA-5532-1'],
      'pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64',
      'not_affected',
    ],
    ['hit: fixed', inline, ['CVE-2024-0727'], 'pkg:deb/debian/openssl@3.0.13-1?arch=amd64', 'fixed'],
    [
      'no hit: the constraint’s arch differs',
      inline,
      ['CVE-2023-5678'],
      'pkg:deb/debian/openssl@3.0.11-1?arch=arm64',
      undefined,
    ],
    [
      'no hit: the constraint’s qualifier is missing',
      inline,
      ['CVE-2023-5678'],
      'pkg:deb/debian/openssl@3.0.11-1',
      undefined,
    ],
    [
      'no hit: known_affected',
      inline,
      ['CVE-2024-9999'],
      'pkg:deb/debian/openssl@3.0.11-1?arch=amd64',
      undefined,
    ],
  ];
  it.each(cases)('%s', (_name, entries, ids, purl, status) => {
    expect(findIgnore(entries, { ids, purl, paths: [] }, NOW)?.vexStatus).toBe(status);
  });
});

describe('CSAF relationships hold where the containing product is in the image', () => {
  it.each([
    [
      'hit: go-transitive default_component_of go-direct1, which is present',
      'trivy-csaf-relationships.json',
      [
        'pkg:golang/github.com/aquasecurity/go-direct1@v2.0.0',
        'pkg:golang/github.com/aquasecurity/go-transitive@v4.0.0',
      ],
      'pkg:golang/github.com/aquasecurity/go-transitive@v4.0.0',
      'vulnerable_code_cannot_be_controlled_by_adversary',
    ],
    [
      'no hit: go-direct1 is not in the image',
      'trivy-csaf-relationships.json',
      ['pkg:golang/github.com/aquasecurity/go-transitive@v4.0.0'],
      'pkg:golang/github.com/aquasecurity/go-transitive@v4.0.0',
      undefined,
    ],
    [
      'hit: kubernetes inside the Bitnami argo-cd package with its qualifiers',
      'trivy-csaf-not-affected-sub-components.json',
      ['pkg:bitnami/argo-cd@2.9.3-2?arch=amd64&distro=debian-12', 'pkg:golang/k8s.io/kubernetes@v1.24.2'],
      'pkg:golang/k8s.io/kubernetes@v1.24.2',
      'vulnerable_code_cannot_be_controlled_by_adversary',
    ],
    [
      'no hit: argo-cd without the arch and distro qualifiers the constraint names',
      'trivy-csaf-not-affected-sub-components.json',
      ['pkg:bitnami/argo-cd@2.9.3-2', 'pkg:golang/k8s.io/kubernetes@v1.24.2'],
      'pkg:golang/k8s.io/kubernetes@v1.24.2',
      undefined,
    ],
  ])('%s', (_name, file, inventory, purl, justification) => {
    const entries = keepWithin(fixture(file), inventory);
    const id = file.includes('sub-components') ? 'CVE-2023-2727' : 'CVE-2024-0001';
    expect(findIgnore(entries, { ids: [id], purl, paths: [] }, NOW)?.justification).toBe(justification);
  });
});

describe('the image itself can be the product a package is part of', () => {
  const image = (
    reference: string,
    transport = 'docker',
    manifestDigest: string | undefined = 'sha256:abc',
  ) => ({
    reference,
    transport,
    ...(manifestDigest ? { manifestDigest } : {}),
    platform: { architecture: 'amd64' },
  });
  it.each([
    [
      'ghcr.io/org/app:1.2',
      image('ghcr.io/org/app:1.2'),
      'pkg:oci/app@sha256:abc?arch=amd64&repository_url=ghcr.io%2Forg%2Fapp',
    ],
    [
      'Docker Hub short name',
      image('alpine:3.20'),
      'pkg:oci/alpine@sha256:abc?arch=amd64&repository_url=index.docker.io%2Flibrary%2Falpine',
    ],
    [
      'registry with a port and a digest',
      image('localhost:5000/team/API@sha256:abc'),
      'pkg:oci/api@sha256:abc?arch=amd64&repository_url=localhost%3A5000%2Fteam%2FAPI',
    ],
    ['an OCI layout has no repository', image('oci:./layout:1.2', 'oci'), undefined],
    ['a docker-archive is not a registry image', image('app.tar', 'docker-archive'), undefined],
  ])('%s', (_name, info, purl) => {
    expect(imagePurl(info)).toBe(purl);
  });

  it('hit: openssl installed_on the image by digest; no hit on another digest', () => {
    const doc = csaf(
      {
        full_product_names: [
          { product_id: 'img', product_identification_helper: { purl: 'pkg:oci/app@sha256:abc' } },
          { product_id: 'ssl', product_identification_helper: { purl: 'pkg:deb/debian/openssl' } },
        ],
        relationships: [
          {
            category: 'installed_on',
            product_reference: 'ssl',
            relates_to_product_reference: 'img',
            full_product_name: { product_id: 'ssl-on-img', name: 'openssl in app' },
          },
        ],
      },
      [
        {
          cve: 'CVE-2023-5678',
          flags: [{ label: 'inline_mitigations_already_exist', product_ids: ['ssl-on-img'] }],
          product_status: { known_not_affected: ['ssl-on-img'] },
        },
      ],
    );
    const target = { ids: ['CVE-2023-5678'], purl: 'pkg:deb/debian/openssl@3.0.11-1', paths: [] };
    const here = keepWithin(parseVex(doc, 'v.json'), [imagePurl(image('ghcr.io/org/app:1.2'))!]);
    expect(findIgnore(here, target, NOW)?.justification).toBe('inline_mitigations_already_exist');
    const other = keepWithin(parseVex(doc, 'v.json'), [
      imagePurl(image('ghcr.io/org/app:1.2', 'docker', 'sha256:def'))!,
    ]);
    expect(findIgnore(other, target, NOW)).toBeUndefined();
  });
});

describe('malformed CSAF documents are errors naming the file and field', () => {
  const tree = OPENSSL_TREE;
  it.each([
    ['not a VEX', csaf(tree, [], 'csaf_security_advisory'), /document.category is "csaf_security_advisory"/],
    ['no vulnerabilities', csaf(tree, undefined), /needs a "vulnerabilities" list/],
    [
      'undefined product',
      csaf(tree, [{ cve: 'CVE-1', product_status: { fixed: ['nope'] } }]),
      /vulnerabilities\[0\]\.product_status\.fixed: product "nope" is not defined/,
    ],
    [
      'no justification',
      csaf(tree, [{ cve: 'CVE-1', product_status: { known_not_affected: ['openssl-amd64'] } }]),
      /vulnerabilities\[0\]: known_not_affected product "openssl-amd64" has no flags\[\]\.label or threats impact statement/,
    ],
    [
      'bad purl',
      csaf(
        { full_product_names: [{ product_id: 'p', product_identification_helper: { purl: 'openssl' } }] },
        [],
      ),
      /product_tree\.full_product_names\[0\]\.product_identification_helper\.purl "openssl" is not a valid purl/,
    ],
    [
      'status not a list',
      csaf(tree, [{ cve: 'CVE-1', product_status: { fixed: 'openssl-amd64' } }]),
      /vulnerabilities\[0\]\.product_status\.fixed must be a list/,
    ],
    [
      'ids without text',
      csaf(tree, [{ ids: [{ system_name: 'x' }], product_status: { fixed: ['openssl-amd64'] } }]),
      /vulnerabilities\[0\]\.ids\[0\] needs a "text"/,
    ],
    [
      'no ID at all',
      csaf(tree, [{ product_status: { fixed: ['openssl-amd64'] } }]),
      /vulnerabilities\[0\] has fixed products but no "cve" or "ids"/,
    ],
    [
      'undefined group',
      csaf(tree, [
        {
          cve: 'CVE-1',
          flags: [{ label: 'x', group_ids: ['g9'] }],
          product_status: { known_not_affected: ['openssl-amd64'] },
        },
      ]),
      /flags\[0\]\.group_ids: group "g9" is not defined/,
    ],
    [
      'relationship without references',
      csaf(
        { relationships: [{ category: 'default_component_of', full_product_name: { product_id: 'r' } }] },
        [],
      ),
      /product_tree\.relationships\[0\] needs a "product_reference"/,
    ],
  ])('%s', (_name, text, message) => {
    expect(() => parseVex(text, 'bad.json')).toThrow(IgnoreFileError);
    expect(() => parseVex(text, 'bad.json')).toThrow(message);
    expect(() => parseVex(text, 'bad.json')).toThrow(/^bad\.json:1: /);
  });
});
