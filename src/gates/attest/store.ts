import type { SerializedBundle } from '@sigstore/bundle';
import { errorMessage, PortcullisError } from '../../core/errors.js';
import { UnsupportedError } from './token.js';

/**
 * Stores a bundle in GitHub's attestation store (`POST /repos/{owner}/{repo}/attestations`),
 * where `gh attestation verify` finds it. Plan limits, such as user-owned private
 * repositories, are reported as unsupported so `on-unsupported` decides.
 * https://docs.github.com/rest/repos/attestations#create-an-attestation
 */
export async function storeOnGitHub(
  bundle: SerializedBundle,
  options: { apiUrl: string; repository: string; token?: string; timeoutMs?: number },
): Promise<string | undefined> {
  if (!options.token) {
    throw new UnsupportedError('github-attestations needs GITHUB_TOKEN with `attestations: write`');
  }
  const url = `${options.apiUrl.replace(/\/$/, '')}/repos/${options.repository}/attestations`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: 'application/vnd.github+json',
        'content-type': 'application/json',
        'x-github-api-version': '2022-11-28',
      },
      body: JSON.stringify({ bundle }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (cause) {
    throw new PortcullisError('NETWORK', `cannot reach ${url}: ${errorMessage(cause)}`, { cause });
  }
  const text = await res.text();
  if (res.ok) {
    try {
      return String((JSON.parse(text) as { id?: unknown }).id ?? '') || undefined;
    } catch {
      return undefined;
    }
  }
  let message = text;
  try {
    message = (JSON.parse(text) as { message?: string }).message ?? text;
  } catch {
    // not JSON: keep the text
  }
  if (res.status === 404 || res.status === 403 || /not available|not accessible/i.test(message)) {
    throw new UnsupportedError(
      `GitHub refused to store the attestation (HTTP ${res.status}: ${message}). Private repositories need GitHub Enterprise Cloud and \`attestations: write\`; the bundle file and the log entry are still written.`,
    );
  }
  throw new PortcullisError(
    'REGISTRY_REFUSED',
    `GitHub attestation store answered HTTP ${res.status}: ${message}`,
  );
}
