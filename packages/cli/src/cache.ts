// Content-addressed cache of extractions: rebuilding a corpus re-extracts only what changed.
// An entry is a packed extraction (packed.ts) as JSON after a header line with its CRC-32: the CRC
// catches a torn or corrupted file, and the key, extractor version, extractor code hash and lexicon
// hash stored inside catch a stale or misplaced one. Entries are not compressed: a zlib call costs
// more per entry (its set-up, for a few kilobytes) than extracting a short article, and an archive's
// cache is then about three times the size of its text. Entries are read and written where the
// extraction runs (a worker thread, or the one thread with --jobs 1), with synchronous calls: the
// thread has nothing else to do meanwhile, and a round trip through libuv's pool per call cost more
// than the call itself.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { EXTRACTOR_VERSION, defaultLexicon, type Article, type Lexicon } from '@vnkg/extractor';
import { isWholePacked, type PackedExtraction } from './packed.js';

/** Bumped when the entry layout changes, so old entries read as stale, not as garbage. */
const ENTRY_FORMAT = 3;

export const DEFAULT_CACHE_FOLDER = '.vnkg-cache';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const lexiconHashes = new WeakMap<Lexicon, string>();
/** A fingerprint of the lexicon's data: adding a title or a place invalidates every entry. */
export function lexiconHash(lexicon: Lexicon = defaultLexicon): string {
  let hash = lexiconHashes.get(lexicon);
  if (!hash) lexiconHashes.set(lexicon, (hash = sha256(JSON.stringify(lexicon))));
  return hash;
}

/**
 * A fingerprint of the code in `folder` (every file, by path and content). A developer who changes
 * a rule and rebuilds without bumping EXTRACTOR_VERSION must not be served the old extractions.
 */
export function hashFolder(folder: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
  for (const name of files) {
    const bytes = readFileSync(join(folder, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/** Where the running @vnkg/extractor lives: the folder of its entry point (its dist). */
export const extractorFolder = (): string => dirname(createRequire(import.meta.url).resolve('@vnkg/extractor'));

let codeHash: string | undefined;
/** `hashFolder` of the extractor in use, computed once per process. */
export function extractorCodeHash(): string {
  return (codeHash ??= hashFolder(extractorFolder()));
}

/**
 * Everything extraction depends on: the article (text, id, title, date, forced language), the
 * extractor (version and code) and its lexicon.
 */
export function cacheKey(article: Article, lexicon: Lexicon = defaultLexicon, code: string = extractorCodeHash()): string {
  const { id, text, title, date, lang } = article;
  return sha256(JSON.stringify([ENTRY_FORMAT, EXTRACTOR_VERSION, code, lexiconHash(lexicon), id, title ?? null, date ?? null, lang ?? null, text]));
}

/** Entries are spread over 256 sub-folders so no folder holds 100,000 files. */
export const entryPath = (dir: string, key: string): string => join(dir, key.slice(0, 2), `${key}${ENTRY_EXTENSION}`);

export const ENTRY_EXTENSION = '.entry';

const HEADER = /^vnkg-cache ([0-9a-f]{8})$/;

/** An entry file's bytes: the header line with the CRC-32 of the JSON that follows it. */
export function encodeEntry(json: string): Buffer {
  const body = Buffer.from(json, 'utf8');
  return Buffer.concat([Buffer.from(`vnkg-cache ${crc32(body).toString(16).padStart(8, '0')}\n`, 'latin1'), body]);
}

/** The JSON of an entry file, or undefined when its header or CRC does not check out. */
export function decodeEntry(bytes: Buffer): string | undefined {
  const newline = bytes.indexOf(10);
  const header = newline > 0 ? HEADER.exec(bytes.toString('latin1', 0, newline)) : null;
  if (!header) return undefined;
  const body = bytes.subarray(newline + 1);
  return crc32(body) === Number.parseInt(header[1]!, 16) ? body.toString('utf8') : undefined;
}

interface Entry extends PackedExtraction {
  format: number;
  key: string;
  extractorVersion: string;
  /** `extractorCodeHash()` of the build that wrote it. */
  extractorCode: string;
  lexicon: string;
}

export type CacheRead = { hit: PackedExtraction } | { miss: 'absent' | 'bad' };

/** Reads an entry; anything that does not check out is reported as a bad entry, never trusted. */
export function readEntry(dir: string, key: string, article: Article, code: string = extractorCodeHash(), lexicon: Lexicon = defaultLexicon): CacheRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(entryPath(dir, key));
  } catch {
    return { miss: 'absent' };
  }
  try {
    const json = decodeEntry(bytes);
    if (json === undefined) return { miss: 'bad' };
    const entry = JSON.parse(json) as Partial<Entry>;
    const ok =
      entry.format === ENTRY_FORMAT &&
      entry.key === key &&
      entry.extractorVersion === EXTRACTOR_VERSION &&
      entry.extractorCode === code &&
      entry.lexicon === lexiconHash(lexicon) &&
      isWholePacked(entry) &&
      entry.article.id === article.id;
    if (!ok) return { miss: 'bad' };
    const { article: a, entities, mentionCounts, relations, sentences, docs, evidence } = entry;
    return { hit: { article: a, entities, mentionCounts, relations, sentences, docs, evidence } };
  } catch {
    return { miss: 'bad' }; // not JSON
  }
}

/** Sub-folders this thread has made (or found): one mkdir per folder and thread, not per entry. */
const madeFolders = new Set<string>();

/**
 * Writes an entry atomically: temporary file, then rename, so an interrupted build leaves either
 * the whole entry or none. No fsync: after a power cut a torn entry fails its CRC and is recomputed.
 */
export function writeEntry(dir: string, key: string, packed: PackedExtraction, code: string = extractorCodeHash(), lexicon: Lexicon = defaultLexicon): void {
  const path = entryPath(dir, key);
  const entry: Entry = { format: ENTRY_FORMAT, key, extractorVersion: EXTRACTOR_VERSION, extractorCode: code, lexicon: lexiconHash(lexicon), ...packed };
  const data = encodeEntry(JSON.stringify(entry));
  const temp = `${path}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.tmp`;
  const folder = join(dir, key.slice(0, 2));
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  try {
    try {
      writeFileSync(temp, data);
    } catch (error) {
      // The folder went away during the build (the cache was cleared): make it again, once.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(folder, { recursive: true });
      writeFileSync(temp, data);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
