import { parsePurl, purlSatisfies } from './purl.js';
import { type IgnoreEntry, IgnoreFileError } from './types.js';

type Json = Record<string, unknown>;

/** Relationship categories Trivy follows from a product to the component inside it. */
const INSIDE = new Set(['default_component_of', 'installed_on', 'installed_with']);

/** The product-status lists that suppress, with the VEX status they stand for (as in Trivy). */
const STATUSES = [
  ['known_not_affected', 'not_affected'],
  ['fixed', 'fixed'],
] as const;

interface Product {
  purls: string[];
  /** For a relationship: the component's purls are `purls`, the containing product's are `within`. */
  within?: string[];
}

class ProductTree {
  readonly products = new Map<string, Product>();
  readonly groups = new Map<string, string[]>();

  constructor(
    tree: unknown,
    private readonly file: string,
  ) {
    if (tree === undefined) return;
    if (!isObject(tree)) this.fail('product_tree must be an object');
    this.names(tree.full_product_names, 'product_tree.full_product_names');
    this.branches(tree.branches, 'product_tree.branches');
    this.relationships(tree.relationships);
    for (const [i, g] of list(tree.product_groups, 'product_tree.product_groups', file).entries()) {
      if (!isObject(g) || typeof g.group_id !== 'string')
        this.fail(`product_tree.product_groups[${i}] needs a "group_id"`);
      this.groups.set(
        g.group_id,
        strings(g.product_ids, `product_tree.product_groups[${i}].product_ids`, file),
      );
    }
  }

  private fail(message: string): never {
    throw new IgnoreFileError(this.file, 1, message);
  }

  private helperPurls(name: Json, where: string): string[] {
    const helper = name.product_identification_helper;
    if (helper === undefined) return [];
    if (!isObject(helper)) this.fail(`${where}.product_identification_helper must be an object`);
    // CSAF 2.0 has one `purl`; CSAF 2.1 a `purls` list.
    const purls = [
      ...(helper.purl === undefined ? [] : [helper.purl]),
      ...(helper.purls === undefined
        ? []
        : strings(helper.purls, `${where}.product_identification_helper.purls`, this.file)),
    ];
    for (const p of purls)
      if (typeof p !== 'string' || !parsePurl(p))
        this.fail(`${where}.product_identification_helper.purl "${String(p)}" is not a valid purl`);
    return purls as string[];
  }

  private add(name: unknown, where: string): string {
    if (!isObject(name) || typeof name.product_id !== 'string') this.fail(`${where} needs a "product_id"`);
    const purls = this.helperPurls(name, where);
    const known = this.products.get(name.product_id);
    this.products.set(name.product_id, { ...known, purls: [...(known?.purls ?? []), ...purls] });
    return name.product_id;
  }

  private names(value: unknown, where: string): void {
    for (const [i, name] of list(value, where, this.file).entries()) this.add(name, `${where}[${i}]`);
  }

  private branches(value: unknown, where: string): void {
    for (const [i, branch] of list(value, where, this.file).entries()) {
      if (!isObject(branch)) this.fail(`${where}[${i}] must be an object`);
      if (branch.product !== undefined) this.add(branch.product, `${where}[${i}].product`);
      this.branches(branch.branches, `${where}[${i}].branches`);
    }
  }

  private relationships(value: unknown): void {
    const rels = list(value, 'product_tree.relationships', this.file);
    const pending: [string, Json, string][] = [];
    for (const [i, rel] of rels.entries()) {
      const where = `product_tree.relationships[${i}]`;
      if (!isObject(rel)) this.fail(`${where} must be an object`);
      for (const key of ['category', 'product_reference', 'relates_to_product_reference'])
        if (typeof rel[key] !== 'string') this.fail(`${where} needs a "${key}"`);
      pending.push([this.add(rel.full_product_name, `${where}.full_product_name`), rel, where]);
    }
    for (const [id, rel, where] of pending) {
      if (!INSIDE.has(rel.category as string)) continue;
      const component = this.resolve(rel.product_reference as string, `${where}.product_reference`);
      const container = this.resolve(
        rel.relates_to_product_reference as string,
        `${where}.relates_to_product_reference`,
      );
      if (component.purls.length && container.purls.length)
        this.products.set(`${id}\u0000rel`, { purls: component.purls, within: container.purls });
    }
  }

  /** A defined product (CSAF mandatory test 6.1.1: every referenced product ID is defined). */
  resolve(id: string, where: string): Product {
    const product = this.products.get(id);
    if (!product) this.fail(`${where}: product "${id}" is not defined in product_tree`);
    return product;
  }

  /** The product and, when it names a relationship, the component-inside-product reading of it. */
  readings(id: string, where: string): Product[] {
    const own = this.resolve(id, where);
    const rel = this.products.get(`${id}\u0000rel`);
    return [...(own.purls.length ? [own] : []), ...(rel ? [rel] : [])];
  }

