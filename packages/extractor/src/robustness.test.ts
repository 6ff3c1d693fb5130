// The extractor never crashes and never hangs: pathological inputs finish in time that grows
// linearly with their length. Time bounds here are generous ceilings against catastrophic
// backtracking (seconds, not milliseconds), not speed targets: those live in the bench.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';
import { buildGraph } from './graph.js';

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function timed(text: string, lang: 'vi' | 'en' = 'vi') {
  const start = performance.now();
  const extraction = extract({ id: 'x', text, lang });
  return { ms: performance.now() - start, extraction };
}

describe('robustness', () => {
  it('survives random Unicode, control characters and mixed scripts', () => {
    const next = random(42);
    const alphabet = [
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠàáảãạỦủỳỹĐ',
      ' ', '\n', '\r', '\t', '\u0000', '\u200b', '\ufeff', '.', ',', ';', ':', '(', ')', '“', '”', '"', '-', '–', '/',
      '中', '文', 'Ж', 'ж', 'ع', '😀', '\ud800', '0', '1', '9',
      'Thành ủy ', 'Nghị quyết ', 'Bí thư ', 'Nguyễn ', 'Hội nghị ', 'tỉnh ', 'số 12/2020/QH14 ', 'Ban Chỉ đạo ', 'của ',
    ];
    for (let round = 0; round < 25; round++) {
      let text = '';
      const length = Math.floor(next() * 3000);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      for (const lang of ['vi', 'en'] as const) {
        const { extraction } = timed(text, lang);
        for (const e of extraction.entities) {
          for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(text.normalize('NFC').length);
        }
      }
    }
  }, 60_000);

  it('handles pathological shapes in linear time', () => {
    const shapes: Array<[string, (n: number) => string, ('vi' | 'en')?]> = [
      ['commas', (n) => ','.repeat(n)],
      ['one long line of words', (n) => 'Thành ủy tỉnh Hà Nội họp bàn '.repeat(n / 28)],
      ['repeated titles', (n) => 'Ủy viên Bộ Chính trị, Bí thư Thành ủy, Phó Bí thư Thường trực, '.repeat(n / 64)],
      ['capitalized syllables', (n) => 'Nguyễn Văn Hà Nội Lê '.repeat(n / 21)],
      ['unmatched brackets and quotes', (n) => '(“Hội nghị “Đề án “ '.repeat(n / 20)],
      ['steering committees', (n) => 'Ban Chỉ đạo phòng, chống, '.repeat(n / 26)],
      ['document codes', (n) => 'Nghị quyết số 1/2/3/4-5-6/ '.repeat(n / 27)],
      ['meetings', (n) => 'hội nghị sơ kết, tổng kết, quán triệt, học tập, '.repeat(n / 48)],
      // One run of white space, not many words: rules that split a run between two quantifiers, or
      // search from each of its positions, take time growing with the square of its length.
      ['white-space runs after a document and inside place names', (n) => {
        const run = ' '.repeat(n / 4);
        return `Thực hiện Nghị quyết 18-NQ/TW${run}của Hội nghị Trung ương 6. Đảng bộ quận Tây${run}Hồ và UBND huyện Phú${run}Xuyên họp.`;
      }],
      ['white-space runs inside an English meeting name', (n) => {
        const run = ' '.repeat(n / 2);
        return `The 10th National${run}Congress of the Việt Nam Fatherland Front${run}(VFF) held its closing session in Hà Nội.`;
      }, 'en'],
      // Runs of dots make many short sentences with few matches: a search per sentence must not run on to the end.
      ['runs of dots between English words', (n) => {
        const words = 'In his remarks at the meeting, Comrade Thai Bao, Secretary of the Dong Nai Provincial Party Committee, asked the Standing Board to carry out Resolution No. 18-NQ/TW of the Politburo.'.split(' ');
        const run = '.'.repeat(Math.floor(n / (words.length / 4)));
        return words.map((w, i) => (i % 4 === 3 ? `${w} ${run}` : w)).join(' ');
      }, 'en'],
      ['English district names', (n) => 'Ba Dinh district, '.repeat(n / 18), 'en'],
      // A list joint read two ways (", and" as one joint or two) re-reads every split of a long run of them.
      ['joints after a steering committee\'s task', (n) => `The Central Steering Committee on Anti${', and'.repeat(n / 5)} x.`, 'en'],
      ['a white-space run after a body members are elected into', (n) => `Hội nghị bầu bổ sung 2 đồng chí vào Ban Thường vụ Tỉnh ủy Nghệ An${' '.repeat(n)}gồm.`],
      ['white-space runs where a term or a document\'s date may follow', (n) => {
        const run = ' '.repeat(n / 3);
        return `Ban Chấp hành Đảng bộ tỉnh Nghệ An${run}x. Nghị quyết số 12-NQ/TU${run}y. Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX${run}z.`;
      }],
      ['runs of dots between Vietnamese words', (n) => {
        const words = 'Bên cạnh đó, Ban Thường vụ Thành ủy Hà Nội yêu cầu tăng cường đổi mới phương thức hoạt động của Đảng ủy Khối.'.split(' ');
        const run = '.'.repeat(Math.floor(n / (words.length / 4)));
        return words.map((w, i) => (i % 4 === 3 ? `${w} ${run}` : w)).join(' ');
      }],
    ];
    for (const [name, make, lang = 'vi'] of shapes) {
      const small = timed(make(20_000), lang).ms;
      const large = timed(make(200_000), lang).ms;
      // Ten times the input may cost at most about ten times as much (with room for noise).
      expect(large, `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(Math.max(30 * small, 1500));
    }
  }, 60_000);

  it('extracts an English article naming 150,000 places without crashing', () => {
    // More mentions than a function call takes arguments: nothing may spread them into one.
    const { ms, extraction } = timed('Ba Dinh district, '.repeat(150_000), 'en');
    expect(extraction.entities.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(60_000);
  }, 90_000);

  it('extracts a 5 MB single line without crashing', () => {
    const line = 'Bí thư Tỉnh ủy Nghệ An Nguyễn Văn A chủ trì hội nghị, '.repeat(5_000_000 / 56);
    const { ms, extraction } = timed(line);
    expect(extraction.entities.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(60_000);
  }, 90_000);

  it('rejects a malformed article with a clear error and builds from the rest', () => {
    expect(() => extract({ id: '', text: 'x' })).toThrow(/article.id/);
    expect(() => extract({ id: 'a', text: 42 as unknown as string })).toThrow(/article a: text must be a string/);
    expect(buildGraph([extract({ id: 'empty', text: '' })]).order).toBe(0);
  });
});
