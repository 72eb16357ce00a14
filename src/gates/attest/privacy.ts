import { DEFAULT_REKOR_URL } from './sign.js';

/**
 * Whether writing to the transparency log would publish a private repository's name. The
 * public-good Rekor is world-readable and permanent, so a private or internal repository, or
 * one whose visibility the token does not state, writes there only when `public-log` says so.
 * slsa-github-generator added the same guard: https://github.com/slsa-framework/slsa-github-generator/issues/823
 */
export function privacyRefusal(options: {
  rekorUrl?: string;
  visibility?: string;
  repository: string;
  publicLog: boolean;
}): string | undefined {
  if (!options.rekorUrl || options.publicLog) return undefined;
  if (options.rekorUrl.replace(/\/$/, '') !== DEFAULT_REKOR_URL) return undefined;
  if (options.visibility === 'public') return undefined;
  const what = options.visibility
    ? `is ${options.visibility}`
    : 'has a visibility the identity token does not state';
  return (
    `${options.repository} ${what}: its name and workflow would be published for good on the public ` +
    'Rekor log. Set `public-log: true` to accept that, or keep the entry private: set `rekor-url` to a ' +
    'private Rekor, or `tlog: false` with `tsa-url` and `github-attestations: true` to store the bundle ' +
    "in GitHub's attestation store."
  );
}
