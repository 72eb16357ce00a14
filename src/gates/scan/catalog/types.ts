import type { Ecosystem } from '../inventory.js';
import type { ScanLimits } from '../limits.js';

/** A package as one file describes it, before the squash adds its path, layer, distro and purl. */
export interface RawPackage {
  name: string;
  version: string;
  ecosystem: Ecosystem;
  sourceName?: string;
  sourceVersion?: string;
  epoch?: number;
  release?: string;
  arch?: string;
  licenses?: string[];
  group?: string;
  /** rpm `VENDOR`, kept to tell distro rpms from third-party ones. */
  vendor?: string;
}

/** What one file says, independent of its path, so a layer's facts can be cached and replayed. */
export interface FileFacts {
  cataloger: string;
  packages?: RawPackage[];
  /** Key/value pairs of an os-release style file (`ID`, `VERSION_ID`, `PRETTY_NAME`). */
  release?: Record<string, string>;
  /** Files (no leading slash) that an OS package manager installed. */
  ownedFiles?: string[];
  /** A database the catalogers recognise but cannot read, e.g. Berkeley DB rpm. */
  unsupported?: string;
}

export interface CatalogContext {
  limits: ScanLimits;
}

/** A cataloger that needs the whole file in memory (bounded by `maxFileBytes`). */
export interface BufferCataloger {
  kind: 'buffer';
  name: string;
  match(path: string): boolean;
  parse(path: string, data: Buffer, ctx: CatalogContext): FileFacts | Promise<FileFacts>;
}

/** A cataloger that reads a file as it streams past, keeping a bounded window. */
export interface StreamCataloger {
  kind: 'stream';
  name: string;
  match(path: string, mode: number, size: number): boolean;
  open(): StreamScanner;
}

export interface StreamScanner {
  push(chunk: Buffer): void;
  finish(): FileFacts | undefined;
}

export type Cataloger = BufferCataloger | StreamCataloger;
