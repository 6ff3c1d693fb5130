// Turns command-line inputs (files, folders, glob patterns) into a sorted, de-duplicated
// list of article files, and reports every input that yields nothing, with why.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { SUPPORTED_EXTENSIONS, isSupported } from './formats.js';

export type ExpandedInput = { file: string } | { skipped: { input: string; reason: string } };

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** A file-system error as a short reason: "no such file or folder", "permission denied", … */
export function describeFsError(error: unknown): string {
  switch (codeOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or folder';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return (error as Error).message;
  }
}

const unsupported = (input: string): ExpandedInput => ({
  skipped: { input, reason: `unsupported file type; expected ${SUPPORTED_EXTENSIONS.join(', ')}` },
});

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Walks a folder depth-first in name order; hidden entries (".name") are ignored. */
async function* walk(dir: string, ancestors: ReadonlySet<string>): AsyncGenerator<ExpandedInput> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield { skipped: { input: dir, reason: describeFsError(error) } };
    return;
  }
  if (ancestors.has(real)) {
    yield { skipped: { input: dir, reason: `symbolic link loop (leads back to ${real})` } };
    return;
  }
  let names: string[];
  try {
    names = (await readdir(dir)).sort(byCodeUnits);
  } catch (error) {
    yield { skipped: { input: dir, reason: `cannot read folder: ${describeFsError(error)}` } };
    return;
  }
  const inside = new Set(ancestors).add(real);
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const broken = codeOf(error) === 'ENOENT' && (await lstat(path).then((l) => l.isSymbolicLink(), () => false));
      yield { skipped: { input: path, reason: broken ? 'broken symbolic link' : describeFsError(error) } };
      continue;
    }
    if (info.isDirectory()) yield* walk(path, inside);
    else if (!info.isFile()) yield { skipped: { input: path, reason: 'not a regular file' } };
    else if (isSupported(path)) yield { file: path };
    else yield unsupported(path);
  }
}

async function* expandOne(input: string): AsyncGenerator<ExpandedInput> {
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    if ((codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') && isDynamicPattern(input)) {
      const files = (await glob(input, { onlyFiles: true, dot: false, expandDirectories: false })).sort(byCodeUnits);
      if (files.length === 0) yield { skipped: { input, reason: 'no files match this pattern' } };
      for (const file of files) yield isSupported(file) ? { file } : unsupported(file);
      return;
    }
    yield { skipped: { input, reason: describeFsError(error) } };
    return;
  }
  if (info.isDirectory()) yield* walk(input, new Set());
  else if (!info.isFile()) yield { skipped: { input, reason: 'not a regular file or folder' } };
  // A file named explicitly is read whatever its extension: the user asked for it. Unknown ones are plain text.
  else yield { file: input };
}

/** Every article file named by `inputs`, in input order, each file once even when named twice. */
export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<ExpandedInput> {
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const item of expandOne(input)) {
      if ('file' in item) {
        const real = await realpath(item.file).catch(() => item.file);
        if (seen.has(real)) continue;
        seen.add(real);
      }
      yield item;
    }
  }
}
