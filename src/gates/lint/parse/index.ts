export {
  type CommentLine,
  type Directive,
  type DockerfileModel,
  type ExecForm,
  execShell,
  type Flag,
  type Heredoc,
  heredocShell,
  type Instr,
  isNonPosix,
  keyValues,
  parseDockerfile,
  quotedWords,
  type Stage,
} from './dockerfile.js';
export { KNOWN_INSTRUCTIONS, type ParseError, parseErrors } from './errors.js';
export { type ImageRef, parseImage } from './image.js';
export {
  argsNoFlags,
  type Command,
  clearShellCache,
  flagsOf,
  flagValue,
  hasArg,
  hasFlag,
  initShell,
  parseShell,
  type ShellArg,
  type ShellScript,
} from './shell.js';
export { type Mapped, spanOf, type Word, words } from './text.js';
export { AUTOMATIC_ARGS, expand, PROXY_ARGS, referencedNames, type Scope } from './vars.js';
