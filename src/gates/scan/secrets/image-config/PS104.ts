import { SECRET_RULES } from '../rules/index.js';
import { mask } from '../scan.js';
import { configMeta, isPlaceholder, SECRET_NAME } from './meta.js';
import type { ConfigHit, ConfigRule } from './types.js';

/** `ARG NAME=value`, `ENV NAME=value`, and BuildKit's `|N NAME=value` build-arg prefix of RUN lines. */
const ASSIGNMENT = /(?:^|\s|\|\d+\s)([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)/g;

/** Layer index of each history entry: entries with `empty_layer` create none. */
export function layerIndexes(history: { empty_layer?: boolean }[]): (number | undefined)[] {
  let layer = 0;
  return history.map((h) => (h.empty_layer ? undefined : layer++));
}

/**
 * A secret in the image history (`created_by`), e.g. a token passed as a build arg. The history
 * ships with the image, so deleting the file or variable in a later layer does not remove it.
 */
export const PS104: ConfigRule = {
  meta: configMeta('PS104', 'The image history holds a secret (build arg or command line)', 'high', [
    'trivy:secret',
  ]),
  check(config) {
    const history = config.history ?? [];
    const layers = layerIndexes(history);
    const hits: ConfigHit[] = [];
    history.forEach((entry, historyIndex) => {
      const line = entry.created_by ?? '';
      const at = {
        historyIndex,
        ...(layers[historyIndex] !== undefined ? { layerIndex: layers[historyIndex] } : {}),
      };
      const lower = line.toLowerCase();
      for (const rule of SECRET_RULES) {
        if (rule.path || !rule.keywords.some((k) => lower.includes(k))) continue;
        const m = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).exec(line);
        if (m)
          hits.push({
            ruleId: 'PS104',
            message: `history entry ${historyIndex} holds a ${rule.meta.title} (${mask(m.groups?.secret ?? m[0])}); it stays in the image history even if a later layer removes it`,
            ...at,
          });
      }
      for (const m of line.matchAll(ASSIGNMENT)) {
        const [, name, value] = m as unknown as [string, string, string];
        if (
          SECRET_NAME.test(name) &&
          !isPlaceholder(value) &&
          !hits.some((h) => h.historyIndex === historyIndex)
        )
          hits.push({
            ruleId: 'PS104',
            message: `history entry ${historyIndex} sets ${name} to a literal value (${mask(value.replace(/^["']|["']$/g, ''))}); it stays in the image history even if a later layer removes it`,
            ...at,
          });
      }
    });
    return hits;
  },
};
