import type { LintRule } from '../rule.js';

/** DL3029: a constant `--platform` on FROM breaks multi-platform builds; use `$BUILDPLATFORM`/`$TARGETPLATFORM`. */
export const DL3029: LintRule = {
  meta: {
    id: 'DL3029',
    title: 'Do not use --platform flag with FROM',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3029', 'buildkit:FromPlatformFlagConstDisallowed'],
  },
  check(ctx) {
    return ctx.stages.flatMap((s) => {
      const p = s.platform;
      if (!p?.value || p.value.includes('BUILDPLATFORM') || p.value.includes('TARGETPLATFORM')) return [];
      return [ctx.finding(DL3029.meta, p, 'Do not use --platform flag with FROM')];
    });
  },
};
