// One article through the cache and the extractor, all of it where the extraction runs (a worker
// thread, or in-process for one job): the key's hash, the entry's read and checks, the
// extraction, and the entry's append. The thread that merges gets the packed result as JSON text:
// the cache needs that text anyway, and a string crosses threads as one copy where the packed
// objects cost a structured clone's walk on both sides.
import { extract, type Article } from '@vnkg/extractor';
import { cacheKey, readCacheIndex, readEntry, writeEntry, type EntryLocation } from './cache.js';
import { pack } from './packed.js';

export interface ExtractRequest {
  article: Article;
  /** Cache folder, the extractor's code hash and the build's pack name (`newPackRun`), when the cache is on. */
  cache?: { dir: string; code: string; run: string };
}

export type CacheStatus = 'hit' | 'miss' | 'bad' | 'off';

export type ExtractResult =
  /** `packed`: JSON of an object holding every field of a `PackedExtraction` (a cache record's body holds a few more). */
  | { packed: string; cache: CacheStatus; cacheError?: string }
  | { error: string; cache: CacheStatus };

export function extractOne({ article, cache }: ExtractRequest): ExtractResult {
  let status: CacheStatus = 'off';
  let key = '';
  if (cache) {
    key = cacheKey(article, undefined, cache.code);
    const read = readEntry(cache.dir, indexOf(cache.dir, cache.run).get(key), key, article, cache.code);
    if ('hit' in read) return { packed: read.hit, cache: 'hit' };
    status = read.miss === 'bad' ? 'bad' : 'miss';
  }
  let packed: string;
  try {
    packed = JSON.stringify(pack(extract(article)));
  } catch (error) {
    return { error: (error as Error).message, cache: status };
  }
  if (cache) {
    try {
      writeEntry(cache.dir, cache.run, key, packed, cache.code);
    } catch (error) {
      // A cache that cannot be written costs speed next time, not this build.
      return { packed, cache: status, cacheError: (error as Error).message };
    }
  }
  return { packed, cache: status };
}

/** The cache's index as this thread read it at the start of the build: one scan per build and thread. */
let index: { dir: string; run: string; entries: Map<string, EntryLocation> } | undefined;
function indexOf(dir: string, run: string): Map<string, EntryLocation> {
  if (index?.dir !== dir || index.run !== run) index = { dir, run, entries: readCacheIndex(dir) };
  return index.entries;
}
