import type { Subject } from '../subjects.js';
import {
  type PlatformProvenance,
  type ProvenancePredicate,
  type ResourceDescriptor,
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE,
  type Statement,
} from './types.js';

export interface StatementInput {
  subjects: Subject[];
  platform: PlatformProvenance;
  startedOn?: Date;
  finishedOn?: Date;
  /** Base images and other inputs, added after the platform's own source dependency. */
  dependencies?: ResourceDescriptor[];
  /** Outputs besides the subjects, e.g. the SBOM the scan gate wrote. */
  byproducts?: ResourceDescriptor[];
}

/** RFC 3339 in UTC without fractional seconds, as SLSA's examples write timestamps. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An in-toto Statement v1 with an SLSA Provenance v1 predicate: the platform's fields, plus
 * what GitHub's action leaves out (startedOn/finishedOn, base-image dependencies, byproducts).
 * https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md
 * https://slsa.dev/spec/v1.1/provenance
 */
export function buildStatement(input: StatementInput): Statement {
  if (!input.subjects.length) throw new Error('a statement needs at least one subject');
  const base = input.platform.predicate;
  const metadata = {
    ...base.runDetails.metadata,
    ...(input.startedOn ? { startedOn: rfc3339(input.startedOn) } : {}),
    ...(input.finishedOn ? { finishedOn: rfc3339(input.finishedOn) } : {}),
  };
  const predicate: ProvenancePredicate = {
    buildDefinition: {
      ...base.buildDefinition,
      resolvedDependencies: [
        ...(base.buildDefinition.resolvedDependencies ?? []),
        ...(input.dependencies ?? []),
      ],
    },
    runDetails: {
      ...base.runDetails,
      metadata,
      ...(input.byproducts?.length ? { byproducts: input.byproducts } : {}),
    },
  };
  return {
    _type: STATEMENT_TYPE,
    subject: input.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate,
  };
}
