// Content-addressed cache of extractions: rebuilding a corpus re-extracts only what changed.
//
// Entries are records appended to pack files (`packs/<run>-<thread>.pack`, one per writing thread
// and build), not a file each: creating and renaming a file per article cost more than extracting
// it, and appending a record costs a few microseconds. A record is a fixed-length header line
// (key, body length, CRC-32 of the body) and the packed extraction (packed.ts) as JSON. Appends
// never touch what is already written, so an interrupted build leaves whole records and at most a
// torn last one, which its length or CRC gives away. The key, extractor version, extractor code hash
// and lexicon hash stored in the body catch a stale or misplaced record. A build first reads every
// header (`readCacheIndex`): for each key, its latest record; a record found bad is recomputed and
// appended again, and the newer one wins. Records are not compressed: a zlib call per record costs
// more than a short extraction, and the cache is then about three times the size of the text.
// Records are read and written where the extraction runs (a worker thread, or the one thread with
// --jobs 1), with synchronous calls: the thread has nothing else to do meanwhile.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { EXTRACTOR_VERSION, defaultLexicon, type Article, type Lexicon } from '@vnkg/extractor';
import { isWholePacked, type PackedExtraction } from './packed.js';

/** Bumped when the record layout changes, so old records read as stale, not as garbage. */
const ENTRY_FORMAT = 4;

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

/** Where a key's latest record sits: its pack file (a name in `packs/`), the header's offset and the body's length. */
export interface EntryLocation {
  pack: string;
  offset: number;
  length: number;
}

export const PACKS_FOLDER = 'packs';
const PACK_EXTENSION = '.pack';
const MAGIC = `vnkg-cache-${ENTRY_FORMAT}`;
/** "vnkg-cache-<format> <key: 64 hex> <body length: 10 digits> <CRC-32: 8 hex>\n" */
const HEADER_LENGTH = MAGIC.length + 1 + 64 + 1 + 10 + 1 + 8 + 1;
const HEADER = new RegExp(`^${MAGIC} ([0-9a-f]{64}) (\\d{10}) ([0-9a-f]{8})\n$`);

/** A record's bytes: header, JSON body, and a newline so a pack reads as lines. */
export function encodeRecord(key: string, json: string): Buffer {
  const length = Buffer.byteLength(json, 'utf8');
  const record = Buffer.allocUnsafe(HEADER_LENGTH + length + 1);
  const body = record.subarray(HEADER_LENGTH, HEADER_LENGTH + length);
  body.write(json, 'utf8');
  record.write(`${MAGIC} ${key} ${String(length).padStart(10, '0')} ${crc32(body).toString(16).padStart(8, '0')}\n`, 'latin1');
  record[HEADER_LENGTH + length] = 0x0a;
  return record;
}

function parseHeader(bytes: Buffer): { key: string; length: number; crc: number } | undefined {
  const m = HEADER.exec(bytes.toString('latin1', 0, HEADER_LENGTH));
  return m ? { key: m[1]!, length: Number(m[2]), crc: Number.parseInt(m[3]!, 16) } : undefined;
}

/**
 * Every key in the cache and where its latest record sits, from the headers alone (one small read
 * per record). Packs are read oldest first (their names start with the build's time) and each from
 * its start, so a later record of a key replaces an earlier one. A pack ends at its first header that
 * is not whole: a torn last record is still listed, so that reading it reports a bad entry.
 */
export function readCacheIndex(dir: string): Map<string, EntryLocation> {
  const index = new Map<string, EntryLocation>();
  let packs: string[];
  try {
    packs = readdirSync(join(dir, PACKS_FOLDER)).filter((name) => name.endsWith(PACK_EXTENSION)).sort();
  } catch {
    return index; // no cache yet
  }
  const header = Buffer.alloc(HEADER_LENGTH);
  for (const pack of packs) {
    let fd: number;
    try {
      fd = openSync(join(dir, PACKS_FOLDER, pack), 'r');
    } catch {
      continue; // removed meanwhile, or unreadable: its entries count as absent
    }
    try {
      const size = fstatSync(fd).size;
      for (let offset = 0; offset + HEADER_LENGTH <= size; ) {
        if (readSync(fd, header, 0, HEADER_LENGTH, offset) !== HEADER_LENGTH) break;
        const parsed = parseHeader(header);
        if (!parsed) break;
        index.set(parsed.key, { pack, offset, length: parsed.length });
        offset += HEADER_LENGTH + parsed.length + 1;
      }
    } finally {
      closeSync(fd);
    }
  }
  return index;
}

interface Entry extends PackedExtraction {
  format: number;
  key: string;
  extractorVersion: string;
  /** `extractorCodeHash()` of the build that wrote it. */
  extractorCode: string;
  lexicon: string;
}

