import { createHash } from 'node:crypto';
import type { Finding } from '../../../core/finding.js';

/** The GitLab security report schema version we write. */
export const GITLAB_SCHEMA_VERSION = '15.0.7';

export interface GitLabScanInfo {
  image: string;
  /** e.g. `debian 12`; GitLab shows it as the location's operating system. */
  operatingSystem: string;
  toolVersion: string;
  startTime: Date;
  endTime: Date;
}

const SEVERITY: Record<string, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
  unknown: 'Unknown',
};

/** GitLab's date-time pattern: seconds precision, no zone. */
function gitlabTime(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** A stable UUID-shaped id from the finding's identity, so GitLab tracks it across pipelines. */
function stableId(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function identifier(id: string): { type: string; name: string; value: string; url: string } {
  const type = id.startsWith('CVE-')
    ? 'cve'
    : id.startsWith('GHSA-')
      ? 'ghsa'
      : id.split('-')[0]!.toLowerCase();
  const url = id.startsWith('CVE-')
    ? `https://nvd.nist.gov/vuln/detail/${id}`
    : `https://osv.dev/vulnerability/${id}`;
  return { type, name: id, value: id, url };
}

interface VulnData {
  aliases?: string[];
  related?: string[];
  package?: { name: string; version: string };
  fixedVersion?: string | null;
  references?: string[];
}

/** One scanned image's part of the report. */
export interface GitLabImage {
  findings: readonly Finding[];
  image: string;
  /** e.g. `debian 12`; GitLab shows it as the location's operating system. */
  operatingSystem: string;
}

function vulnerabilitiesOf(part: GitLabImage, usedIds: Set<string>): Record<string, unknown>[] {
  return part.findings
    .filter((f) => !f.suppressed && (f.data as { kind?: string } | undefined)?.kind === 'vulnerability')
    .map((f) => {
      const data = f.data as VulnData;
      const pkg = data.package ?? { name: 'unknown', version: 'unknown' };
      const ids = [
        f.ruleId,
        ...(data.aliases ?? []),
        ...(data.related ?? []).filter((r) => r.startsWith('CVE-')),
      ];
      const unique = [...new Set(ids)];
      const identity = `${part.image}\u0000${f.ruleId}\u0000${pkg.name}\u0000${pkg.version}`;
      // The same image scanned twice, or one package installed at two paths: still one id each.
      let id = stableId(identity);
      for (let n = 1; usedIds.has(id); n++) id = stableId(`${identity}\u0000${n}`);
      usedIds.add(id);
      return {
        id,
        name: f.ruleId,
        description: f.message,
        severity: SEVERITY[f.severity] ?? 'Unknown',
        ...(data.fixedVersion ? { solution: `Upgrade ${pkg.name} to ${data.fixedVersion}` } : {}),
        identifiers: unique.map(identifier),
        links: (data.references ?? []).slice(0, 5).map((url) => ({ url })),
        location: {
          dependency: { package: { name: pkg.name }, version: pkg.version },
          operating_system: part.operatingSystem,
          image: part.image,
        },
      };
    });
}

/**
 * Renders the unsuppressed vulnerability findings of one or more images as ONE GitLab
 * `container_scanning` report (security report schema 15.x), the artifact of
 * `reports: container_scanning`: each vulnerability's `location` names its own image and OS.
 * @see https://docs.gitlab.com/ee/development/integrations/secure.html#report
 */
export function toGitLabContainerScanningReport(
  images: readonly GitLabImage[],
  run: {
    toolVersion: string;
    startTime: Date;
    endTime: Date;
    /** The run's notes (`info`) and the errors that left part of it unscanned (`fatal`). */
    notes?: readonly string[];
    errors?: readonly string[];
  },
): Record<string, unknown> {
  const messages = [
    ...(run.errors ?? []).map((value) => ({ level: 'fatal', value })),
    ...(run.notes ?? []).map((value) => ({ level: 'info', value })),
  ];
  const vendor = { name: 'Portcullis' };
  const usedIds = new Set<string>();
  return {
    version: GITLAB_SCHEMA_VERSION,
    scan: {
      analyzer: { id: 'portcullis', name: 'Portcullis', vendor, version: run.toolVersion },
      scanner: {
        id: 'portcullis-scan',
        name: 'Portcullis scan',
        url: 'https://github.com/portcullis-dev/portcullis',
        vendor,
        version: run.toolVersion,
      },
      start_time: gitlabTime(run.startTime),
      end_time: gitlabTime(run.endTime),
      status: run.errors?.length ? 'failure' : 'success',
      type: 'container_scanning',
      ...(messages.length ? { messages } : {}),
    },
    vulnerabilities: images.flatMap((part) => vulnerabilitiesOf(part, usedIds)),
    remediations: [],
  };
}

/**
 * Renders one image's unsuppressed vulnerability findings as a GitLab `container_scanning`
 * report (security report schema 15.x).
 * @see https://docs.gitlab.com/ee/development/integrations/secure.html#report
 */
export function toGitLabContainerScanning(
  findings: readonly Finding[],
  info: GitLabScanInfo,
): Record<string, unknown> {
  return toGitLabContainerScanningReport(
    [{ findings, image: info.image, operatingSystem: info.operatingSystem }],
    info,
  );
}
