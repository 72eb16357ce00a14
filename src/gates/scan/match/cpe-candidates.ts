import type { InventoryPackage } from '../inventory.js';

/** The CPE `vendor:product` pairs a language package may be filed under in NVD, and the target software that fits it. */
export interface CpeCandidates {
  keys: string[];
  /** `target_sw` values that fit the package; `*` and `-` always fit. */
  targets: Set<string>;
}

const TARGETS: Partial<Record<InventoryPackage['ecosystem'], string[]>> = {
  npm: ['node.js', 'nodejs', 'npm'],
  pypi: ['python', 'pypi'],
  maven: ['java', 'maven', 'jenkins'],
  gem: ['ruby', 'rails', 'ruby_on_rails'],
  golang: ['go', 'golang'],
  cargo: ['rust'],
  composer: ['php', 'wordpress', 'drupal', 'joomla\\!', 'laravel'],
  nuget: ['.net', '.net_framework', 'asp.net', 'nuget'],
};

/** Group-id segments that name no vendor. */
const GENERIC_SEGMENTS = new Set([
  'org',
  'com',
  'net',
  'io',
  'dev',
  'github',
  'gitlab',
  'www',
  'de',
  'co',
  'uk',
]);
const HOSTS_WITH_OWNER = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);

const variants = (name: string): string[] => {
  const n = name.toLowerCase();
  return [...new Set([n, n.replace(/-/g, '_'), n.replace(/_/g, '-')])];
};

function pairs(vendors: string[], products: string[]): string[] {
  const out = new Set<string>();
  for (const v of vendors.filter(Boolean))
    for (const vv of variants(v))
      for (const p of products.filter(Boolean)) for (const pv of variants(p)) out.add(`${vv}:${pv}`);
  return [...out];
}

function namedAfterProduct(name: string, extraVendors: string[] = []): string[] {
  return pairs([name, `${name}_project`, ...extraVendors], [name]);
}

function npm(name: string): string[] {
  const [scope, bare] = name.startsWith('@') ? name.slice(1).split('/', 2) : [undefined, name];
  if (!bare) return [];
  return [
    ...namedAfterProduct(bare, scope ? [scope] : []),
    ...(scope ? pairs([scope], [`${scope}-${bare}`]) : []),
  ];
}

function pypi(name: string): string[] {
  const n = name.toLowerCase().replace(/[-_.]+/g, '-');
  const stripped = n.replace(/^python-/, '').replace(/-python$/, '');
  return pairs([n, `${n}_project`, 'python', stripped], [n, stripped]);
}

function maven(group: string | undefined, artifact: string): string[] {
  const segments = (group ?? '')
    .toLowerCase()
    .split('.')
    .filter((s) => s && !GENERIC_SEGMENTS.has(s));
  const products = [artifact, artifact.replace(/-(core|api|java|parent|all)$/i, '')];
  const last = segments[segments.length - 1];
  if (last) products.push(last);
  return pairs([...segments, artifact, `${artifact}_project`], products);
}

function golang(module: string): string[] {
  const parts = module
    .toLowerCase()
    .replace(/\/v\d+$/, '')
    .split('/');
  const [host, owner, repo] = parts;
  if (host && HOSTS_WITH_OWNER.has(host) && owner && repo)
    return pairs([owner, repo, `${repo}_project`], [repo]);
  const product = parts[parts.length - 1] ?? module;
  const vendor = host?.split('.').slice(-2, -1)[0] ?? product;
  return pairs([vendor, product, `${product}_project`], [product]);
}

function composer(name: string): string[] {
  const [vendor, product] = name.toLowerCase().split('/', 2);
  if (!vendor || !product) return namedAfterProduct(name);
  return [...pairs([vendor], [product]), ...namedAfterProduct(product)];
}

function nuget(name: string): string[] {
  const n = name.toLowerCase();
  const [first] = n.split('.');
  return pairs([n, first ?? n, `${n}_project`], [n, n.split('.').slice(1).join('.') || n]);
}

/**
 * Guesses the CPEs NVD may file a language package under, in the way Grype and Syft do:
 * the package name as vendor and product, `<name>_project`, the npm scope, the Maven group
 * segments, the Go module owner, the Composer vendor. These are guesses: every match they
 * make is reported as low confidence. OS packages get none (distro advisories cover them).
 * @see https://github.com/anchore/syft/tree/main/syft/pkg/cataloger/internal/cpegenerate
 */
export function cpeCandidates(pkg: InventoryPackage): CpeCandidates | undefined {
  if (pkg.type !== 'library') return undefined;
  const targets = TARGETS[pkg.ecosystem];
  if (!targets) return undefined;
  const keys =
    pkg.ecosystem === 'npm'
      ? npm(pkg.name)
      : pkg.ecosystem === 'pypi'
        ? pypi(pkg.name)
        : pkg.ecosystem === 'maven'
          ? maven(pkg.group, pkg.name)
          : pkg.ecosystem === 'golang'
            ? golang(pkg.name)
            : pkg.ecosystem === 'composer'
              ? composer(pkg.name)
              : pkg.ecosystem === 'nuget'
                ? nuget(pkg.name)
                : namedAfterProduct(pkg.name.toLowerCase());
  return { keys, targets: new Set(targets) };
}
