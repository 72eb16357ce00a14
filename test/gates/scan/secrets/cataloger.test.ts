import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { CATALOGERS } from '../../../../src/gates/scan/catalog/index.js';
import { walkLayer } from '../../../../src/gates/scan/layers/walk.js';
import { DEFAULT_LIMITS } from '../../../../src/gates/scan/limits.js';
import { isSecretFacts, secretCataloger } from '../../../../src/gates/scan/secrets/index.js';

const GH = `ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;

async function layerTar(files: Record<string, string | Buffer>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files)) pack.entry({ name, mode: 0o644 }, content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const sha = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

describe('secret cataloger in the layer walk', () => {
  it('records masked secrets per file, after the package catalogers, skipping binaries and allowed paths', async () => {
    const raw = await layerTar({
      'app/config.env': `A=1\nGITHUB_TOKEN=${GH}\n`,
      'root/.npmrc': '//registry.npmjs.org/:_authToken=abcdef123456\n',
      'root/.ssh/id_rsa':
        '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n',
      'usr/bin/tool': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]), Buffer.from(GH)]),
      'app/tests/fixture.env': `TOKEN=${GH}\n`,
      'app/node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
    });
    const blob = gzipSync(raw);
    const analysis = await walkLayer(Readable.from(blob), {
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: sha(blob),
      diffId: sha(raw),
      analyzerVersion: 'test',
      catalogers: [...CATALOGERS, secretCataloger()],
      limits: DEFAULT_LIMITS,
      budget: { remaining: DEFAULT_LIMITS.maxImageBytes },
    });
    const secrets = Object.entries(analysis.files)
      .filter(([, f]) => isSecretFacts(f))
      .map(([path, f]) => [
        path,
        isSecretFacts(f) ? f.secrets.map((s) => `${s.ruleId}@${s.line}:${s.column} ${s.masked}`) : [],
      ]);
    expect(secrets.sort()).toEqual([
      ['app/config.env', ['PS006@2:14 ghp_****************']],
      ['root/.npmrc', ['PS010@1:34 ab**********']],
      ['root/.ssh/id_rsa', ['PS014@1:1 (whole file)', 'PS003@2:1 b3Bl****************']],
    ]);
    // The npm cataloger still owns package.json.
    expect(analysis.files['app/node_modules/left-pad/package.json']?.cataloger).not.toBe('secrets');
    expect(JSON.stringify(analysis)).not.toContain(GH);
  });
});
