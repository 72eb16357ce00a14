import { describe, expect, it } from 'vitest';
import { mask, SECRET_RULE_METAS, scanSecrets } from '../../../../src/gates/scan/secrets/index.js';

// Synthetic values in each vendor's documented format; none is a real credential.
const AWS_ID = `AKIA${'Z7QXPL4MN2BV8RT3'}`;
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq9Q1x2W3v';
const GH = `ghp_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}`;
const GL = `glpat-${'Ab3dEf6hIj9kLm2nOp5q'}`;
const NPM = `npm_${'Zy9xWv8uTs7rQp6oNm5lKj4iHg3fEd2cBa1z'}`;
const SLACK = `xoxb-${'1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx'}`;
const KEY_BODY = 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun';
const AZURE_KEY = `${'A'.repeat(40)}${'b1C2d3E4f5'.repeat(4)}Zz4455==`.slice(0, 86) + '==';

type Case = [string, string, string, { line: number; column: number; masked: string }[]];

// [rule, path, content, expected hits]: a hit and a no-hit case per rule.
const CASES: Case[] = [
  [
    'PS001',
    'app/.env',
    `X=1\nAWS_ACCESS_KEY_ID=${AWS_ID}\n`,
    [{ line: 2, column: 19, masked: 'AKIA****************' }],
  ],
  ['PS001', 'app/.env', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n', []],
  [
    'PS002',
    'root/.aws/credentials',
    `[default]\naws_secret_access_key = ${AWS_SECRET}\n`,
    [{ line: 2, column: 25, masked: 'wJal****************' }],
  ],
  ['PS002', 'root/.aws/credentials', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n', []],
  [
    'PS003',
    'etc/ssl/private/server.key',
    `-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY}\n-----END RSA PRIVATE KEY-----\n`,
    [{ line: 2, column: 1, masked: 'MIIE****************' }],
  ],
  ['PS003', 'etc/ssl/certs/server.pem', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', []],
  [
    'PS004',
    'app/sa.json',
    `{\n  "type": "service_account",\n  "project_id": "p",\n  "private_key_id": "${'0123456789abcdef'.repeat(2)}01234567"\n}`,
    [{ line: 4, column: 22, masked: '0123****************' }],
  ],
  ['PS004', 'app/sa.json', '{"type": "authorized_user", "client_id": "x"}', []],
  [
    'PS005',
    'app/appsettings.json',
    `"Storage": "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${AZURE_KEY};EndpointSuffix=core.windows.net"`,
    [{ line: 1, column: 72, masked: 'AAAA****************' }],
  ],
  ['PS005', 'app/appsettings.json', '"Storage": "UseDevelopmentStorage=true"', []],
  [
    'PS006',
    'app/deploy.sh',
    `curl -H "Authorization: token ${GH}" https://api.github.com`,
    [{ line: 1, column: 31, masked: 'ghp_****************' }],
  ],
  ['PS006', 'app/deploy.sh', 'curl -H "Authorization: token $GITHUB_TOKEN" https://api.github.com', []],
  ['PS007', 'app/ci.env', `GITLAB_TOKEN=${GL}`, [{ line: 1, column: 14, masked: 'glpa****************' }]],
  ['PS007', 'app/ci.env', 'GITLAB_TOKEN=glpat-short', []],
  [
    'PS008',
    'app/publish.sh',
    `npm config set //registry.npmjs.org/:_authToken ${NPM}`,
    [{ line: 1, column: 49, masked: 'npm_****************' }],
  ],
  ['PS008', 'app/publish.sh', 'npm publish --access public', []],
  ['PS009', 'app/notify.py', `TOKEN = "${SLACK}"`, [{ line: 1, column: 10, masked: 'xoxb****************' }]],
  ['PS009', 'app/notify.py', 'TOKEN = os.environ["SLACK_TOKEN"]', []],
  [
    'PS010',
    'root/.npmrc',
    'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=s3cr3t-t0k3n-value\n',
    [{ line: 2, column: 34, masked: 's3cr**************' }],
  ],
  ['PS010', 'root/.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', []],
  [
    'PS011',
    'root/.pypirc',
    '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcCJ\n',
    [{ line: 3, column: 12, masked: 'pypi****************' }],
  ],
  ['PS011', 'root/.pypirc', '[pypi]\nusername = __token__\n', []],
  [
    'PS012',
    'root/.docker/config.json',
    '{"auths":{"registry.example.com":{"auth":"dXNlcjpodW50ZXIy"}}}',
    [{ line: 1, column: 43, masked: 'dXNl************' }],
  ],
  ['PS012', 'root/.docker/config.json', '{"credsStore":"desktop"}', []],
  [
    'PS013',
    'root/.git-credentials',
    'https://alice:hunter2hunter2@github.com\n',
    [{ line: 1, column: 15, masked: 'hu************' }],
  ],
  ['PS013', 'root/.git-credentials', 'https://github.com\n', []],
  [
    'PS014',
    'root/.ssh/id_rsa',
    'anything at all, even encrypted',
    [{ line: 1, column: 1, masked: '(whole file)' }],
  ],
  ['PS014', 'root/.ssh/id_rsa.pub', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI user@host', []],
];

describe('secret rules', () => {
  it.each(CASES)('%s in %s (%#)', (rule, path, content, expected) => {
    const hits = scanSecrets(path, Buffer.from(content)).filter((h) => h.ruleId === rule);
    expect(hits.map(({ line, column, masked }) => ({ line, column, masked }))).toEqual(expected);
    // The report never carries more than a 4-character prefix of the secret.
    for (const h of scanSecrets(path, Buffer.from(content)))
      if (h.masked !== '(whole file)') expect(h.masked).not.toMatch(/[A-Za-z0-9+/]{5,}/);
  });

  it('has a hit and a no-hit case for every rule', () => {
    for (const meta of SECRET_RULE_METAS) {
      const cases = CASES.filter(([id]) => id === meta.id);
      expect([meta.id, cases.some((c) => c[3].length > 0), cases.some((c) => c[3].length === 0)]).toEqual([
        meta.id,
        true,
        true,
      ]);
    }
  });

  it('skips allowed paths, binaries and tiny files', () => {
    const text = Buffer.from(`TOKEN=${GH}\n`);
    expect(scanSecrets('app/tests/fixtures/token.txt', text)).toEqual([]);
    expect(scanSecrets('usr/share/doc/x/README', text)).toEqual([]);
    expect(scanSecrets('app/README.md', text)).toEqual([]);
    expect(
      scanSecrets('app/bin/tool', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), text])),
    ).toEqual([]);
    expect(scanSecrets('app/t', Buffer.from('ghp_'))).toEqual([]);
    expect(scanSecrets('app/token.txt', text).map((h) => h.ruleId)).toEqual(['PS006']);
    expect(scanSecrets('app/token.txt', text, { allowPaths: [/^app\//] })).toEqual([]);
    expect(scanSecrets('app/token.txt', text, { disabled: ['PS006'] })).toEqual([]);
  });

  it('masks all but a short prefix', () => {
    expect(mask('abcdefghijklmnopqrstuvwxyz')).toBe('abcd****************');
    expect(mask('abcdefghij')).toBe('ab********');
    expect(mask('abc')).toBe('***');
  });
});
