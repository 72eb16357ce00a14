import type { Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';

/**
 * Fulcio certificate extensions. OIDs from
 * https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md
 */
export const FULCIO_OIDS = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
} as const;

/** Who signed, read from the signing certificate (only meaningful once the chain verified). */
export interface CertificateIdentity {
  subjectAlternativeName?: string;
  issuer?: string;
  buildSignerUri?: string;
  buildSignerDigest?: string;
  runnerEnvironment?: string;
  sourceRepositoryUri?: string;
  sourceRepositoryDigest?: string;
  sourceRepositoryRef?: string;
  buildConfigUri?: string;
  buildTrigger?: string;
  runInvocationUri?: string;
  sourceRepositoryVisibility?: string;
}

function leafCertificate(bundle: Bundle): X509Certificate | undefined {
  const vm = bundle.verificationMaterial.content;
  if (vm.$case === 'certificate') return X509Certificate.parse(Buffer.from(vm.certificate.rawBytes));
  if (vm.$case === 'x509CertificateChain') {
    const leaf = vm.x509CertificateChain.certificates[0];
    return leaf ? X509Certificate.parse(Buffer.from(leaf.rawBytes)) : undefined;
  }
  return undefined;
}

function extensionText(cert: X509Certificate, oid: string, der: boolean): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  // Extensions from 1.8 on are DER UTF8Strings; the legacy ones hold the raw text.
  if (der) {
    const inner = ext.valueObj.subs?.[0]?.value;
    if (inner) return inner.toString('utf8');
  }
  return ext.value.toString('utf8');
}

/** Reads the SAN and Fulcio extensions of a bundle's signing certificate; undefined for keys. */
export function certificateIdentity(bundle: Bundle): CertificateIdentity | undefined {
  const cert = leafCertificate(bundle);
  if (!cert) return undefined;
  const out: CertificateIdentity = { subjectAlternativeName: cert.subjectAltName };
  for (const [name, oid] of Object.entries(FULCIO_OIDS)) {
    if (name === 'issuerV1') continue;
    const value = extensionText(cert, oid, true);
    if (value !== undefined) out[name as Exclude<keyof typeof FULCIO_OIDS, 'issuerV1'>] = value;
  }
  out.issuer ??= extensionText(cert, FULCIO_OIDS.issuerV1, false);
  return out;
}
