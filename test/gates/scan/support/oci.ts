import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './tools.js';

/**
 * Builds real OCI images with umoci (the OCI project's image tool): each layer is the diff of a
 * root filesystem directory, so whiteouts come from real deletions. `skopeo` converts the layout
 * to docker-archive and OCI archive, as `docker save` and `podman save` would write them.
 */
export class OciBuilder {
  readonly layout: string;
  private readonly bundle: string;
  private unpacked = false;

  /** With `create` false, opens an image already in the layout under `work` (e.g. a tag `addRawLayer` made). */
  constructor(
    readonly work: string,
    readonly tag: string,
    create = true,
  ) {
    this.layout = join(work, 'oci');
    this.bundle = join(work, `bundle-${tag}`);
    if (!create) return;
    mkdirSync(work, { recursive: true });
    run('umoci', ['init', '--layout', this.layout]);
    run('umoci', ['new', '--image', this.ref]);
    run('umoci', ['config', '--image', this.ref, '--os', 'linux', '--architecture', 'amd64']);
  }

  get ref(): string {
    return `${this.layout}:${this.tag}`;
  }

  /** The root filesystem to change before the next `commit`. */
  get rootfs(): string {
    if (!this.unpacked) {
      rmSync(this.bundle, { recursive: true, force: true });
      run('umoci', ['unpack', '--image', this.ref, this.bundle]);
      this.unpacked = true;
    }
    return join(this.bundle, 'rootfs');
  }

  /** Adds a layer holding the changes made to `rootfs` since the last commit. */
  commit(createdBy: string): void {
    run('umoci', ['repack', '--image', this.ref, '--history.created_by', createdBy, this.bundle]);
    rmSync(this.bundle, { recursive: true, force: true });
    this.unpacked = false;
  }

  /** Appends an uncompressed layer tar verbatim (for entries umoci would never write, e.g. opaque markers or hostile paths). */
  addRawLayer(tarFile: string, createdBy: string, tag = this.tag): void {
    run('umoci', [
      'raw',
      'add-layer',
      '--image',
      this.ref,
      '--tag',
      tag,
      '--history.created_by',
      createdBy,
      tarFile,
    ]);
  }

  dockerArchive(file: string, name: string, tag = this.tag): string {
    rmSync(file, { force: true });
    run('skopeo', ['copy', '-q', `oci:${this.layout}:${tag}`, `docker-archive:${file}:${name}`]);
    return file;
  }

  ociArchive(file: string, tag = this.tag): string {
    rmSync(file, { force: true });
    run('skopeo', ['copy', '-q', `oci:${this.layout}:${tag}`, `oci-archive:${file}:${tag}`]);
    return file;
  }

  /** A copy of the image with zstd-compressed layers, in another layout. */
  zstdLayout(dir: string, tag = this.tag): string {
    rmSync(dir, { recursive: true, force: true });
    run('skopeo', [
      'copy',
      '-q',
      '--dest-compress',
      '--dest-compress-format',
      'zstd',
      `oci:${this.layout}:${tag}`,
      `oci:${dir}:${tag}`,
    ]);
    return dir;
  }

  /** Pushes to a registry over plain HTTP (the loopback test registry). */
  push(reference: string, tag = this.tag, format?: 'v2s2'): void {
    const args = ['copy', '-q', '--dest-tls-verify=false'];
    if (format) args.push('--format', format);
    run('skopeo', [...args, `oci:${this.layout}:${tag}`, `docker://${reference}`]);
  }
}
