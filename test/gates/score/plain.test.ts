import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseManifests } from '../../../src/gates/score/input/parse.js';
import { toPlain } from '../../../src/gates/score/input/plain.js';

describe('toPlain', () => {
  it('gives the same values as yaml toJS for manifests, aliases included', () => {
    const text =
      'a: &x {b: [1, "2", true, null, ~, 0x10, 1e3]}\nc: *x\nd:\n  - e: f\n    g:\n"quoted key": 1\n12: twelve\n';
    const doc = parseDocument(text);
    expect(toPlain(doc)).toEqual(doc.toJS());
  });

  it('keeps a key named __proto__ as data, never as the prototype', () => {
    const plain = toPlain(parseDocument('__proto__: {privileged: true}\nkind: Pod\n')) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(plain.privileged).toBeUndefined();
    expect(Object.keys(plain)).toEqual(['__proto__', 'kind']);
    expect(Object.getOwnPropertyDescriptor(plain, '__proto__')?.value).toEqual({ privileged: true });
  });

  it('reports an alias explosion as an error naming the document, instead of hanging', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const parsed = parseManifests({ file: 'laughs.yaml', text: `kind: Pod\n${text}` });
    expect(parsed.objects).toEqual([]);
    expect(parsed.errors[0].message).toMatch(/^laughs\.yaml:1:1: cannot read document: too many/);
  });
});
