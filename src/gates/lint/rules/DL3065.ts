import type { LintRule } from '../rule.js';

/** DL3065: `FROM --platform=$TARGETPLATFORM` repeats BuildKit's default. */
export const DL3065: LintRule = {
  meta: {
    id: 'DL3065',
    title: 'Setting `FROM --platform` to predefined `$TARGETPLATFORM` is redundant',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['hadolint:DL3065', 'buildkit:RedundantTargetPlatform'],
  },
  check(ctx) {
    return ctx.stages
      .filter(
        (s) => s.platform && ['$TARGETPLATFORM', '$' + '{TARGETPLATFORM}'].includes(s.platform.value ?? ''),
      )
      .map((s) =>
        ctx.finding(
          DL3065.meta,
          { start: s.platform!.end - `--platform=${s.platform!.value}`.length, end: s.platform!.end },
          'Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior',
        ),
      );
  },
};
