import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export class WriteError extends Error {
  override name = 'WriteError';
}

function reasonOf(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EISDIR':
      return 'a folder of that name exists';
    default:
      return (error as Error).message;
  }
}

/**
 * Writes a file whole or not at all: the data goes to a temporary file in the same folder,
 * is flushed to disk, then renamed over the target. On any failure the temporary file is
 * removed and an existing target is left as it was. `data` may be a string, bytes, or an
 * (async) iterable of pieces for output too large to hold as one string.
 */
export type FileData = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Writes `data` in order and returns its length in bytes; pieces are written as they come, so they are never joined in memory. */
async function writeAll(handle: FileHandle, data: FileData): Promise<number> {
  if (typeof data === 'string' || data instanceof Uint8Array) data = [data];
  let bytes = 0;
  for await (const piece of data) {
    const buffer = typeof piece === 'string' ? Buffer.from(piece) : piece;
    for (let at = 0; at < buffer.length; ) at += (await handle.write(buffer, at)).bytesWritten;
    bytes += buffer.length;
  }
  return bytes;
}

/** Returns the number of bytes written. */
export async function writeFileAtomic(path: string, data: FileData): Promise<number> {
  const target = resolve(path);
  const dir = dirname(target);
  const folder = await stat(dir).catch(() => undefined);
  if (!folder) throw new WriteError(`cannot write ${path}: folder ${dir} does not exist`);
  if (!folder.isDirectory()) throw new WriteError(`cannot write ${path}: ${dir} is not a folder`);
  if ((await stat(target).catch(() => undefined))?.isDirectory()) {
    throw new WriteError(`cannot write ${path}: a folder of that name exists`);
  }
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    let bytes: number;
    try {
      bytes = await writeAll(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return bytes;
  } catch (error) {
    await rm(temp, { force: true });
    throw new WriteError(`cannot write ${path}: ${reasonOf(error)}`, { cause: error });
  }
}
