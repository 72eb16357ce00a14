import type { Finding } from '../../core/finding.js';
import type { Rule, RuleMeta } from '../../core/rule.js';
import type { LifecycleSnapshot } from './lifecycle/types.js';
import type { ActionRef, Reference } from './types.js';

/** The parts of a parsed image reference the rules read (a subset of the registry client's type). */
export interface ImageReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** What `--check-stale` learnt about a pinned reference. */
export interface Staleness {
  /** The digest the tag points at now. */
  current?: string;
  /** The tag moved away from the pinned digest longer ago than the grace period (or at an unknown time). */
  stale?: boolean;
  /** The pinned digest no longer exists in the registry. */
  missing?: boolean;
}

/** A reference with what the gate knows about it, ready for the rules. */
export interface CheckedRef extends Reference {
  image?: ImageReference;
  action?: ActionRef;
  /** Why the text is not a valid image reference. */
  invalid?: string;
  staleness?: Staleness;
}

/** The `pin:` policy after defaults, config and options are merged. */
export interface PinPolicy {
  requireDigest: boolean;
  forbidLatest: boolean;
  allowedRegistries: string[];
  lifecycle: { enabled: boolean; warnDays: number; extendedSupport: boolean };
}

export interface PinCheckContext {
  refs: CheckedRef[];
  policy: PinPolicy;
  snapshot: LifecycleSnapshot;
  /** YYYY-MM-DD. */
  today: string;
}

export type PinRule = Rule<PinCheckContext>;

/** A finding at a reference's exact range. */
export function findingAt(
  meta: RuleMeta,
  ref: Reference,
  message: string,
  data?: Record<string, unknown>,
): Finding {
  return {
    ruleId: meta.id,
    severity: meta.severity,
    message,
    file: ref.file,
    ...ref.range,
    snippet: ref.raw,
    security: meta.security,
    data: { reference: ref.value ?? ref.raw, context: ref.context, ...data },
  };
}

/** Image references whose text parsed, the ones policy rules look at. */
export function images(ctx: PinCheckContext): (CheckedRef & { image: ImageReference })[] {
  return ctx.refs.filter((r): r is CheckedRef & { image: ImageReference } => r.kind === 'image' && !!r.image);
}
