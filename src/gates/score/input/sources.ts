import { execFile } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { discover, readDiscovered } from '../../../core/discover.js';
import { errorMessage, PortcullisError } from '../../../core/errors.js';
import type { GateError } from '../../../core/finding.js';
import type { GateContext } from '../../../core/gate.js';
import type { Source } from './parse.js';

export interface Sources {
  sources: Source[];
  errors: GateError[];
  /** Files walked into that hold templates (Helm), which must be rendered first. */
  templates: string[];
}

const TEMPLATE = /\{\{[\s\S]*?\}\}/;

/**
 * Renders a kustomization with `kubectl kustomize` (kustomize is built into kubectl).
 * https://kubectl.docs.kubernetes.io/references/kubectl/kustomize/
 */
export function renderKustomize(dir: string, cwd: string, env: GateContext['env']): Promise<Source> {
  const abs = isAbsolute(dir) ? dir : resolve(cwd, dir);
  return new Promise((done, fail) => {
    execFile(
      'kubectl',
      ['kustomize', abs],
      { cwd, env: env as NodeJS.ProcessEnv, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          fail(
            new PortcullisError(
              'TOOL_MISSING',
              `--kustomize needs kubectl on PATH (kustomize is built into kubectl 1.14+); install kubectl, or render with \`kustomize build ${dir} | portcullis score -\``,
            ),
          );
        } else if (error) {
          fail(
            new PortcullisError(
              'PARSE_FAILED',
              `kubectl kustomize ${dir} failed: ${stderr.trim() || errorMessage(error)}`,
              {
                file: dir,
              },
            ),
          );
        } else
          done({ file: `${dir.replace(/\/+$/, '') || '.'}/kustomization.yaml (rendered)`, text: stdout });
      },
    );
  });
}

/**
 * Reads every manifest the user named: files, directories (walked for Kubernetes YAML and JSON),
 * globs, `-` for stdin, and a kustomization rendered by kubectl.
 */
export async function readSources(
  ctx: GateContext,
  kustomize: string | undefined,
  exclude?: string[],
): Promise<Sources> {
  const out: Sources = { sources: [], errors: [], templates: [] };
  const onlyDefault = ctx.targets.length === 1 && ctx.targets[0] === '.';
  const targets = kustomize && onlyDefault ? [] : ctx.targets;
  const files = targets.length
    ? discover({ cwd: ctx.cwd, targets, kinds: ['kubernetes'], exclude, cache: ctx.discovery })
    : [];
  for (const f of files) {
    if (f.path === '-') {
      if (!ctx.readStdin) throw new PortcullisError('USAGE', 'standard input is not available here');
      out.sources.push({ file: '-', text: await ctx.readStdin() });
      continue;
    }
    const read = readDiscovered(f);
    if ('error' in read) {
      out.errors.push(read.error);
      continue;
    }
    const text = read.text;
    if (!f.explicit && TEMPLATE.test(text)) {
      out.templates.push(f.path);
      continue;
    }
    out.sources.push({ file: f.path, text: text.replace(/^\uFEFF/, '') });
  }
  if (kustomize) out.sources.push(await renderKustomize(kustomize, ctx.cwd, ctx.env));
  return out;
}
