import { COMMITTEE_KINDS, INSTITUTION_HEADS, LOCAL_BODY_KINDS, NATIONAL_BODIES, SUB_BODY_KINDS } from './bodies.js';
import type { CommitteeKind, LocalBodyKind, NationalBody } from './bodies.js';
import { CODE_ISSUERS, DOCUMENT_KINDS } from './documents.js';
import { EPONYMS, PERSON_EPITHETS, SURNAMES } from './persons.js';
import { DEFAULT_PLACES } from './places.js';
import type { PlaceEntry } from './places.js';
import { FUSED_TITLE_HEADS, HONORIFICS, TITLES, TITLE_QUALIFIERS } from './titles.js';
import type { DocumentKind } from '../types.js';

export type { CommitteeKind, LocalBodyKind, NationalBody, PlaceEntry };
export type { PlaceLevel } from './places.js';

/** Everything the Vietnamese rules know about the world, as plain data. */
export interface Lexicon {
  places: PlaceEntry[];
  titles: string[];
  fusedTitleHeads: Array<{ title: string; bodyWord: string }>;
  titleQualifiers: string[];
  honorifics: string[];
  surnames: string[];
  personEpithets: Array<{ surface: string; name: string }>;
  /** Names that bodies bear; never read as a person right after a body's name. */
  eponyms: string[];
  committeeKinds: CommitteeKind[];
  localBodyKinds: LocalBodyKind[];
  subBodyKinds: string[];
  nationalBodies: NationalBody[];
  institutionHeads: string[];
  documentKinds: Array<{ word: string; kind: DocumentKind }>;
  codeIssuers: Array<{ pattern: string; issuer: string }>;
}

/** Entries to add to the default lexicon; every field is optional. */
export type LexiconExtension = Partial<Lexicon>;

export const defaultLexicon: Lexicon = Object.freeze({
  places: DEFAULT_PLACES,
  titles: TITLES,
  fusedTitleHeads: FUSED_TITLE_HEADS,
  titleQualifiers: TITLE_QUALIFIERS,
  honorifics: HONORIFICS,
  surnames: SURNAMES,
  personEpithets: PERSON_EPITHETS,
  eponyms: EPONYMS,
  committeeKinds: COMMITTEE_KINDS,
  localBodyKinds: LOCAL_BODY_KINDS,
  subBodyKinds: SUB_BODY_KINDS,
  nationalBodies: NATIONAL_BODIES,
  institutionHeads: INSTITUTION_HEADS,
  documentKinds: DOCUMENT_KINDS,
  codeIssuers: CODE_ISSUERS,
});

/**
 * A lexicon with `extension`'s entries added to the defaults (or to `base`).
 * Example: `createLexicon({ titles: ['Bí thư Đoàn'], places: [{ name: 'Sông Bé', level: 'province' }] })`.
 */
export function createLexicon(extension: LexiconExtension = {}, base: Lexicon = defaultLexicon): Lexicon {
  const merged = { ...base } as Lexicon;
  for (const key of Object.keys(extension) as Array<keyof Lexicon>) {
    const extra = extension[key];
    if (Array.isArray(extra)) (merged as unknown as Record<string, unknown[]>)[key] = [...(base[key] as unknown[]), ...extra];
  }
  return Object.freeze(merged);
}
