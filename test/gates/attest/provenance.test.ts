// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Dockerfile text with ${ARG} images
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { privacyRefusal } from '../../../src/gates/attest/privacy.js';
import { dockerfileDependencies } from '../../../src/gates/attest/provenance/dockerfile.js';
import {
  GITHUB_BUILD_TYPE,
  githubProvenance,
  githubServerUrl,
} from '../../../src/gates/attest/provenance/github.js';
import { GITLAB_BUILD_TYPE, gitlabProvenance } from '../../../src/gates/attest/provenance/gitlab.js';
import { buildStatement } from '../../../src/gates/attest/provenance/statement.js';

const fixture = (p: string) => JSON.parse(readFileSync(`test/fixtures/attest/${p}`, 'utf8'));
const githubClaims = fixture('claims/github.json');
const gitlabClaims = fixture('claims/gitlab.json');
const ajv = new Ajv({ allErrors: true, strict: false });
const validStatement = ajv.compile(fixture('schemas/in-toto-statement-v1.schema.json'));
const validPredicate = ajv.compile(fixture('schemas/slsa-provenance-v1.schema.json'));
const SUBJECT = {
  name: 'MODULE.bazel',
  digest: { sha256: '06ce330900a7d6403bc8d88e5dfad6aeeb8ae40179f66bb89e69c8bf6f6b1a0b' },
};
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

function realGithubStatement(): Record<string, any> {
  const line = readFileSync('test/fixtures/attest/slsa-verifier/MODULE.bazel.intoto.jsonl', 'utf8').trim();
  return JSON.parse(Buffer.from(JSON.parse(line).dsseEnvelope.payload, 'base64').toString('utf8'));
}

describe('GitHub provenance', () => {
  it("is field for field what GitHub's attest action wrote for the same run", () => {
    const real = realGithubStatement();
    const ours = buildStatement({
      subjects: [SUBJECT],
      platform: githubProvenance(githubClaims, GITHUB_ISSUER),
    });
    expect(ours).toEqual(real);
  });

  it('adds startedOn, finishedOn, base images and byproducts, and stays schema-valid', () => {
    const statement = buildStatement({
      subjects: [SUBJECT],
      platform: githubProvenance(githubClaims, GITHUB_ISSUER),
      startedOn: new Date('2026-11-25T07:00:00.123Z'),
      finishedOn: new Date('2026-11-25T07:05:00Z'),
      dependencies: [
        { uri: 'pkg:docker/alpine@3.20', digest: { sha256: 'c'.repeat(64) }, name: 'alpine:3.20' },
      ],
      byproducts: [{ name: 'sbom.cdx.json', digest: { sha256: 'd'.repeat(64) } }],
    });
    expect(statement.predicate.runDetails).toMatchSnapshot();
    expect(statement.predicate.buildDefinition.resolvedDependencies).toHaveLength(2);
    expect(validStatement(statement), JSON.stringify(validStatement.errors)).toBe(true);
    expect(validPredicate(statement.predicate), JSON.stringify(validPredicate.errors)).toBe(true);
  });

  it('names every missing claim', () => {
    const { sha: _sha, run_id: _run, ...partial } = githubClaims;
    expect(() => githubProvenance(partial, GITHUB_ISSUER)).toThrow(
      'the GitHub Actions identity token lacks the claims sha, run_id',
    );
  });

  it.each([
    [GITHUB_ISSUER, undefined, 'https://github.com'],
    ['https://token.actions.octocorp.ghe.com', undefined, 'https://octocorp.ghe.com'],
    ['https://ghes.example.com/_services/token', 'https://ghes.example.com/', 'https://ghes.example.com'],
  ])('maps issuer %s to server %s', (issuer, configured, server) => {
    expect(githubServerUrl(issuer, configured)).toBe(server);
  });

  it('needs server-url for an unknown issuer', () => {
    expect(() => githubServerUrl('https://ghes.example.com/_services/token')).toThrow(
      'set attest.server-url',
    );
  });
});

