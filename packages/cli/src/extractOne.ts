// One article through the cache and the extractor, all of it where the extraction runs (a worker
// thread, or in-process for one job): the key's hash, the entry's read and checks, the
// extraction, and the entry's atomic write. The thread that merges gets a packed result.
import { extract, type Article } from '@vnkg/extractor';
import { cacheKey, readEntry, writeEntry } from './cache.js';
import { pack, type PackedExtraction } from './packed.js';

export interface ExtractRequest {
  article: Article;
  /** Cache folder and the extractor's code hash, when the cache is on. */
  cache?: { dir: string; code: string };
}

export type CacheStatus = 'hit' | 'miss' | 'bad' | 'off';

export type ExtractResult =
  | { packed: PackedExtraction; cache: CacheStatus; cacheError?: string }
  | { error: string; cache: CacheStatus };

export function extractOne({ article, cache }: ExtractRequest): ExtractResult {
  let status: CacheStatus = 'off';
  let key = '';
  if (cache) {
    key = cacheKey(article, undefined, cache.code);
    const read = readEntry(cache.dir, key, article, cache.code);
    if ('hit' in read) return { packed: read.hit, cache: 'hit' };
    status = read.miss === 'bad' ? 'bad' : 'miss';
  }
  let packed: PackedExtraction;
  try {
    packed = pack(extract(article));
  } catch (error) {
    return { error: (error as Error).message, cache: status };
  }
  if (cache) {
    try {
      writeEntry(cache.dir, key, packed, cache.code);
    } catch (error) {
      // A cache that cannot be written costs speed next time, not this build.
      return { packed, cache: status, cacheError: (error as Error).message };
    }
  }
  return { packed, cache: status };
}
