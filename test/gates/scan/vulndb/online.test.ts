import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessInventory } from '../../../../src/gates/scan/match/index.js';
import { queryOsvOnline, VulnDbError } from '../../../../src/gates/scan/vulndb/index.js';
import { BOOKWORM, FIXTURES, inventory, pkg } from '../match/helpers.js';

// A stand-in for api.osv.dev on loopback: querybatch answers from the Debian fixtures by
// package name (with one paginated answer), vulns/{id} returns the record.
const records = Object.fromEntries(
  ['DSA-5514-1', 'DEBIAN-CVE-2010-4756', 'DEBIAN-CVE-2022-48303'].map((id) => [
    id,
    JSON.parse(readFileSync(join(FIXTURES, 'debian', `${id}.json`), 'utf8')),
  ]),
);
let server: Server;
let base: string;
const bodies: unknown[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/querybatch') {
        const { queries } = JSON.parse(body) as {
          queries: { package: { name: string; ecosystem: string }; page_token?: string }[];
        };
        bodies.push(queries);
        const results = queries.map((q) => {
          if (q.package.ecosystem !== 'Debian:12') return {};
          if (q.package.name === 'glibc')
            return q.page_token
              ? { vulns: [{ id: 'DEBIAN-CVE-2010-4756' }] }
              : { vulns: [{ id: 'DSA-5514-1' }], next_page_token: 'p2' };
          if (q.package.name === 'tar') return { vulns: [{ id: 'DEBIAN-CVE-2022-48303' }] };
          return {};
        });
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify({ results }));
      }
      const m = /^\/v1\/vulns\/(.+)$/.exec(req.url ?? '');
      const record = m ? records[decodeURIComponent(m[1]!)] : undefined;
      if (record) return res.end(JSON.stringify(record));
      res.statusCode = m?.[1] === 'BROKEN' ? 500 : 404;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('--online (osv.dev batch API)', () => {
  it('queries by ecosystem, name and version, follows page tokens and hydrates each advisory', async () => {
    const db = await queryOsvOnline(
      [
        { ecosystem: 'Debian:12', name: 'glibc', version: '2.36-9+deb12u1' },
        { ecosystem: 'Debian:12', name: 'tar', version: '1.34+dfsg-1.2' },
        { ecosystem: 'npm', name: 'left-pad', version: '1.3.0' },
      ],
      { baseUrl: base },
    );
    expect(db.lookup('Debian:12', 'glibc').map((r) => r.id)).toEqual(['DEBIAN-CVE-2010-4756', 'DSA-5514-1']);
    expect(db.meta.ecosystems).toEqual(['Debian:12', 'npm']);
    expect(bodies[0]).toEqual([
      { package: { ecosystem: 'Debian:12', name: 'glibc' }, version: '2.36-9+deb12u1' },
      { package: { ecosystem: 'Debian:12', name: 'tar' }, version: '1.34+dfsg-1.2' },
      { package: { ecosystem: 'npm', name: 'left-pad' }, version: '1.3.0' },
    ]);
    expect(bodies[1]).toEqual([
      { package: { ecosystem: 'Debian:12', name: 'glibc' }, version: '2.36-9+deb12u1', page_token: 'p2' },
    ]);
  });

  it('an API failure is an error, never an empty result', async () => {
    await expect(
      queryOsvOnline([{ ecosystem: 'Debian:12', name: 'glibc', version: '1' }], { baseUrl: `${base}/nope` }),
    ).rejects.toBeInstanceOf(VulnDbError);
  });

  it('is used by the gate with --online, which says that data left the machine', async () => {
    const inv = inventory(BOOKWORM, [
      pkg({
        name: 'libc6',
        version: '2.36-9+deb12u1',
        ecosystem: 'deb',
        sourceName: 'glibc',
        sourceVersion: '2.36-9+deb12u1',
      }),
    ]);
    const r = await assessInventory({
      inventory: inv,
      cwd: FIXTURES,
      env: { PORTCULLIS_OSV_API: base },
      options: { online: true, scanners: ['vuln'] },
      config: {},
      toolVersion: '0',
    });
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['DEBIAN-CVE-2010-4756', 'DSA-5514-1']);
    expect(r.notes[0]).toBe('--online: package names and versions were sent to osv.dev');
  });
});
