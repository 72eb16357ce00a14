import type { Command, Instr, LintRule } from '../rule.js';
import { argsNoFlags, baseName } from './helpers-b.js';

const DOWNLOADERS = new Set(['curl', 'wget', 'gsutil', 'fetch', 'aria2c']);
const INTERPRETERS =
  /^(sh|bash|dash|zsh|ksh|mksh|ash|busybox|python[0-9.]*|perl|ruby|node|php[0-9.]*|pwsh|source|\.)$/;
const PINNED_URL = /raw\.githubusercontent\.com\/[^/\s]+\/[^/\s]+\/[0-9a-f]{40}\//;
const VERIFIERS = /^(sha256sum|sha512sum|sha1sum|md5sum|shasum|gpg|gpgv|cosign|minisign|signify)$/;

function pinnedDownload(c: Command): boolean {
  return c.args.some((a) => PINNED_URL.test(a.text));
}

/** The file a download writes (`curl -o f`, `curl -O …/f`, `wget -O f`, `wget …/f`), if any. */
function downloadedFile(c: Command): string | undefined {
  const args = c.args.map((a) => a.text);
  const value = (...flags: string[]) => {
    for (let i = 0; i < args.length; i++) {
      for (const f of flags) {
        if (args[i] === f) return args[i + 1];
        if (f.length === 2 && /^-[A-Za-z]*$/.test(args[i]) && args[i].endsWith(f[1])) return args[i + 1];
        if (f.length === 2 && args[i].startsWith(f) && args[i].length > 2 && !args[i].startsWith('--'))
          return args[i].slice(2);
        if (f.startsWith('--') && args[i].startsWith(`${f}=`)) return args[i].slice(f.length + 1);
      }
    }
    return undefined;
  };
  const url = args.find((a) => /^(https?|ftp):\/\//.test(a));
  if (c.name === 'curl') {
    const out = value('-o', '--output');
    if (out) return out;
    if (args.some((a) => a === '-O' || a === '--remote-name' || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(a)) && url)
      return baseName(url.split(/[?#]/)[0]);
  }
  if (c.name === 'wget') {
    const out = value('-O', '--output-document');
    if (out) return out === '-' ? undefined : out;
    if (url) return baseName(url.split(/[?#]/)[0]);
  }
  return undefined;
}

/** True when `c` executes `file` (`sh file`, `./file`, `/path/file`, `bash -x file`). */
function executes(c: Command, file: string): boolean {
  const fileBase = baseName(file);
  const same = (p: string) => p === file || baseName(p) === fileBase;
  if ((c.name.includes('/') || c.name === file) && same(c.name)) return true;
  if (!INTERPRETERS.test(baseName(c.name))) return false;
  const first = argsNoFlags(c)[0];
  return first !== undefined && same(first.text);
}

/** `curl … | sh`: a pipeline whose later stage is an interpreter reading the download. */
function pipedToInterpreter(instr: Instr): Command | undefined {
  for (const script of instr.scripts)
    for (const pipeline of script.pipelines) {
      const dl = pipeline.findIndex((c) => DOWNLOADERS.has(c.name) && !pinnedDownload(c));
      if (dl < 0) continue;
      const sink = pipeline.slice(dl + 1).find((c) => {
        if (
          !INTERPRETERS.test(
            baseName(c.name === 'sudo' || c.name === 'env' ? (c.args[0]?.text ?? '') : c.name),
          )
        )
          return false;
        const operands = argsNoFlags(c).filter((a) => a.text !== '-');
        return operands.length === 0 || c.args.some((a) => a.text === '-s' || a.text === '-');
      });
      if (sink) return pipeline[dl];
    }
  return undefined;
}

/** `bash <(curl …)` and `sh -c "$(curl …)"`. */
function substituted(instr: Instr): Command | undefined {
  for (const script of instr.scripts) {
    for (const ps of script.processSubs)
      if (
        ps.feeds &&
        INTERPRETERS.test(baseName(ps.feeds.name)) &&
        ps.inner.some((c) => DOWNLOADERS.has(c.name))
      )
        return ps.feeds;
    const c = script.commands.find(
      (cmd) =>
        INTERPRETERS.test(baseName(cmd.name)) &&
        cmd.args.some((a) => /\$\(\s*(curl|wget)\b|`\s*(curl|wget)\b/.test(a.text)),
    );
    if (c) return c;
  }
  return undefined;
}

/**
 * PL003: code fetched from the network runs without review or pinning (OpenSSF Scorecard's
 * `downloadThenRun`): `curl … | sh`, `bash <(curl …)`, or a downloaded file executed later in the
 * stage. A download checked with sha256sum/gpg/cosign before it runs, and GitHub raw URLs at a
 * full commit SHA, are not reported.
 */
export const PL003: LintRule = {
  meta: {
    id: 'PL003',
    title: 'Remote code is downloaded and run without verification',
    severity: 'warning',
    gate: 'lint',
    security: true,
    equivalents: ['scorecard:Pinned-Dependencies'],
  },
  check(ctx) {
    const out = [];
    const message = 'Remote code is downloaded and run without verification; pin it by checksum or signature';
    const downloads = new Map<number, { file: string; verified: boolean }[]>();
    for (const instr of ctx.withTriggers) {
      if (instr.keyword !== 'RUN') continue;
      const hit = pipedToInterpreter(instr) ?? substituted(instr);
      if (hit) {
        out.push(ctx.finding(PL003.meta, hit, message));
        continue;
      }
      const stage = (instr.onbuild ?? instr).stage;
      const files = downloads.get(stage) ?? [];
      downloads.set(stage, files);
      const commands = instr.scripts.flatMap((s) => s.commands);
      for (const c of commands) {
        if (DOWNLOADERS.has(c.name) && !pinnedDownload(c)) {
          const file = downloadedFile(c);
          if (file) files.push({ file, verified: false });
          continue;
        }
        if (VERIFIERS.test(c.name)) {
          for (const f of files) f.verified = true;
          continue;
        }
        const run = files.find((f) => !f.verified && executes(c, f.file));
        if (run) {
          out.push(ctx.finding(PL003.meta, c, message));
          break;
        }
      }
    }
    return out;
  },
};
