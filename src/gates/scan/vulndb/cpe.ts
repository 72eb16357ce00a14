/** A CPE 2.3 name, the fields the matcher reads. @see https://nvlpubs.nist.gov/nistpubs/Legacy/IR/nistir7695.pdf */
export interface Cpe {
  /** `a` application, `o` operating system, `h` hardware. */
  part: string;
  vendor: string;
  product: string;
  /** `*` (any) and `-` (not applicable) are kept as written. */
  version: string;
  update: string;
  targetSw: string;
}

/** Splits a formatted string on the colons that are not escaped with a backslash. */
function fields(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      current += text[++i];
      continue;
    }
    if (ch === ':') {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** Parses a CPE 2.3 formatted string (`cpe:2.3:a:vendor:product:version:…`); undefined if it is not one. */
export function parseCpe23(text: string): Cpe | undefined {
  const f = fields(text);
  if (f.length !== 13 || f[0] !== 'cpe' || f[1] !== '2.3') return undefined;
  const [part, vendor, product, version, update] = f.slice(2, 7) as [string, string, string, string, string];
  if (!vendor || !product) return undefined;
  return {
    part,
    vendor: vendor.toLowerCase(),
    product: product.toLowerCase(),
    version,
    update,
    targetSw: (f[10] ?? '*').toLowerCase(),
  };
}

/** The index key of a vendor and product: what `lookup('NVD', key)` is asked for. */
export function cpeKey(vendor: string, product: string): string {
  return `${vendor}:${product}`.toLowerCase();
}
