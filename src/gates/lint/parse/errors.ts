import type { DockerfileModel, Instr } from './dockerfile.js';
import { keyValues } from './dockerfile.js';
import { words } from './text.js';

/** Something BuildKit refuses to build, at the exact offsets that show it. */
export interface ParseError {
  message: string;
  start: number;
  end: number;
}

/** Instructions BuildKit knows (https://docs.docker.com/reference/dockerfile/#overview). */
export const KNOWN_INSTRUCTIONS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

const EXEC_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'COPY', 'ADD']);

function at(instr: Instr, message: string): ParseError {
  return { message, start: instr.start, end: instr.keywordEnd };
}

/** A `[` that is JSON but not an array of strings: BuildKit rejects it instead of falling back to shell form. */
function nonStringArray(instr: Instr): ParseError | undefined {
  if (!EXEC_CAPABLE.has(instr.keyword) || instr.exec) return undefined;
  const first = instr.args.text.split('\n')[0].trim();
  if (!first.startsWith('[')) return undefined;
  try {
    JSON.parse(first);
  } catch {
    return undefined;
  }
  const start = instr.args.offsets[0];
  return {
    message: `${instr.keyword} arguments must be a JSON array of strings`,
    start,
    end: start + first.length,
  };
}

function instructionError(instr: Instr): ParseError | undefined {
  const k = instr.keyword;
  if (!KNOWN_INSTRUCTIONS.has(k)) return at(instr, `unknown instruction: ${instr.keywordText}`);
  const empty = !/\S/.test(instr.args.text) && instr.heredocs.length === 0;
  if (k === 'ONBUILD') {
    if (!instr.trigger) return at(instr, 'ONBUILD requires an instruction to run');
    return instructionError(instr.trigger);
  }
  if (empty && k !== 'HEALTHCHECK') return at(instr, `${k} requires at least one argument`);
  if (
    (k === 'COPY' || k === 'ADD') &&
    !instr.exec &&
    instr.heredocs.length === 0 &&
    words(instr.args).length < 2
  )
    return at(instr, `${k} requires at least two arguments`);
  if (k === 'ENV' && keyValues(instr).some((kv) => kv.value === undefined || kv.key === ''))
    return at(instr, 'ENV must have two arguments, or name=value pairs');
  if (k === 'LABEL' && keyValues(instr).some((kv) => kv.value === undefined || kv.key === ''))
    return at(instr, 'LABEL must have name=value pairs');
  const unterminated = instr.heredocs.find((h) => !h.terminated);
  if (unterminated)
    return {
      message: `unterminated heredoc ${unterminated.name}`,
      start: unterminated.start,
      end: unterminated.end,
    };
  return nonStringArray(instr);
}

/**
 * What makes BuildKit (and hadolint, which reports it as DL1000) refuse a file, in file order.
 * dockerfile-ast accepts anything, so these checks stand in for BuildKit's parser errors
 * (moby/buildkit frontend/dockerfile/parser and instructions/parse.go).
 */
export function parseErrors(model: DockerfileModel): ParseError[] {
  const out: ParseError[] = [];
  for (const instr of model.instructions) {
    const error = instructionError(instr);
    if (error) out.push(error);
  }
  return out;
}
