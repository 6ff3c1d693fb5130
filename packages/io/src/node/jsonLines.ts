// JSON Lines read as a stream: a 300 MB corpus is never held whole, one line at a time is.
import { createReadStream } from 'node:fs';
import { parseJsonLine, type JsonLinesItem } from './formats.js';

const BOMS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

/**
 * Reads a JSONL file line by line (UTF-8 ± BOM, UTF-16 with BOM). Bad lines are reported as
 * `file:line` and the rest is read; undecodable bytes stop the file at that line, with a reason.
 */
export async function* readJsonLines(file: string): AsyncGenerator<JsonLinesItem> {
  let decoder: TextDecoder | undefined;
  let pending = '';
  let lineNumber = 0;
  let anything = false;
  let sawBytes = false;
  const lines = function* (text: string): Generator<JsonLinesItem> {
    pending += text;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const raw = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      const item = parseJsonLine(file, raw, ++lineNumber);
      if (item) {
        anything = true;
        yield item;
      }
    }
  };
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let bytes: Uint8Array = chunk;
      if (!decoder) {
        const bom = BOMS.find((b) => b.bytes.every((x, i) => chunk[i] === x));
        if (!bom && chunk.includes(0)) {
          yield { problem: { input: file, reason: 'binary file (contains NUL bytes); UTF-16 text must start with a byte-order mark' } };
          return;
        }
        decoder = new TextDecoder(bom?.encoding ?? 'utf-8', { fatal: true, ignoreBOM: true });
        bytes = chunk.subarray(bom?.bytes.length ?? 0);
      }
      if (bytes.length) sawBytes = true;
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        // The complete lines before the bad bytes are still good; the line holding them is not.
        const lossy = new TextDecoder(decoder.encoding, { ignoreBOM: true }).decode(bytes);
        const good = lossy.slice(0, lossy.indexOf('\uFFFD'));
        yield* lines(good.slice(0, good.lastIndexOf('\n') + 1));
        yield { problem: { input: `${file}:${lineNumber + 1}`, reason: `not valid ${decoder.encoding.toUpperCase()}; the rest of the file is skipped` } };
        return;
      }
      yield* lines(text);
    }
    yield* lines(`${decoder?.decode() ?? ''}\n`);
  } catch (error) {
    yield { problem: { input: lineNumber ? `${file}:${lineNumber + 1}` : file, reason: `cannot read: ${(error as Error).message}` } };
    return;
  } finally {
    stream.destroy();
  }
  if (!anything) yield { problem: { input: file, reason: sawBytes ? 'no articles (only blank lines)' : 'empty file' } };
}
