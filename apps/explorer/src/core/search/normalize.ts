import { foldDiacritics } from '@vnkg/extractor';

/**
 * Search form of a name: no diacritics (đ → d), lower case, punctuation as single spaces,
 * so "nguyen van nen" matches "Nguyễn Văn Nên" and "tp.hcm" matches "TP HCM".
 */
export function searchForm(text: string): string {
  return foldDiacritics(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
