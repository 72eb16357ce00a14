import type { Subject } from '../subjects.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** https://github.com/in-toto/attestation/blob/main/spec/v1/resource_descriptor.md */
export interface ResourceDescriptor {
  uri?: string;
  name?: string;
  digest?: Record<string, string>;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

/** SLSA Provenance v1 predicate. https://slsa.dev/spec/v1.1/provenance */
export interface ProvenancePredicate {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies?: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string> };
    metadata?: { invocationId?: string; startedOn?: string; finishedOn?: string };
    byproducts?: ResourceDescriptor[];
  };
}

/** in-toto Statement v1. https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md */
export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: string;
  predicate: ProvenancePredicate;
}

/** The parts of a predicate that come from the CI platform's verified identity token. */
export interface PlatformProvenance {
  platform: 'github' | 'gitlab';
  predicate: ProvenancePredicate;
  /** Visibility of the source repository, from the token, or undefined when it does not say. */
  visibility?: string;
  /** What a summary shows: the builder and the source. */
  source: { repository: string; ref: string; commit: string };
}
