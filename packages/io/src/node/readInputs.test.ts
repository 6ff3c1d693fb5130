import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from './readInputs.js';

const TEXT = 'Bí thư Thành ủy TPHCM Nguyễn Văn Nên phát biểu.\nHội nghị diễn ra sáng 29-6.';
let root: string;
const at = (...parts: string[]) => join(root, ...parts);

function put(path: string, content: string | Uint8Array) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

async function readAll(inputs: string[]) {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs)) items.push(item);
  const articles = items.flatMap((i) => ('article' in i ? [i] : []));
  const skipped = items.flatMap((i) => ('skipped' in i ? [i.skipped] : []));
  return { articles, skipped, ids: articles.map((a) => a.article.id) };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vnkg-read-'));
  put(at('ok.txt'), TEXT);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readInputs: encodings', () => {
  it.each([
    ['utf8.txt', Buffer.from(TEXT, 'utf8')],
    ['utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ])('reads %s to the same text, without the BOM', async (name, bytes) => {
    put(at('enc', name), bytes);
    const { articles, skipped } = await readAll([at('enc', name)]);
    expect(skipped).toEqual([]);
    expect(articles).toEqual([{ article: { id: name.replace('.txt', ''), text: TEXT }, source: at('enc', name) }]);
  });
});

describe('readInputs: bad inputs are skipped with a reason and nothing else is lost', () => {
  it.each([
    ['binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]), 'binary file (contains NUL bytes); UTF-16 text must start with a byte-order mark'],
    ['utf16-no-bom.txt', Buffer.from(TEXT, 'utf16le'), 'binary file (contains NUL bytes); UTF-16 text must start with a byte-order mark'],
    ['latin1.txt', Buffer.from('Dòng một\nH\xe0 N\xf4i\n', 'latin1'), 'not valid UTF-8 (first bad byte on line 1)'],
    ['bad-line3.txt', Buffer.concat([Buffer.from('một\nhai\nba '), Buffer.from([0xc3, 0x28])]), 'not valid UTF-8 (first bad byte on line 3); save it as UTF-8, or UTF-16 with a byte-order mark'],
    ['odd-utf16.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'not valid UTF-16LE text although it starts with a UTF-16LE byte-order mark'],
    ['empty.txt', Buffer.alloc(0), 'empty file'],
    ['blank.txt', Buffer.from(' \n\t\n'), 'empty file (only whitespace)'],
    ['bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), 'empty file'],
  ])('%s', async (name, bytes, reason) => {
    put(at('bad', name), bytes);
    const { articles, skipped } = await readAll([at('ok.txt'), at('bad', name)]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.input).toBe(at('bad', name));
    expect(skipped[0]!.reason).toContain(reason);
    expect(articles.map((a) => a.article)).toEqual([{ id: 'ok', text: TEXT }]);
  });

  it('a missing path', async () => {
    const { ids, skipped } = await readAll([at('nope.txt'), at('ok.txt')]);
    expect(skipped).toEqual([{ input: at('nope.txt'), reason: 'no such file or folder' }]);
    expect(ids).toEqual(['ok']);
  });

  it('a glob that matches nothing', async () => {
    const { ids, skipped } = await readAll([at('*.nothing'), at('ok.txt')]);
    expect(skipped).toEqual([{ input: at('*.nothing'), reason: 'no files match this pattern' }]);
    expect(ids).toEqual(['ok']);
  });

  it('a symbolic link loop between folders, and a link to itself', async () => {
    put(at('loop', 'a', 'doc.txt'), TEXT);
    symlinkSync(at('loop'), at('loop', 'a', 'back'));
    symlinkSync(at('loop', 'self.txt'), at('loop', 'self.txt'));
    const { ids, skipped } = await readAll([at('loop')]);
    expect(skipped).toEqual([
      { input: at('loop', 'a', 'back'), reason: `symbolic link loop (leads back to ${at('loop')})` },
      { input: at('loop', 'self.txt'), reason: 'symbolic link loop' },
    ]);
    expect(ids).toEqual(['doc']);
  });

  it('a broken symbolic link', async () => {
    put(at('broken', 'good.txt'), TEXT);
    symlinkSync(at('broken', 'gone.txt'), at('broken', 'dangling.txt'));
    const { ids, skipped } = await readAll([at('broken')]);
    expect(skipped).toEqual([{ input: at('broken', 'dangling.txt'), reason: 'broken symbolic link' }]);
    expect(ids).toEqual(['good']);
  });

  it('bad JSONL lines, each named by file:line, while good lines are read', async () => {
    const lines = [
      JSON.stringify({ id: 'a1', text: 'Thành ủy TPHCM họp.', title: 'Họp', date: '2024-01-02', lang: 'vi' }),
      '{"id": "a2", "text": ',
      '',
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'a4', text: '   ' }),
      JSON.stringify({ id: 'a5', text: 'x', lang: 'fr' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'a8', text: 'Quốc hội thông qua Nghị quyết 98/2023/QH15.' }),
    ];
    put(at('jsonl', 'batch.jsonl'), lines.join('\n') + '\n');
    const file = at('jsonl', 'batch.jsonl');
    const { articles, skipped } = await readAll([file]);
    expect(skipped.map((s) => s.input)).toEqual([`${file}:2`, `${file}:4`, `${file}:5`, `${file}:6`, `${file}:7`]);
    expect(skipped[0]!.reason).toMatch(/^not valid JSON \(/);
    expect(skipped.slice(1).map((s) => s.reason)).toEqual([
      'missing "id" (a non-empty string)',
      'article "a4": empty "text"',
      'article "a5": "lang" must be "vi" or "en", got "fr"',
      'expected a JSON object {id, text, title?, date?, lang?}',
    ]);
    expect(articles).toEqual([
      { article: { id: 'a1', text: 'Thành ủy TPHCM họp.', title: 'Họp', date: '2024-01-02', lang: 'vi' }, source: `${file}:1` },
      { article: { id: 'a8', text: 'Quốc hội thông qua Nghị quyết 98/2023/QH15.' }, source: `${file}:8` },
    ]);
  });

  it('a duplicate id is renamed with a warning, not dropped', async () => {
    put(at('dup', 'one', 'x.txt'), 'first');
    put(at('dup', 'two', 'x.txt'), 'second');
    put(at('dup', 'two', 'x.md'), 'third');
    const { articles, skipped } = await readAll([at('dup')]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.article.id, a.article.text, a.warning])).toEqual([
      ['x', 'first', undefined],
      ['x~2', 'third', `duplicate article id "x" (first from ${at('dup', 'one', 'x.txt')}): renamed to "x~2"`],
      ['x~3', 'second', `duplicate article id "x" (first from ${at('dup', 'one', 'x.txt')}): renamed to "x~3"`],
    ]);
  });
});

