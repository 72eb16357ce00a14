import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import type { FileFacts } from '../../../../src/gates/scan/catalog/types.js';
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

/**
 * Drives the cataloger through the StreamCataloger protocol the layer walk uses: `match` on each
 * regular file, then `open`, `push` of each chunk, and `finish`.
 */
async function walk(
  raw: Buffer,
  cataloger: ReturnType<typeof secretCataloger>,
): Promise<Record<string, FileFacts>> {
  const files: Record<string, FileFacts> = {};
  const extract = tar.extract();
  Readable.from(raw).pipe(extract);
  for await (const entry of extract) {
    const { name, mode, size } = entry.header;
    if (!cataloger.match(name, mode ?? 0, size ?? 0)) {
      entry.resume();
      continue;
    }
    const scanner = cataloger.open();
    for await (const chunk of entry) scanner.push(chunk as Buffer);
    const facts = scanner.finish();
    if (facts) files[name] = facts;
  }
  return files;
}

describe('secret cataloger (StreamCataloger protocol of the layer walk)', () => {
  it('records masked secrets per file, skipping binaries and allowed paths', async () => {
    const raw = await layerTar({
      'app/config.env': `A=1\nGITHUB_TOKEN=${GH}\n`,
      'root/.npmrc': '//registry.npmjs.org/:_authToken=abcdef123456\n',
      'root/.ssh/id_rsa':
        '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n',
      'usr/bin/tool': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]), Buffer.from(GH)]),
      'app/tests/fixture.env': `TOKEN=${GH}\n`,
      'app/node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
    });
    const files = await walk(raw, secretCataloger());
    const secrets = Object.entries(files)
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
    expect(files['app/node_modules/left-pad/package.json']).toBeUndefined();
    expect(JSON.stringify(files)).not.toContain(GH);
  });
});
