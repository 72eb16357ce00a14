import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DiscoveryCache,
  discover,
  exitCodeFor,
  kindFromPath,
  PortcullisError,
} from '../../src/core/index.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pc-discover-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('kind detection', () => {
  it.each([
    ['Dockerfile', 'dockerfile'],
    ['api/Dockerfile.prod', 'dockerfile'],
    ['web.Dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['.github/workflows/ci.yml', 'github-workflow'],
    ['tools/action.yaml', 'github-action'],
    ['.gitlab-ci.yml', 'gitlab-ci'],
    ['ci/build.gitlab-ci.yml', 'gitlab-ci'],
    ['docker-compose.yml', 'compose'],
    ['compose.prod.yaml', 'compose'],
    ['k8s/deploy.yaml', 'yaml'],
    ['README.md', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(kindFromPath(path)).toBe(kind);
  });
});

describe('discover', () => {
  const root = tree({
    '.gitignore': 'build/\n*.tmp.yaml\n',
    Dockerfile: 'FROM alpine\n',
    'build/Dockerfile': 'FROM alpine\n',
    'svc/.gitignore': 'ignored.Dockerfile\n',
    'svc/ignored.Dockerfile': 'FROM alpine\n',
    'svc/api.Dockerfile': 'FROM alpine\n',
    'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\n',
    'k8s/values.yaml': 'replicas: 2\n',
    'k8s/scratch.tmp.yaml': 'apiVersion: v1\nkind: Pod\n',
    'node_modules/x/Dockerfile': 'FROM alpine\n',
  });

  it('walks directories honouring nested .gitignore files and sniffs Kubernetes YAML', () => {
    const files = discover({ cwd: root, targets: ['.'], kinds: ['dockerfile', 'kubernetes'] });
    expect(files.map((f) => [f.path, f.kind])).toEqual([
      ['Dockerfile', 'dockerfile'],
      ['k8s/deploy.yaml', 'kubernetes'],
      ['svc/api.Dockerfile', 'dockerfile'],
    ]);
  });

  it('expands globs relative to cwd', () => {
    const files = discover({ cwd: root, targets: ['svc/*.Dockerfile'], kinds: ['dockerfile'] });
    expect(files.map((f) => f.path)).toEqual(['svc/api.Dockerfile']);
  });

  it('returns an explicitly named file even when ignored', () => {
    const files = discover({ cwd: root, targets: ['build/Dockerfile'], kinds: ['dockerfile'] });
    expect(files).toEqual([
      expect.objectContaining({ path: 'build/Dockerfile', explicit: true, kind: 'dockerfile' }),
    ]);
  });

  it('honours exclude globs', () => {
    const files = discover({ cwd: root, targets: ['.'], kinds: ['dockerfile'], exclude: ['svc/**'] });
    expect(files.map((f) => f.path)).toEqual(['Dockerfile']);
  });

  it('fails with the path name when a target does not exist, never an empty pass', () => {
    try {
      discover({ cwd: root, targets: ['missing/Dockerfile'], kinds: ['dockerfile'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PortcullisError);
      expect((e as Error).message).toContain('missing/Dockerfile');
      expect(exitCodeFor(e)).toBe(2);
    }
    expect(() => discover({ cwd: root, targets: ['nothing/*.yaml'], kinds: ['kubernetes'] })).toThrow(
      /no files match nothing\/\*\.yaml/,
    );
  });

  it('shares one walk between the gates of a run, each still getting only its kinds', () => {
    const cache = new DiscoveryCache();
    const dockerfiles = discover({ cwd: root, targets: ['.'], kinds: ['dockerfile'], cache });
    const manifests = discover({ cwd: root, targets: ['.'], kinds: ['kubernetes'], cache });
    expect(cache.walks.size).toBe(1);
    expect(dockerfiles).toEqual(discover({ cwd: root, targets: ['.'], kinds: ['dockerfile'] }));
    expect(manifests).toEqual(discover({ cwd: root, targets: ['.'], kinds: ['kubernetes'] }));
    expect(manifests.every((f) => f.kind === 'kubernetes')).toBe(true);
  });
});
