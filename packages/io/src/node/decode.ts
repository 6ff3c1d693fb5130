// Bytes → text for article files: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.
// Anything else is refused with a reason a person can act on, never guessed at.

export type Decoded = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { reason: string };

const BOMS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

const startsWith = (data: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => data[i] === b);

/** 1-based line of the first byte sequence that is not UTF-8 (found through the lossy decoding). */
function lineOfFirstBadByte(data: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(data);
  const at = lossy.indexOf('\uFFFD');
  return at < 0 ? 1 : lossy.slice(0, at).split('\n').length;
}

export function decodeText(data: Uint8Array): Decoded {
  if (data.length === 0) return { reason: 'empty file' };
  const bom = BOMS.find((b) => startsWith(data, b.bytes));
  const encoding = bom?.encoding ?? 'utf-8';
  const body = data.subarray(bom?.bytes.length ?? 0);
  if (!bom && body.includes(0)) {
    return { reason: 'binary file (contains NUL bytes); UTF-16 text must start with a byte-order mark' };
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return encoding === 'utf-8'
      ? { reason: `not valid UTF-8 (first bad byte on line ${lineOfFirstBadByte(body)}); save it as UTF-8, or UTF-16 with a byte-order mark` }
      : { reason: `not valid ${encoding.toUpperCase()} text although it starts with a ${encoding.toUpperCase()} byte-order mark` };
  }
  if (text.includes('\u0000')) return { reason: 'binary file (contains NUL characters)' };
  if (text.trim() === '') return { reason: text.length ? 'empty file (only whitespace)' : 'empty file' };
  return { text, encoding };
}