describe('readInputs: files, folders and globs', () => {
  beforeAll(() => {
    put(at('tree', 'b.txt'), 'B text');
    put(at('tree', 'a.txt'), 'A text');
    put(at('tree', 'sub', 'c.md'), 'C text');
    put(at('tree', '.hidden.txt'), 'hidden');
    put(at('tree', 'notes.pdf'), '%PDF');
  });

  it('walks folders recursively in name order, ignoring hidden files and listing unsupported ones', async () => {
    const { ids, skipped } = await readAll([at('tree')]);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(skipped).toEqual([{ input: at('tree', 'notes.pdf'), reason: 'unsupported file type; expected .txt, .md, .html, .htm, .jsonl' }]);
  });

  it('expands globs in sorted order', async () => {
    const { ids } = await readAll([at('tree', '**', '*.{txt,md}')]);
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('reads a file named twice only once', async () => {
    const { ids } = await readAll([at('tree'), at('tree', 'a.txt')]);
    expect(ids).toEqual(['a', 'b', 'c']);
  });
});

describe('readInputs: HTML and Markdown', () => {
  it('takes the article text of an HTML page, without scripts, styles or navigation', async () => {
    put(
      at('web', 'page.html'),
      `<!doctype html><html><head><title>Hội nghị Thành ủy</title><meta property="article:published_time" content="2022-06-29T08:00:00+07:00">
       <style>p{color:red}</style><script>var x = "Bộ Chính trị";</script></head>
       <body><nav>Trang chủ | Thời sự</nav><article><h1>Hội nghị Thành ủy</h1><p>Bí thư Thành ủy TPHCM &amp; các đồng chí dự.</p><p>Đoạn hai.</p></article>
       <footer>Bản quyền</footer></body></html>`,
    );
    const { articles } = await readAll([at('web', 'page.html')]);
    expect(articles[0]!.article).toEqual({
      id: 'page',
      title: 'Hội nghị Thành ủy',
      date: '2022-06-29',
      text: 'Hội nghị Thành ủy\nBí thư Thành ủy TPHCM & các đồng chí dự.\nĐoạn hai.',
    });
  });

  it('reduces Markdown to its text and reads front matter', async () => {
    put(
      at('md', 'note.md'),
      '---\ntitle: "Kỳ họp thứ 5"\ndate: 2023-06-24\n---\n# Quốc hội họp\n\nQuốc hội **thông qua** [Nghị quyết 98](https://x.vn/98) về *TPHCM*.\n',
    );
    const { articles } = await readAll([at('md', 'note.md')]);
    expect(articles[0]!.article).toEqual({
      id: 'note',
      title: 'Kỳ họp thứ 5',
      date: '2023-06-24',
      text: 'Quốc hội họp\n\nQuốc hội thông qua Nghị quyết 98 về TPHCM.\n',
    });
  });

  it('skips an HTML page with no text', async () => {
    put(at('web', 'empty.html'), '<html><body><script>1</script></body></html>');
    const { skipped } = await readAll([at('web', 'empty.html')]);
    expect(skipped).toEqual([{ input: at('web', 'empty.html'), reason: 'no article text found' }]);
  });

  it('reads a page of 5,000 nested elements, and refuses one of 300,000 with the reason, reading the next file', async () => {
    put(at('deep', 'a.html'), `<html><body>${'<div>'.repeat(5_000)}<p>${TEXT}</p>${'</div>'.repeat(5_000)}</body></html>`);
    put(at('deep', 'b.html'), `<html><body>${'<div>'.repeat(300_000)}<p>${TEXT}</p></body></html>`);
    put(at('deep', 'c.txt'), TEXT);
    const { articles, skipped } = await readAll([at('deep')]);
    expect(skipped).toEqual([{ input: at('deep', 'b.html'), reason: 'elements nested 300000 deep (more than 10000): not read' }]);
    expect(articles.map((a) => [a.article.id, a.article.text])).toEqual([
      ['a', TEXT],
      ['c', TEXT],
    ]);
  });

  it('reduces Markdown in time linear in its length, unclosed links, emphasis and comments included', async () => {
    const shapes = ['[a](b ', '![a](b ', '[a ', '<!-- a ', '**a ', '`a '];
    for (const shape of shapes) {
      const time = (n: number) => {
        put(at('md', 'x.md'), shape.repeat(n / shape.length));
        const started = performance.now();
        return readAll([at('md', 'x.md')]).then(() => performance.now() - started);
      };
      await time(2_000);
      const small = await time(20_000);
      const large = await time(200_000);
      // Ten times the input may cost at most about ten times as much (a generous ceiling, not a speed target).
      expect(large, `${shape}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(Math.max(30 * small, 1500));
    }
  });
});

describe('readInputs: JSONL is streamed line by line', () => {
  const record = (id: string, text = TEXT) => JSON.stringify({ id, text });

  it('reads a file larger than one read chunk, a character split across chunks included, with right line numbers', async () => {
    // 1 MiB chunks: the two-byte "ệ" lands on a chunk boundary for some line.
    const lines = Array.from({ length: 6000 }, (_, i) => record(`n${i}`, `${'ệ'.repeat(i % 7)} ${TEXT}`));
    lines[4321] = '{broken';
    put(at('stream', 'big.jsonl'), lines.join('\n'));
    const { articles, skipped } = await readAll([at('stream', 'big.jsonl')]);
    expect(articles).toHaveLength(5999);
    expect(articles[5998]!.source).toBe(`${at('stream', 'big.jsonl')}:6000`);
    expect(skipped.map((x) => x.input)).toEqual([`${at('stream', 'big.jsonl')}:4322`]);
  });

  it('reads UTF-16 with a byte-order mark and CRLF line ends', async () => {
    const text = [record('u1'), record('u2')].join('\r\n') + '\r\n';
    put(at('stream', 'utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { articles, skipped } = await readAll([at('stream', 'utf16.jsonl')]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.article)).toEqual([{ id: 'u1', text: TEXT }, { id: 'u2', text: TEXT }]);
  });

  it('keeps the lines before invalid UTF-8 and names the line where it starts', async () => {
    const file = at('stream', 'latin.jsonl');
    put(file, Buffer.concat([Buffer.from(`${record('l1')}\n${record('l2')}\n`), Buffer.from('{"id":"l3","text":"H\xe0 N\xf4i"}\n', 'latin1')]));
    const { ids, skipped } = await readAll([file, at('ok.txt')]);
    expect(ids).toEqual(['l1', 'l2', 'ok']);
    expect(skipped).toEqual([{ input: `${file}:3`, reason: 'not valid UTF-8; the rest of the file is skipped' }]);
  });

  it.each([
    ['empty.jsonl', Buffer.alloc(0), 'empty file'],
    ['blank.jsonl', Buffer.from('\n  \n'), 'no articles (only blank lines)'],
    ['binary.jsonl', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]), 'binary file (contains NUL bytes); UTF-16 text must start with a byte-order mark'],
  ])('skips %s with the reason, and reads the rest', async (name, bytes, reason) => {
    put(at('stream', name), bytes);
    const { ids, skipped } = await readAll([at('stream', name), at('ok.txt')]);
    expect(skipped).toEqual([{ input: at('stream', name), reason }]);
    expect(ids).toEqual(['ok']);
  });
});

describe('readInputs: text conventions', () => {
  it('keeps CRLF text as written, so evidence offsets point into the file', async () => {
    const crlf = TEXT.replace('\n', '\r\n');
    put(at('crlf', 'win.txt'), crlf);
    const { articles } = await readAll([at('crlf', 'win.txt')]);
    expect(articles[0]!.article.text).toBe(crlf);
  });

  it('refuses Windows-1258 (not UTF-8) with a clear reason instead of guessing', async () => {
    // "Hà Nội" in Windows-1258: à = 0xE0, ộ = ô (0xF4) + combining dot below (0xF2).
    put(at('cp1258', 'old.txt'), Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x0a]));
    const { ids, skipped } = await readAll([at('cp1258', 'old.txt'), at('ok.txt')]);
    expect(skipped).toEqual([
      { input: at('cp1258', 'old.txt'), reason: 'not valid UTF-8 (first bad byte on line 1); save it as UTF-8, or UTF-16 with a byte-order mark' },
    ]);
    expect(ids).toEqual(['ok']);
  });
});

