// Content-addressed cache of extractions: rebuilding a corpus re-extracts only what changed.
// An entry is a packed extraction (packed.ts) as gzip'd JSON; gzip's CRC-32 and length catch a
// torn or corrupted file, and the key, extractor version, extractor code hash and lexicon hash
// stored inside catch a stale or misplaced one. Entries are read and written where the extraction
// runs (a worker thread, or the one thread with --jobs 1), with synchronous calls: the thread has
// nothing else to do meanwhile, and a round trip through libuv's pool per call cost more than the
// call itself.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import { EXTRACTOR_VERSION, defaultLexicon, type Article, type Lexicon } from '@vnkg/extractor';
import { isWholePacked, type PackedExtraction } from './packed.js';

/** Bumped when the entry layout changes, so old entries read as stale, not as garbage. */
const ENTRY_FORMAT = 2;

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
export const entryPath = (dir: string, key: string): string => join(dir, key.slice(0, 2), `${key}.json.gz`);

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
    const entry = JSON.parse(gunzipSync(bytes).toString('utf8')) as Partial<Entry>;
    const ok =
      entry.format === ENTRY_FORMAT &&
      entry.key === key &&
      entry.extractorVersion === EXTRACTOR_VERSION &&
      entry.extractorCode === code &&
      entry.lexicon === lexiconHash(lexicon) &&
      entry.extraction?.article?.id === article.id &&
      isWholePacked(entry);
    return ok ? { hit: { extraction: entry.extraction!, sentences: entry.sentences!, refs: entry.refs! } } : { miss: 'bad' };
  } catch {
    return { miss: 'bad' }; // truncated, CRC mismatch, not gzip, not JSON
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
  const { extraction, sentences, refs } = packed;
  const entry: Entry = { format: ENTRY_FORMAT, key, extractorVersion: EXTRACTOR_VERSION, extractorCode: code, lexicon: lexiconHash(lexicon), extraction, sentences, refs };
  const data = gzipSync(JSON.stringify(entry), { level: 1 });
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
