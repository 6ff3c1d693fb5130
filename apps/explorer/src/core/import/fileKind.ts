export type FileKind = 'gexf' | 'json' | 'article';

const ARTICLE_EXTENSIONS = ['.txt', '.md'];

/** What a file is, from its name: graphs are read, articles are extracted. */
export function fileKindOf(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.json')) return 'json';
  if (ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'article';
  return null;
}

/** Article id from its file name, as `vnkg build` names it: the name without extension. */
export const articleIdOf = (name: string): string => name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
