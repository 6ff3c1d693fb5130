import type { DocumentMention } from '../recognize/documents.js';
import type { EventMention } from '../recognize/events.js';
import type { OrgMention } from '../recognize/organizations.js';
import type { PersonMention } from '../recognize/persons.js';
import type { PlaceMention } from '../recognize/places.js';
import type { Home } from '../resolve/places.js';

export interface ResolvedEvent extends EventMention {
  /** Resolved key: its own, or for a bare reference the meeting the article is about. */
  ref?: string;
}

export interface ResolvedDocument extends DocumentMention {
  key: string;
}

export interface PersonRef extends PersonMention {
  key: string;
}

/** What the recognizers found in one sentence, resolved to entity keys. */
export interface SentenceAnalysis {
  index: number;
  start: number;
  end: number;
  orgs: OrgMention[];
  events: ResolvedEvent[];
  docs: ResolvedDocument[];
  persons: PersonRef[];
  places: PlaceMention[];
}

export interface ArticleAnalysis {
  /** The match text (NFC, unified tones). */
  text: string;
  home: Home;
  sentences: SentenceAnalysis[];
}

/** Clause boundaries inside a sentence: relations never cross a semicolon. */
export function clauseOf(text: string, s: SentenceAnalysis, pos: number): [number, number] {
  let start = s.start;
  let end = s.end;
  for (let i = pos - 1; i >= s.start; i--) {
    if (text[i] === ';') {
      start = i + 1;
      break;
    }
  }
  for (let i = pos; i < s.end; i++) {
    if (text[i] === ';') {
      end = i;
      break;
    }
  }
  return [start, end];
}
