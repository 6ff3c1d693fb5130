import { skipWhiteSpace, skipWhiteSpaceBack } from './chars.js';

export interface Sentence {
  /** Offset of the first character in the article text. */
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
}

// Tokens that end with a period without ending a sentence ("TP. Huế", "GS.TS. Phùng Hữu Phú").
const ABBREVIATION_BEFORE_DOT = /(?:^|[\s(.])(?:TP|Tp|GS|PGS|TS|ThS|BS|KS|CN|Th|St|No|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Co|Corp|Inc|Ltd|vs|etc|[A-ZĐ])$/u;
// A capital that is a Roman ordinal, not an initial: "… lần thứ I.", "… khóa X.", "Quân khu V."
const ROMAN_ORDINAL_BEFORE_DOT = /(?:thứ|[Kk]hóa|[Kk]hu|[Pp]hương)\s+[IVXLC]$/u;
// A sentence end: . ! ? … (possibly repeated, possibly followed by a closing quote or bracket)
// then white space, then something that can start a sentence.
// Only from the first mark of a run: tried from each mark of a long run ("……"), it would rescan the rest each time.
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’)\]]?(?=\s+["“‘([]?[\p{Lu}\d])/gu;
/** A list item's number or letter, alone before a dot at a line's start. */
const ITEM_NUMBER = /^\s*(?:\d{1,2}|[a-zđ])$/u;
/** Sentences longer than this are cut at the next comma or space, to bound rule work per sentence. */
const MAX_SENTENCE = 2000;

/** Splits a text into sentences, never across a line break. Offsets index `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\r\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const lineStart = line.index;
    const body = line[0];
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const before = body.slice(Math.max(from, m.index - 12), m.index);
      if (m[0] === '.' && ABBREVIATION_BEFORE_DOT.test(before) && !ROMAN_ORDINAL_BEFORE_DOT.test(before)) continue;
      // "2. Xem xét …": an item's number opening a line starts the sentence, it is none of its own.
      if (m[0] === '.' && from === 0 && ITEM_NUMBER.test(body.slice(0, m.index))) continue;
      const end = m.index + m[0].length;
      pushTrimmed(sentences, text, lineStart + from, lineStart + end, paragraph);
      from = end;
    }
    pushTrimmed(sentences, text, lineStart + from, lineStart + body.length, paragraph);
    paragraph++;
  }
  return sentences;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  start = skipWhiteSpace(text, start, end);
  end = skipWhiteSpaceBack(text, end, start);
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(',', start + MAX_SENTENCE);
    if (cut <= start) cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE - 1;
    out.push({ start, end: cut + 1, text: text.slice(start, cut + 1), paragraph });
    start = skipWhiteSpace(text, cut + 1, end);
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