/** A hit is the record's JSON body: an object with every field of a `PackedExtraction` (and the entry's own). */
export type CacheRead = { hit: string } | { miss: 'absent' | 'bad' };

/** The JSON body of the record at `at` if it is whole (its header, length and CRC check out); undefined otherwise. */
export function recordBody(dir: string, at: EntryLocation, key: string): string | undefined {
  const fd = openSync(join(dir, PACKS_FOLDER, at.pack), 'r');
  try {
    const bytes = Buffer.allocUnsafe(HEADER_LENGTH + at.length);
    if (readSync(fd, bytes, 0, bytes.length, at.offset) !== bytes.length) return undefined; // torn
    const header = parseHeader(bytes);
    const body = bytes.subarray(HEADER_LENGTH);
    return header && header.key === key && header.length === at.length && crc32(body) === header.crc ? body.toString('utf8') : undefined;
  } finally {
    closeSync(fd);
  }
}

/** Reads the record at `at`; anything that does not check out is reported as a bad entry, never trusted. */
export function readEntry(dir: string, at: EntryLocation | undefined, key: string, article: Article, code: string = extractorCodeHash(), lexicon: Lexicon = defaultLexicon): CacheRead {
  if (!at) return { miss: 'absent' };
  try {
    const body = recordBody(dir, at, key);
    if (body === undefined) return { miss: 'bad' };
    const entry = JSON.parse(body) as Partial<Entry>;
    const ok =
      entry.format === ENTRY_FORMAT &&
      entry.key === key &&
      entry.extractorVersion === EXTRACTOR_VERSION &&
      entry.extractorCode === code &&
      entry.lexicon === lexiconHash(lexicon) &&
      isWholePacked(entry) &&
      entry.article.id === article.id;
    return ok ? { hit: body } : { miss: 'bad' };
  } catch (error) {
    // The pack went away since the index was read: as if never written.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { miss: 'absent' };
    return { miss: 'bad' }; // unreadable, or not JSON
  }
}

/** A name for the packs one build writes: its start time first, so packs sort oldest first. */
export function newPackRun(): string {
  return `${Date.now().toString(36).padStart(9, '0')}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/** Pack folders this thread has made (or found): one mkdir per folder and thread, not per record. */
const madeFolders = new Set<string>();

/**
 * Appends `key`'s record to this thread's pack of build `run`, in one write. No fsync: after a power
 * cut a torn record fails its length or CRC check and is recomputed. `packedJson` is
 * `JSON.stringify` of a `PackedExtraction`; the body is that of `{...entryFields, ...packed}`,
 * joined as text so the extraction is serialized once (the same text crosses to the merging thread).
 */
export function writeEntry(dir: string, run: string, key: string, packedJson: string, code: string = extractorCodeHash(), lexicon: Lexicon = defaultLexicon): void {
  const fields: Omit<Entry, keyof PackedExtraction> = { format: ENTRY_FORMAT, key, extractorVersion: EXTRACTOR_VERSION, extractorCode: code, lexicon: lexiconHash(lexicon) };
  const json = `${JSON.stringify(fields).slice(0, -1)},${packedJson.slice(1)}`;
  appendRecord(dir, `${run}-${threadId}${PACK_EXTENSION}`, encodeRecord(key, json));
}

/**
 * The pack this thread appends to, kept open from one record to the next: opening and closing it
 * per record cost more than the write. Only the latest pack is held, so a thread holds one descriptor.
 */
let openPack: { path: string; fd: number } | undefined;

function packFd(dir: string, pack: string): number {
  const folder = join(dir, PACKS_FOLDER);
  const path = join(folder, pack);
  if (openPack?.path === path) return openPack.fd;
  closePack();
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  let fd: number;
  try {
    fd = openSync(path, 'a');
  } catch (error) {
    // The folder went away since (the cache was cleared): make it again, once.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(folder, { recursive: true });
    fd = openSync(path, 'a');
  }
  openPack = { path, fd };
  return fd;
}

/** Closes the pack this thread holds open, if any (at the end of a build, and before opening another). */
export function closePack(): void {
  if (!openPack) return;
  const { fd } = openPack;
  openPack = undefined;
  closeSync(fd);
}

/** Appends raw record bytes to a pack (for writeEntry, and for tests that plant records). */
export function appendRecord(dir: string, pack: string, record: Buffer): void {
  const fd = packFd(dir, pack);
  try {
    for (let written = 0; written < record.length; ) written += writeSync(fd, record, written);
  } catch (error) {
    closePack(); // the next record tries a fresh descriptor
    throw error;
  }
}