describe('GitLab provenance', () => {
  it('builds the predicate from the ID token', () => {
    const p = gitlabProvenance(gitlabClaims, 'https://gitlab.example.com');
    expect(p.visibility).toBe('private');
    expect(p.source).toEqual({
      repository: 'https://gitlab.example.com/my-group/my-project',
      ref: 'refs/heads/feature-branch-1',
      commit: '714a629c0b401fdce83e847fc9589983fc6f46bc',
    });
    expect(p.predicate.buildDefinition.buildType).toBe(GITLAB_BUILD_TYPE);
    expect(p.predicate).toMatchSnapshot();
    const statement = buildStatement({
      subjects: [SUBJECT],
      platform: p,
      finishedOn: new Date('2026-11-25T07:05:00Z'),
    });
    expect(validStatement(statement), JSON.stringify(validStatement.errors)).toBe(true);
    expect(validPredicate(statement.predicate), JSON.stringify(validPredicate.errors)).toBe(true);
  });

  it('derives ref_path on GitLab before 16.0 and falls back to the runner as builder', () => {
    const { ref_path: _r, ci_config_ref_uri: _c, ...old } = gitlabClaims;
    const p = gitlabProvenance({ ...old, ref_type: 'tag', ref: 'v1.0.0' }, 'https://gitlab.example.com/');
    expect(p.source.ref).toBe('refs/tags/v1.0.0');
    expect(p.predicate.runDetails.builder.id).toBe(
      'https://gitlab.example.com/my-group/my-project/-/runners/1',
    );
  });
});

describe('buildType constants', () => {
  it('uses the GitHub workflow build type slsa-verifier knows', () => {
    expect(GITHUB_BUILD_TYPE).toBe('https://actions.github.io/buildtypes/workflow/v1');
  });
});

describe('Dockerfile base images', () => {
  const D = `sha256:${'e'.repeat(64)}`;
  it.each([
    [
      'a pinned image',
      `FROM alpine:3.20@${D}\n`,
      [{ uri: `pkg:docker/alpine@3.20`, digest: { sha256: 'e'.repeat(64) }, name: 'alpine:3.20' }],
      [],
    ],
    [
      'a digest without tag',
      `FROM ghcr.io/acme/base@${D}\n`,
      [
        {
          uri: `pkg:docker/ghcr.io/acme/base@${D}`,
          digest: { sha256: 'e'.repeat(64) },
          name: 'ghcr.io/acme/base',
        },
      ],
      [],
    ],
    ['an unpinned image', 'FROM node:22\n', [], ['node:22']],
    ['stages, scratch and ARG images', 'ARG B=x\nFROM scratch AS s\nFROM s\nFROM ${B}\n', [], []],
    [
      'a repeated base once',
      `FROM alpine:3.20@${D} AS a\nFROM alpine:3.20@${D}\n`,
      [{ uri: `pkg:docker/alpine@3.20`, digest: { sha256: 'e'.repeat(64) }, name: 'alpine:3.20' }],
      [],
    ],
  ])('%s', (_name, text, dependencies, unpinned) => {
    expect(dockerfileDependencies(text)).toEqual({ dependencies, unpinned });
  });
});

describe('privacy of private repositories', () => {
  const base = {
    rekorUrl: 'https://rekor.sigstore.dev',
    repository: 'https://github.com/acme/secret',
    publicLog: false,
  };
  it.each([
    ['private', 'private', true],
    ['internal', 'internal', true],
    ['unknown visibility', undefined, true],
    ['public', 'public', false],
  ])('a %s repository on the public log: refused=%s', (_n, visibility, refused) => {
    const why = privacyRefusal({ ...base, visibility });
    expect(why !== undefined).toBe(refused);
    if (why) expect(why).toMatch(/public-log: true.*rekor-url.*GitHub's attestation store/s);
  });

  it('allows a private repository with public-log, a private Rekor, or no log', () => {
    expect(privacyRefusal({ ...base, visibility: 'private', publicLog: true })).toBeUndefined();
    expect(
      privacyRefusal({ ...base, visibility: 'private', rekorUrl: 'https://rekor.internal' }),
    ).toBeUndefined();
    expect(privacyRefusal({ ...base, visibility: 'private', rekorUrl: undefined })).toBeUndefined();
  });
});