  /** Product IDs named directly or through `group_ids`. */
  members(item: Json, where: string): Set<string> {
    const ids = new Set(strings(item.product_ids, `${where}.product_ids`, this.file));
    for (const g of strings(item.group_ids, `${where}.group_ids`, this.file))
      for (const id of this.groups.get(g) ?? this.fail(`${where}.group_ids: group "${g}" is not defined`))
        ids.add(id);
    return ids;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown, where: string, file: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new IgnoreFileError(file, 1, `${where} must be a list`);
  return value;
}

function strings(value: unknown, where: string, file: string): string[] {
  const items = list(value, where, file);
  if (!items.every((s) => typeof s === 'string'))
    throw new IgnoreFileError(file, 1, `${where} must be a list of strings`);
  return items as string[];
}

/** The `flags[].label` or impact `threats[].details` that justify a product's status. */
function justificationFor(vuln: Json, product: string, tree: ProductTree, where: string, file: string) {
  for (const [i, flag] of list(vuln.flags, `${where}.flags`, file).entries()) {
    if (!isObject(flag) || typeof flag.label !== 'string')
      throw new IgnoreFileError(file, 1, `${where}.flags[${i}] needs a "label"`);
    if (tree.members(flag, `${where}.flags[${i}]`).has(product)) return flag.label;
  }
  for (const [i, threat] of list(vuln.threats, `${where}.threats`, file).entries()) {
    if (!isObject(threat) || threat.category !== 'impact') continue;
    if (typeof threat.details !== 'string')
      throw new IgnoreFileError(file, 1, `${where}.threats[${i}] needs "details"`);
    const members = tree.members(threat, `${where}.threats[${i}]`);
    // Trivy takes the first impact statement whichever products it names.
    if (members.size === 0 || members.has(product)) return threat.details;
  }
  return undefined;
}

/**
 * Reads a CSAF 2.0 VEX document (`document.category` `csaf_vex`): the products of each
 * vulnerability's `product_status.known_not_affected` (with its `flags[].label` justification
 * or `threats` impact statement) and `fixed` suppress the vulnerability (`cve` and `ids`) for
 * their purls, compared as Trivy does (pkg/vex/csaf.go). A relationship (`default_component_of`,
 * `installed_on`, `installed_with`) suppresses the component only where the product it is part of
 * is also in the image.
 * @see https://docs.oasis-open.org/csaf/csaf/v2.0/os/csaf-v2.0-os.html#45-profile-5-vex
 */
export function parseCsafVex(doc: Json, file: string): IgnoreEntry[] {
  const document = doc.document as Json;
  if (document.category !== 'csaf_vex')
    throw new IgnoreFileError(
      file,
      1,
      `document.category is "${String(document.category)}": only CSAF VEX documents (csaf_vex) can suppress findings`,
    );
  if (!Array.isArray(doc.vulnerabilities))
    throw new IgnoreFileError(file, 1, 'a csaf_vex document needs a "vulnerabilities" list');
  const tree = new ProductTree(doc.product_tree, file);
  const entries: IgnoreEntry[] = [];
  doc.vulnerabilities.forEach((vuln: unknown, i) => {
    const where = `vulnerabilities[${i}]`;
    if (!isObject(vuln)) throw new IgnoreFileError(file, 1, `${where} must be an object`);
    if (vuln.cve !== undefined && typeof vuln.cve !== 'string')
      throw new IgnoreFileError(file, 1, `${where}.cve must be a string`);
    const ids = [
      ...(typeof vuln.cve === 'string' ? [vuln.cve] : []),
      ...list(vuln.ids, `${where}.ids`, file).map((id, j) => {
        if (!isObject(id) || typeof id.text !== 'string')
          throw new IgnoreFileError(file, 1, `${where}.ids[${j}] needs a "text"`);
        return id.text;
      }),
    ];
    const status = vuln.product_status;
    if (status === undefined) return;
    if (!isObject(status)) throw new IgnoreFileError(file, 1, `${where}.product_status must be an object`);
    for (const [field, vexStatus] of STATUSES) {
      const products = strings(status[field], `${where}.product_status.${field}`, file);
      if (products.length && ids.length === 0)
        throw new IgnoreFileError(file, 1, `${where} has ${field} products but no "cve" or "ids"`);
      for (const product of products) {
        const readings = tree.readings(product, `${where}.product_status.${field}`);
        const justification = justificationFor(vuln, product, tree, where, file);
        if (vexStatus === 'not_affected' && !justification)
          throw new IgnoreFileError(
            file,
            1,
            `${where}: known_not_affected product "${product}" has no flags[].label or threats impact statement`,
          );
        for (const reading of readings)
          for (const id of ids)
            entries.push({
              id,
              purls: reading.purls,
              purlMatch: 'constraint',
              ...(reading.within ? { within: reading.within } : {}),
              file,
              line: 0,
              source: 'csaf-vex',
              vexStatus,
              reason: `VEX ${vexStatus}${justification ? `: ${justification}` : ''}`,
              ...(justification ? { justification } : {}),
            });
      }
    }
  });
  return entries;
}

/**
 * Keeps the relationship entries whose containing product is in the image (one of `purls`
 * satisfies it); other entries pass unchanged.
 */
export function keepWithin(entries: IgnoreEntry[], purls: readonly string[]): IgnoreEntry[] {
  return entries.filter((e) => !e.within || e.within.some((w) => purls.some((p) => purlSatisfies(w, p))));
}
