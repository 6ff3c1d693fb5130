import type { Article, Extraction } from '../types.js';

/** English articles: see issue 6. Until that path lands, an English article yields no entities. */
export function extractEnglish(article: Article, _text: string): Extraction {
  return { article: { id: article.id, lang: 'en' }, entities: [], relations: [] };
}
