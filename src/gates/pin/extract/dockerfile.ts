import {
  type Arg,
  DockerfileParser,
  type From,
  type Instruction,
  type ModifiableInstruction,
} from 'dockerfile-ast';
import { PortcullisError } from '../../../core/errors.js';
import type { Range } from '../../../core/finding.js';
import type { RefContext, Reference } from '../types.js';
import { expand } from './variables.js';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Known instructions (https://docs.docker.com/reference/dockerfile/#overview). */
const INSTRUCTIONS = new Set(
  'ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL USER VOLUME WORKDIR'.split(
    ' ',
  ),
);

type Adder = (
  context: RefContext,
  r: LspRange,
  vars: Map<string, string | undefined>,
  platform?: string,
) => void;

function toRange(r: LspRange): Range {
  return {
    line: r.start.line + 1,
    column: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

class Source {
  private readonly lines: string[];
  constructor(text: string) {
    this.lines = text.split('\n');
  }
  slice(r: LspRange): string {
    if (r.start.line === r.end.line)
      return this.lines[r.start.line].slice(r.start.character, r.end.character);
    const parts = [this.lines[r.start.line].slice(r.start.character)];
    for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(this.lines[l]);
    parts.push(this.lines[r.end.line].slice(0, r.end.character));
    return parts.join('\n');
  }
}

/** The literal default of the global ARG that a whole-variable reference (`${BASE}`, `$BASE`) names. */
function argTarget(raw: string, globalArgs: Arg[], src: Source): Reference['edit'] {
  const name = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(raw);
  if (!name) return undefined;
  const decl = globalArgs
    .filter((a) => a.getProperty()?.getName() === (name[1] ?? name[2]))
    .pop()
    ?.getProperty();
  const range = decl?.getValueRange();
  if (!range || range.start.line !== range.end.line) return undefined;
  const text = src.slice(range);
  return /^[^\s$"'\\]+$/.test(text) ? { range: toRange(range), raw: text } : undefined;
}

function argDefaults(
  args: Arg[],
  into: Map<string, string | undefined>,
  inherited?: Map<string, string | undefined>,
) {
  for (const a of args) {
    const p = a.getProperty();
    if (!p) continue;
    const v = p.getValue();
    into.set(p.getName(), v ?? inherited?.get(p.getName()));
  }
}

function fail(file: string, r: LspRange, message: string): never {
  throw new PortcullisError(
    'PARSE_FAILED',
    `${file}:${r.start.line + 1}:${r.start.character + 1}: ${message}`,
    {
      file,
    },
  );
}

/**
 * Image references of a Dockerfile: every FROM (not a FROM of an earlier stage), `COPY --from`,
 * `RUN --mount=…,from=` and the `# syntax=` directive. Global ARG defaults are expanded into
 * FROM, as BuildKit does; stage ARGs as well into flag values.
 * https://docs.docker.com/build/building/variables/#scoping
 */
function fromRef(
  file: string,
  from: From,
  src: Source,
  isStage: (name: string) => boolean,
  globals: Map<string, string | undefined>,
  add: Adder,
): void {
  const range = from.getImageRange();
  if (!range) fail(file, from.getInstructionRange(), 'FROM requires an image');
  const image = src.slice(range);
  const resolved = expand(image, globals).value ?? image;
  // A FROM of an earlier stage inherits that stage; `scratch` is the empty image.
  if (isStage(resolved) || resolved.toLowerCase() === 'scratch') return;
  add('from', range, globals, from.getPlatformFlag()?.getValue() ?? undefined);
}

export function extractDockerfile(file: string, text: string): Reference[] {
  const df = DockerfileParser.parse(text);
  const src = new Source(text);
  const refs: Reference[] = [];
  const add: Adder = (context, r, vars, platform) => {
    const raw = src.slice(r);
    const exp = expand(raw, vars);
    const literal = !raw.includes('$');
    refs.push({
      kind: 'image',
      context,
      file,
      raw,
      value: exp.value,
      unresolved: exp.value === undefined ? exp.unresolved : undefined,
      range: toRange(r),
      editable: literal && !/[\s\\"']/.test(raw),
      edit: context === 'from' && !literal ? argTarget(raw, df.getInitialARGs(), src) : undefined,
      platform,
    });
  };

  const directive = df.getDirectives().find((d) => d.getName().toLowerCase() === 'syntax');
  if (directive?.getValue()) add('syntax', directive.getValueRange(), new Map());

  const globals = new Map<string, string | undefined>();
  argDefaults(df.getInitialARGs(), globals);
  const stages: string[] = [];
  const isStage = (name: string) => /^\d+$/.test(name) || stages.includes(name.toLowerCase());
  let stageVars = new Map(globals);
  let inStage = false;
  for (const ins of df.getInstructions()) {
    const keyword = ins.getKeyword();
    if (!INSTRUCTIONS.has(keyword))
      fail(file, ins.getInstructionRange(), `unknown instruction "${ins.getInstruction()}"`);
    if (keyword === 'FROM') {
      fromRef(file, ins as From, src, isStage, globals, add);
      const alias = (ins as From).getBuildStage();
      if (alias) stages.push(alias.toLowerCase());
      stageVars = new Map(globals);
      inStage = true;
    } else if (keyword === 'ARG' && inStage) {
      argDefaults([ins as Arg], stageVars, globals);
    } else if (keyword === 'COPY' || keyword === 'RUN') {
      flagRefs(ins, stageVars, isStage, add);
    }
  }
  return refs;
}

function flagRefs(
  ins: Instruction,
  vars: Map<string, string | undefined>,
  isStage: (name: string) => boolean,
  add: Adder,
): void {
  for (const flag of (ins as ModifiableInstruction).getFlags()) {
    const name = flag.getName().toLowerCase();
    if (name === 'from' && ins.getKeyword() === 'COPY') {
      const value = flag.getValue();
      const range = flag.getValueRange();
      if (value && range && !isStage(expand(value, vars).value ?? value)) add('copy-from', range, vars);
    }
    if (name === 'mount') {
      const opt = flag.getOptions().find((o) => o.getName().toLowerCase() === 'from');
      const value = opt?.getValue();
      const range = opt?.getValueRange();
      if (value && range && !isStage(expand(value, vars).value ?? value)) add('mount-from', range, vars);
    }
  }
}
