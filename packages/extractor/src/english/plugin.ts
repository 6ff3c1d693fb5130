// The compromise plugin: the vocabulary of Vietnamese politics as compromise words and tags,
// and the relation patterns in compromise match syntax. Recognized mentions are tagged onto a
// sentence's terms (#VnPerson, #VnOrg, #VnEvent, #VnDoc) so patterns can name them.
import nlp from 'compromise';
type Plugin = Parameters<typeof nlp.plugin>[0];
import type { RelationType } from '../types.js';
import { DOCUMENT_KINDS_EN, EVENT_HEADS_EN, NATIONAL_BODIES_EN, TITLES_EN } from './vocabulary.js';

export const VN_TAGS = {
  VnPerson: { isA: 'Person' },
  VnOrg: { isA: 'Organization' },
  VnPlace: { isA: 'Place' },
  VnEvent: { isA: 'Noun' },
  VnDoc: { isA: 'Noun' },
  VnTitle: { isA: 'Noun' },
  VnEventHead: { isA: 'Noun' },
  VnDocKind: { isA: 'Noun' },
};

const words: Record<string, string> = {};
for (const t of TITLES_EN) for (const w of t.en) words[w.toLowerCase()] = 'VnTitle';
for (const h of EVENT_HEADS_EN) for (const w of h.en) words[w.toLowerCase()] = 'VnEventHead';
for (const k of DOCUMENT_KINDS_EN) for (const w of k.en) words[w.toLowerCase()] = 'VnDocKind';
for (const b of NATIONAL_BODIES_EN) for (const w of b.en) if (w.length > 3) words[w.toLowerCase()] = 'VnOrg';

export const englishPlugin: Plugin = { tags: VN_TAGS, words };

/**
 * Participation and structure patterns. `who` says where the acting mentions sit relative to
 * the trigger: `before` (subjects), `after` (listed after "Attending … were"), `first-after`, `inside` (named within it:
 * "with A and B in attendance").
 * The target is the meeting written right after the trigger, else the one the article is about.
 */
export interface RelationPattern {
  type: Extract<RelationType, 'chaired' | 'attended' | 'spoke_at' | 'organized' | 'established' | 'implements'>;
  match: string;
  who: 'before' | 'after' | 'first-after' | 'inside';
}

export const RELATION_PATTERNS: RelationPattern[] = [
  { type: 'chaired', match: '(was|were|is|are|being) co? (chaired|presided|hosted) over? by', who: 'after' },
  { type: 'chaired', match: '(was|were|is|are|being) (co-chaired|co-presided) over? by', who: 'after' },
  { type: 'chaired', match: '(chaired|co-chaired|presided) over? by', who: 'after' },
  { type: 'chaired', match: '^co? (chairing|presiding over) the? #VnEventHead? (was|were|are|is)', who: 'after' },
  { type: 'chaired', match: 'co? (chaired|chairs|presided|presides) over?', who: 'before' },
  { type: 'chaired', match: '(co-chaired|co-chairs|co-presided) over?', who: 'before' },
  { type: 'chaired', match: 'under the (chair|chairmanship) of', who: 'after' },
  { type: 'attended', match: '^also? (attending|participating in|present at|present) .* (was|were|are|is|included)', who: 'after' },
  { type: 'attended', match: '^(among|also among) the? (attendees|participants|guests|delegates|those present|those attending) (was|were|are|is)', who: 'after' },
  { type: 'attended', match: '^(attendees|participants|guests) (included|were|are)', who: 'after' },
  { type: 'attended', match: '(was|were|is|are|being) also? attended by', who: 'after' },
  { type: 'attended', match: '(with|in) the (attendance|participation|presence) of', who: 'after' },
  { type: 'attended', match: '(attended|attends|participated in|participates in|took part in|takes part in|joined)', who: 'before' },
  { type: 'attended', match: 'with .+ in attendance', who: 'inside' },
  { type: 'spoke_at', match: '^(addressing|speaking at|speaking to) the? #VnEventHead', who: 'first-after' },
  { type: 'spoke_at', match: '(remarks|speech|address) at the #VnEventHead', who: 'first-after' },
  { type: 'spoke_at', match: '^in (his|her) (opening|closing|concluding|keynote|directive|acceptance|inaugural|welcoming|welcome)? (speech|remarks|address)', who: 'first-after' },
  { type: 'spoke_at', match: '^(delivering|presenting|giving|reading) (a|an|the|his|her) .? .? (speech|remarks|address|report|submission|proposal)', who: 'first-after' },
  { type: 'spoke_at', match: '^(opening|closing|concluding) the .? #VnEventHead', who: 'first-after' },
  { type: 'spoke_at', match: '(speaks|spoke|delivered|delivers|addressed|addresses|reported|reports) (at|on|an|a|to)?', who: 'before' },
  { type: 'spoke_at', match: '(was|were|is|are) speaking at', who: 'before' },
  { type: 'spoke_at', match: '(gave|gives|giving|made|makes|making|delivering|presented|presents|presenting) (a|an|the|his|her) (opening|closing|keynote|concluding|directive|guiding|draft)? (political|summary)? (speech|remarks|address|report)', who: 'before' },
  { type: 'spoke_at', match: '(was|were) addressed by', who: 'after' },
  { type: 'organized', match: '(was|were) (conducted|held|organised|organized|convened|hosted|co-organised|co-organized) by', who: 'after' },
  { type: 'organized', match: '(co-organised|co-organized|jointly organised|jointly organized) by', who: 'after' },
  { type: 'organized', match: '(held|holds|organised|organized|convened|convenes|convene|hosted|hosts) (its|their|the|a|an)', who: 'before' },
  { type: 'organized', match: '(opened|opens|closed|closes|concluded|concludes|wrapped up|wraps up) (its|their)', who: 'before' },
  { type: 'established', match: '(was|were) (established|set up|founded|formed)', who: 'after' },
  { type: 'established', match: '(set up|sets up|established|establishes|founded|formed) (the|a|an)', who: 'before' },
  { type: 'implements', match: '(implement|implements|implementing|implemented|implementation of|carry out|carries out|carried out|carrying out|to execute)', who: 'before' },
];

let installed = false;

/** compromise with the plugin installed (once per process). */
export function englishNlp(): typeof nlp {
  if (!installed) {
    nlp.plugin(englishPlugin);
    installed = true;
  }
  return nlp;
}
