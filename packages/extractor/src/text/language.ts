import type { Language } from '../types.js';

// Vietnamese: letters English never uses (ă â đ ê ô ơ ư and the tone-marked vowels, all in the
// Latin-1, Latin Extended and Latin Extended Additional blocks) and frequent function words.
// English: its most frequent function words.
const VI_WORDS = /(?<!\p{L})(?:và|của|các|những|được|trong|đã|với|là|cho|này|không|người|có)(?!\p{L})/giu;
const EN_WORDS = /\b(?:the|and|of|to|in|is|was|for|on|that|with|by|as|at|has|were)\b/gi;

function isVietnameseLetter(c: number): boolean {
  return (c >= 0x1ea0 && c <= 0x1ef9) || c === 0x103 || c === 0x102 || c === 0x111 || c === 0x110 || c === 0x1a1 || c === 0x1a0 || c === 0x1b0 || c === 0x1af || (c >= 0xc0 && c <= 0xfd && c !== 0xd7 && c !== 0xf7) || c === 0x129 || c === 0x169;
}

/**
 * Vietnamese letters that make a text Vietnamese whatever else it holds: Vietnamese news has a hundred
 * within its first 600 characters, English news naming Vietnamese people and places in full a few dozen
 * in 2,000 (34 at most in the dev set). Counting them first spares the English word count on most articles.
 */
const SURELY_VIETNAMESE = 100;

/** Guesses the language of an article from its first 2,000 characters (plenty: a paragraph tells). */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 2000);
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    if (isVietnameseLetter(sample.charCodeAt(i)) && ++letters >= SURELY_VIETNAMESE) return 'vi';
  }
  const en = 3 * (sample.match(EN_WORDS)?.length ?? 0);
  const vi = letters + 3 * (sample.match(VI_WORDS)?.length ?? 0);
  return en > vi ? 'en' : 'vi';
}
