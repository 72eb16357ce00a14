import { existsSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { PortcullisError } from '../../core/errors.js';
import type { GateContext } from '../../core/gate.js';
import { parseImageReference, type RegistryClient } from '../../registry/index.js';
import { type DigestedReference, looksLikeImageReference, resolveImage } from './oci.js';
import { dockerfileDependencies } from './provenance/dockerfile.js';
import type { ResourceDescriptor } from './provenance/types.js';
import type { AttestSettings } from './settings.js';
import {
  checksumSubjects,
  digestReferenceSubject,
  fileSubjects,
  isDigestReference,
  mergeSubjects,
  parseDigest,
  type Subject,
  sha256File,
} from './subjects.js';

/** A path as given, resolved against the working directory. */
export function abs(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** Targets that are neither files nor globs but image references. */
function looksLikeImage(cwd: string, target: string): boolean {
  if (existsSync(abs(cwd, target)) || /[*?[\]{}]/.test(target)) return false;
  return looksLikeImageReference(target);
}

export interface CollectedSubjects {
  subjects: Subject[];
  images: { ref: DigestedReference; subject: Subject }[];
}

/**
 * Files by glob, a checksums file, and images: `name@sha256:` as given, a tag resolved to its
 * digest through the registry. At least one subject is required.
 */
export async function collectSubjects(
  ctx: GateContext,
  settings: AttestSettings,
  registry: () => RegistryClient,
): Promise<CollectedSubjects> {
  const images: CollectedSubjects['images'] = [];
  const paths: string[] = [];
  for (const t of ctx.targets) {
    if (!looksLikeImage(ctx.cwd, t)) paths.push(t);
    else if (isDigestReference(t)) {
      const digest = t.slice(t.lastIndexOf('@') + 1);
      images.push({ ref: { ...parseImageReference(t), digest }, subject: digestReferenceSubject(t) });
    } else images.push(await resolveImage(registry(), t));
  }
  const files = paths.length ? await fileSubjects(ctx.cwd, paths) : [];
  const sums = settings.subjectChecksums ? checksumSubjects(ctx.cwd, settings.subjectChecksums) : [];
  const named = namedSubject(settings);
  const subjects = mergeSubjects(
    files,
    sums,
    named,
    images.map((i) => i.subject),
  );
  if (!subjects.length) {
    throw new PortcullisError(
      'USAGE',
      'nothing to attest: name files, a --subject-checksums file, or images by tag or digest',
    );
  }
  return { subjects, images };
}

/** actions/attest's `subject-name` with `subject-digest`: both or neither. */
function namedSubject(settings: AttestSettings): Subject[] {
  const { subjectName: name, subjectDigest: digest } = settings;
  if (!name && !digest) return [];
  if (!name || !digest) throw new PortcullisError('USAGE', 'give subject-name and subject-digest together');
  const d = parseDigest(digest);
  return [{ name, digest: { [d.algorithm]: d.hex } }];
}

/** Byproducts (e.g. the SBOM) by SHA-256. */
export async function byproducts(ctx: GateContext, files: string[]): Promise<ResourceDescriptor[]> {
  const out: ResourceDescriptor[] = [];
  for (const f of files) {
    try {
      out.push({ name: basename(f), digest: { sha256: await sha256File(abs(ctx.cwd, f)) } });
    } catch (cause) {
      throw new PortcullisError('PATH_NOT_FOUND', `byproduct not readable: ${f}`, { file: f, cause });
    }
  }
  return out;
}

/** The digest-pinned base images of the Dockerfile; tag-only ones go to a note. */
export function dependencies(
  ctx: GateContext,
  settings: AttestSettings,
  notes: string[],
): ResourceDescriptor[] {
  if (!settings.dockerfile) return [];
  let text: string;
  try {
    text = readFileSync(abs(ctx.cwd, settings.dockerfile), 'utf8');
  } catch (cause) {
    throw new PortcullisError('PATH_NOT_FOUND', `Dockerfile not readable: ${settings.dockerfile}`, {
      file: settings.dockerfile,
      cause,
    });
  }
  const deps = dockerfileDependencies(text);
  if (deps.unpinned.length) {
    notes.push(
      `base images without a digest are not recorded as dependencies: ${deps.unpinned.join(', ')} (run portcullis pin --fix)`,
    );
  }
  return deps.dependencies;
}
