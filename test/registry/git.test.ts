import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lsRemote, RegistryError, resolveGitRef } from '../../src/registry/index.js';
import { type GitServer, startGitServer } from '../support/git-server.js';
import { freePort } from '../support/ports.js';

describe('resolveGitRef over git smart HTTP (git http-backend)', () => {
  let server: GitServer;
  const sha: Record<string, string> = {};
  let annotatedObject = '';
  beforeAll(async () => {
    server = await startGitServer();
    const repo = server.repo('acme', 'tool');
    sha.first = repo.commit('first');
    repo.tag('v1.0.0');
    repo.tag('v1.0', 'annotated v1.0');
    annotatedObject = repo.tag('v1', 'annotated v1');
    repo.branch('release');
    sha.second = repo.commit('second');
    repo.tag('v2.0.0', 'annotated v2.0.0');
    repo.tag('v2');
    repo.branch('v1.0.0');
  });
  afterAll(() => server.stop());

  it('advertises every ref as ls-remote does, annotated tags with their peeled commit', async () => {
    const refs = await lsRemote(`${server.url}/acme/tool`);
    expect(refs.get('refs/heads/main')).toBe(sha.second);
    expect(refs.get('refs/tags/v1')).toBe(annotatedObject);
    expect(annotatedObject).not.toBe(sha.first);
    expect(refs.get('refs/tags/v1^{}')).toBe(sha.first);
    expect(refs.get('refs/tags/v1.0.0')).toBe(sha.first);
    expect(refs.has('refs/tags/v1.0.0^{}')).toBe(false);
  });

  it.each([
    ['v1', 'first', ['v1', 'v1.0', 'v1.0.0']],
    ['v1.0', 'first', ['v1', 'v1.0', 'v1.0.0']],
    ['v2', 'second', ['v2', 'v2.0.0']],
    ['release', 'first', ['v1', 'v1.0', 'v1.0.0']],
    ['main', 'second', ['v2', 'v2.0.0']],
    // a tag wins over a branch of the same name, as in git rev-parse
    ['v1.0.0', 'first', ['v1', 'v1.0', 'v1.0.0']],
  ])('%s → the %s commit, tags %j', async (ref, which, tags) => {
    expect(await resolveGitRef(`${server.url}/acme/tool`, ref)).toEqual({ sha: sha[which], tags });
  });

  it('a full SHA resolves to itself with its tags', async () => {
    expect(await resolveGitRef(`${server.url}/acme/tool`, sha.second)).toEqual({
      sha: sha.second,
      tags: ['v2', 'v2.0.0'],
    });
  });

  it('an unknown ref and a missing repository are errors naming the host and status', async () => {
    const host = new URL(server.url).host;
    await expect(resolveGitRef(`${server.url}/acme/tool`, 'v9')).rejects.toMatchObject({
      name: 'RegistryError',
      code: 'REGISTRY_REFUSED',
      registry: host,
      message: expect.stringMatching(/no tag or branch "v9"/),
    });
    await expect(resolveGitRef(`${server.url}/acme/missing`, 'v1')).rejects.toMatchObject({
      code: 'REGISTRY_REFUSED',
      status: 404,
      registry: host,
    });
  });

  it('an unreachable host is REGISTRY_UNREACHABLE, not a verdict', async () => {
    const port = await freePort();
    const e = await resolveGitRef(`http://127.0.0.1:${port}/a/b`, 'v1', {
      retries: 0,
      timeoutMs: 5000,
    }).catch((x) => x);
    expect(e).toBeInstanceOf(RegistryError);
    expect(e.code).toBe('REGISTRY_UNREACHABLE');
    expect(e.message).toBe(
      `127.0.0.1:${port}: git http://127.0.0.1:${port}/a/b/info/refs: fetch failed: ECONNREFUSED`,
    );
  });
});

describe('resolveGitRef with a token', () => {
  let server: GitServer;
  let head = '';
  beforeAll(async () => {
    server = await startGitServer({ token: 'ghs_secret-token-value' });
    const repo = server.repo('acme', 'private');
    head = repo.commit('c');
    repo.tag('v3');
  });
  afterAll(() => server.stop());

  it('sends the token as basic auth and resolves', async () => {
    const got = await resolveGitRef(`${server.url}/acme/private`, 'v3', { token: 'ghs_secret-token-value' });
    expect(got).toEqual({ sha: head, tags: ['v3'] });
    expect(server.requests.at(-1)?.password).toBe('ghs_secret-token-value');
  });

  it('a refused token is a 401 error that does not contain the token', async () => {
    const e = await resolveGitRef(`${server.url}/acme/private`, 'v3', { token: 'wrong-token-123' }).catch(
      (x) => x,
    );
    expect(e).toMatchObject({ code: 'REGISTRY_REFUSED', status: 401 });
    expect(e.message).not.toContain('wrong-token-123');
  });
});
