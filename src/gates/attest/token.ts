import { errorMessage, PortcullisError } from '../../core/errors.js';

/** A CI limit that stops attestation; `on-unsupported` decides between failing and warning. */
export class UnsupportedError extends PortcullisError<'INCOMPLETE'> {
  constructor(message: string) {
    super('INCOMPLETE', message);
    this.name = 'UnsupportedError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Gets the CI's OIDC identity token for `audience`: an explicit PORTCULLIS_ID_TOKEN, GitHub
 * Actions' token service (needs `permissions: id-token: write`), or GitLab's `id_tokens:`
 * variable SIGSTORE_ID_TOKEN. https://docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
 */
export async function ciIdentityToken(env: Env, audience: string, timeoutMs = 10_000): Promise<string> {
  if (env.PORTCULLIS_ID_TOKEN) return env.PORTCULLIS_ID_TOKEN.trim();
  if (env.GITHUB_ACTIONS === 'true') {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
      throw new UnsupportedError(
        'GitHub gave this job no OIDC token: add `permissions: id-token: write` to the job. Pull requests from forks never get one; attest on push or release instead.',
      );
    }
    const target = new URL(url);
    target.searchParams.set('audience', audience);
    let res: Response;
    try {
      res = await fetch(target, {
        headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw new PortcullisError(
        'NETWORK',
        `cannot reach GitHub's OIDC token service: ${errorMessage(cause)}`,
        {
          cause,
        },
      );
    }
    if (!res.ok)
      throw new PortcullisError('NETWORK', `GitHub's OIDC token service answered HTTP ${res.status}`);
    const body = (await res.json()) as { value?: string };
    if (!body.value) throw new PortcullisError('NETWORK', "GitHub's OIDC token service returned no token");
    return body.value;
  }
  if (env.GITLAB_CI === 'true') {
    if (env.SIGSTORE_ID_TOKEN) return env.SIGSTORE_ID_TOKEN.trim();
    throw new UnsupportedError(
      'GitLab gave this job no SIGSTORE_ID_TOKEN: add `id_tokens: SIGSTORE_ID_TOKEN: aud: sigstore` to the job.',
    );
  }
  throw new UnsupportedError(
    'no CI identity token: run in GitHub Actions or GitLab CI/CD, or set PORTCULLIS_ID_TOKEN to an OIDC token',
  );
}
