/** A flat PHP array of scalars, as Moodle stores display options (`a:2:{s:10:"printintro";i:0;…}`). */
export type PhpFlatArray = Record<string, string | number>;

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

const scalar = (value: string | number): string =>
  typeof value === 'number'
    ? Number.isInteger(value)
      ? `i:${value};`
      : `d:${value};`
    : `s:${utf8Length(value)}:"${value}";`;

/** PHP's `serialize()` of a flat array with string keys, key order kept. */
export const phpSerialize = (array: PhpFlatArray): string => {
  const entries = Object.entries(array);
  return `a:${entries.length}:{${entries.map(([k, v]) => scalar(k) + scalar(v)).join('')}}`;
};

/**
 * Reads a flat serialized PHP array of strings, integers, floats and booleans (booleans read as
 * 0/1); null for anything else (nested arrays, objects, a wrong byte count), never throws.
 */
export const phpUnserializeFlat = (text: string): PhpFlatArray | null => {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  let at = 0;
  const expect = (s: string): void => {
    if (decoder.decode(bytes.subarray(at, at + s.length)) !== s) throw new Error(s);
    at += s.length;
  };
  const until = (stop: string): string => {
    const end = bytes.indexOf(stop.charCodeAt(0), at);
    if (end < 0) throw new Error(stop);
    const out = decoder.decode(bytes.subarray(at, end));
    at = end + 1;
    return out;
  };
  const value = (): string | number => {
    const kind = decoder.decode(bytes.subarray(at, at + 2));
    at += 2;
    if (kind === 'i:' || kind === 'd:' || kind === 'b:') {
      const n = Number(until(';'));
      if (!Number.isFinite(n)) throw new Error('number');
      return n;
    }
    if (kind !== 's:') throw new Error(kind);
    const length = Number(until(':'));
    expect('"');
    const out = decoder.decode(bytes.subarray(at, at + length));
    at += length;
    expect('";');
    return out;
  };
  try {
    expect('a:');
    const count = Number(until(':'));
    expect('{');
    const out: PhpFlatArray = {};
    for (let i = 0; i < count; i += 1) {
      const key = value();
      out[String(key)] = value();
    }
    expect('}');
    return at === bytes.length ? out : null;
  } catch {
    return null;
  }
};
