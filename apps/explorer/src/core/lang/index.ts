import type { Language, NodeAttributes } from '@vnkg/extractor';
import { splitEvidence } from '../evidence/highlight';
import type { ExplorerGraph } from '../graph/types';

export const LANGUAGES: readonly Language[] = ['vi', 'en'];
export const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Vietnamese', en: 'English' };

const isLanguage = (value: unknown): value is Language => value === 'vi' || value === 'en';

/**
 * The language of each article: the graph attribute `articleLangs` (article id → language) where
 * it names the article; otherwise derived from the entities that only one language knows: every
 * article they are mentioned in is in that language (the majority wins if the votes differ).
 */
export function articleLanguages(graph: ExplorerGraph): Map<string, Language> {
  // Checked value by value: an imported JSON graph may carry anything here.
  const given: unknown = graph.getAttribute('articleLangs');
  const out = new Map<string, Language>();
  const votes = new Map<string, { vi: number; en: number }>();
  graph.forEachNode((_key, { lang, docs }) => {
    if (lang.length !== 1 || !isLanguage(lang[0])) return;
    for (const doc of docs) {
      let v = votes.get(doc);
      if (!v) votes.set(doc, (v = { vi: 0, en: 0 }));
      v[lang[0]]++;
    }
  });
  for (const [doc, v] of votes) out.set(doc, v.en > v.vi ? 'en' : 'vi');
  // The recorded language wins; derivation only fills articles it does not name.
  if (given && typeof given === 'object') for (const [doc, lang] of Object.entries(given)) if (isLanguage(lang)) out.set(doc, lang);
  return out;
}

export const isBilingual = (attrs: Pick<NodeAttributes, 'lang'>): boolean => LANGUAGES.every((l) => attrs.lang.includes(l));

/** Vietnamese letters beyond ASCII (đ and the vowels with marks), which English spellings drop. */
const VIETNAMESE_LETTERS = /[đĐ]|[^\p{ASCII}]/u;

/**
 * The aliases an entity has in English: those mentioned in its English evidence, else (evidence
 * is capped) those spelled without Vietnamese letters when the label has them ("Phan Van Mai").
 */
export function englishAliases(attrs: Pick<NodeAttributes, 'label' | 'aliases' | 'evidence'>, langOf: ReadonlyMap<string, Language>): string[] {
  // Exact forms (case aside): folding diacritics would make the Vietnamese spelling match too.
  const form = (text: string) => text.normalize('NFC').toLowerCase();
  const mentioned = new Set(attrs.evidence.filter((e) => langOf.get(e.doc) === 'en').map((e) => form(splitEvidence(e).mention)));
  const byEvidence = attrs.aliases.filter((a) => mentioned.has(form(a)));
  if (byEvidence.length > 0) return byEvidence;
  if (!VIETNAMESE_LETTERS.test(attrs.label)) return [];
  return attrs.aliases.filter((a) => a !== attrs.label && !VIETNAMESE_LETTERS.test(a));
}
