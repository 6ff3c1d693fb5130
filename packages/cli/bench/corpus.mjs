// A synthetic corpus made from the sample articles: sentences shuffled, person names and numbers
// varied, so that no two articles are the same text (a cache or a memo cannot make it cheap).
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { Buffer } from 'node:buffer';

/** mulberry32: a small seeded generator, so every run makes the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Thanh', 'Hữu', 'Đức', 'Ngọc', 'Xuân', 'Hồng', 'Anh', 'Công'];
const GIVEN = ['Hùng', 'Dũng', 'Lan', 'Mai', 'Nam', 'Bình', 'Sơn', 'Hải', 'Long', 'Tuấn', 'Hương', 'Thắng', 'Phúc', 'Quang', 'Trung', 'Hà', 'Linh', 'Khánh'];
const NAME = new RegExp(`\\b(${SURNAMES.join('|')})( \\p{Lu}\\p{Ll}+){1,2}`, 'gu');

/** Sentences of every article in `folders`, one line per paragraph kept as a unit when short. */
export function loadSentences(folders) {
  const sentences = [];
  for (const folder of folders) {
    for (const file of readdirSync(folder).sort()) {
      const text = readFileSync(join(folder, file), 'utf8');
      for (const paragraph of text.split(/\n+/)) {
        for (const s of paragraph.split(/(?<=[.!?…])\s+(?=\p{Lu})/u)) if (s.trim().length > 20) sentences.push(s.trim());
      }
    }
  }
  return sentences;
}

function vary(sentence, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  return sentence
    .replace(NAME, () => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`)
    .replace(/\d+/g, (digits) => String(Math.floor(next() * 10 ** digits.length)).padStart(digits.length, '1'));
}

/** Article `n` of the corpus: 2–4 KB of shuffled, varied sentences in paragraphs of 1–3. */
export function makeArticle(sentences, n, next) {
  const target = 2000 + Math.floor(next() * 2000);
  const paragraphs = [];
  let bytes = 0;
  while (bytes < target) {
    const count = 1 + Math.floor(next() * 3);
    const paragraph = Array.from({ length: count }, () => vary(sentences[Math.floor(next() * sentences.length)], next)).join(' ');
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 1;
  }
  const day = 1 + Math.floor(next() * 28);
  return {
    id: `bench-${String(n).padStart(6, '0')}`,
    title: paragraphs[0].slice(0, 80),
    date: `20${String(15 + Math.floor(next() * 10))}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    text: paragraphs.join('\n'),
  };
}

/** Streams `count` articles to `file` as JSONL (never all in memory); returns the bytes of text. */
export async function writeCorpus(file, count, sentences, seed = 7) {
  const next = random(seed);
  const out = createWriteStream(file);
  let textBytes = 0;
  for (let n = 0; n < count; n++) {
    const article = makeArticle(sentences, n, next);
    textBytes += Buffer.byteLength(article.text);
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return textBytes;
}
