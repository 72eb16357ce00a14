import { expand } from '../parse/vars.js';
import type { LintRule } from '../rule.js';

const NAME = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REFERENCE = new RegExp(
  `^(?:[A-Za-z0-9.-]+(?::[0-9]+)?/)?${NAME}(?:/${NAME})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$`,
);

/** True when `ref` is a valid image reference (https://github.com/distribution/reference grammar). */
export function isImageReference(ref: string): boolean {
  return REFERENCE.test(ref);
}

/**
 * PL013: with the ARG defaults alone the FROM image is empty or invalid, so a build without
 * `--build-arg` fails (BuildKit `InvalidDefaultArgInFrom`).
 */
export const PL013: LintRule = {
  meta: {
    id: 'PL013',
    title: 'Default value for an ARG in FROM gives an invalid image name',
    severity: 'warning',
    gate: 'lint',
    equivalents: ['buildkit:InvalidDefaultArgInFrom'],
  },
  check(ctx) {
    return ctx.stages
      .filter((s) => s.image.includes('$'))
      .filter((s) => {
        const e = expand(s.image, s.from.scope);
        return e.undefinedNames.length === 0 && !isImageReference(e.value);
      })
      .map((s) => {
        const word = ctx.dockerfile.text.indexOf(s.image, s.from.keywordEnd);
        return ctx.finding(
          PL013.meta,
          { start: word, end: word + s.image.length },
          `Default value for ARG ${s.image} results in empty or invalid base image name`,
        );
      });
  },
};
