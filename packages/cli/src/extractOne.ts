// One article through the cache and the extractor; runs on a worker thread or in-process.
import { extract, type Article, type Extraction } from '@vnkg/extractor';
import { readEntry, writeEntry } from './cache.js';

export interface ExtractRequest {
  article: Article;
  /** Cache folder, the article's key and the extractor's code hash, when the cache is on. */
  cache?: { dir: string; key: string; code: string };
}

export type CacheStatus = 'hit' | 'miss' | 'bad' | 'off';

export type ExtractResult =
  | { extraction: Extraction; cache: CacheStatus; cacheError?: string }
  | { error: string; cache: CacheStatus };

export async function extractOne({ article, cache }: ExtractRequest): Promise<ExtractResult> {
  let status: CacheStatus = 'off';
  if (cache) {
    const read = await readEntry(cache.dir, cache.key, article, cache.code);
    if ('hit' in read) return { extraction: read.hit, cache: 'hit' };
    status = read.miss === 'bad' ? 'bad' : 'miss';
  }
  let extraction: Extraction;
  try {
    extraction = extract(article);
  } catch (error) {
    return { error: (error as Error).message, cache: status };
  }
  if (cache) {
    try {
      await writeEntry(cache.dir, cache.key, extraction, cache.code);
    } catch (error) {
      // A cache that cannot be written costs speed next time, not this build.
      return { extraction, cache: status, cacheError: (error as Error).message };
    }
  }
  return { extraction, cache: status };
}
