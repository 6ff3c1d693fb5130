// The built command run as a child process on data/articles, as a user (or CI) runs it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGexf, fromJSON, toJSON } from '@vnkg/io';
import { ARTICLES, GEXF_SCHEMA, GOLD, REPO_ROOT, referenceScorer, vnkg } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'vnkg-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const at = (...parts: string[]) => join(scratch, ...parts);
const ARTICLE_IDS = readdirSync(ARTICLES).map((f) => f.replace(/\.txt$/, '')).sort();

describe('vnkg build on data/articles', () => {
  let run: ReturnType<typeof vnkg>;
  beforeAll(() => {
    run = vnkg(['build', ARTICLES, '-o', at('out', 'graph.gexf'), '-o', at('out', 'graph.json')]);
  });

  it('exits 0 and writes both files', () => {
    expect(run.stderr).not.toContain('vnkg:');
    expect(run.status).toBe(0);
    expect(existsSync(at('out', 'graph.gexf'))).toBe(true);
    expect(existsSync(at('out', 'graph.json'))).toBe(true);
  });

  it('closes with a summary on stderr and prints nothing on stdout', () => {
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^read 5 articles, extracted 5, skipped 0$/m);
    expect(run.stderr).toMatch(/^entities: \d+ \(.*person \d+.*\)$/m);
    expect(run.stderr).toMatch(/^relations: \d+ \(.*holds_position \d+.*\)$/m);
    expect(run.stderr).toMatch(/^wrote .*graph\.gexf \(.*\), .*graph\.json \(.*\)$/m);
    expect(run.stderr).toMatch(/^time: \d+\.\d s$/m);
  });

  it('writes graphology JSON holding every article, and GEXF holding the same graph', () => {
    const json = fromJSON(JSON.parse(readFileSync(at('out', 'graph.json'), 'utf8')));
    expect(json.getAttribute('articles')).toEqual(ARTICLE_IDS);
    expect(json.order).toBeGreaterThan(20);
    const gexf = fromGexf(readFileSync(at('out', 'graph.gexf'), 'utf8'));
    expect(toJSON(gexf)).toEqual(toJSON(json));
  });

  it('writes GEXF that validates against the GEXF 1.3 schema', () => {
    const lint = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_SCHEMA, at('out', 'graph.gexf')], { encoding: 'utf8' });
    expect(lint.stderr).toContain('validates');
    expect(lint.status).toBe(0);
  });

  it('is deterministic: a second build writes identical files', () => {
    const again = vnkg(['build', ARTICLES, '-o', at('again.gexf'), '-o', at('again.json')]);
    expect(again.status).toBe(0);
    expect(readFileSync(at('again.gexf'), 'utf8')).toBe(readFileSync(at('out', 'graph.gexf'), 'utf8'));
    expect(readFileSync(at('again.json'), 'utf8')).toBe(readFileSync(at('out', 'graph.json'), 'utf8'));
  });

  it('extracts on worker threads with --jobs, to the very same files', () => {
    const dev = join(REPO_ROOT, 'data/dev/vi');
    const threads = vnkg(['build', ARTICLES, dev, '--jobs', '2', '-o', at('threads.json')]);
    const single = vnkg(['build', ARTICLES, dev, '--jobs', '1', '-o', at('single.json')]);
    expect([threads.status, single.status]).toEqual([0, 0]);
    expect(threads.stderr).toMatch(/^read (\d+) articles, extracted \1, skipped 0$/m);
    expect(readFileSync(at('threads.json'), 'utf8')).toBe(readFileSync(at('single.json'), 'utf8'));
  });

  it('vnkg eval gives the numbers of the reference scorer, as JSON and as text', () => {
    const graph = at('out', 'graph.json');
    const ours = vnkg(['eval', '--gold', GOLD, graph, '--json']);
    const reference = referenceScorer([GOLD, graph, '--json']);
    expect(ours.status).toBe(0);
    expect(JSON.parse(ours.stdout)).toEqual(JSON.parse(reference.stdout));
    expect(vnkg(['eval', '--gold', GOLD, graph]).stdout).toBe(referenceScorer([GOLD, graph]).stdout);
  });

  it('vnkg eval scores the GEXF file like the JSON file', () => {
    const fromJson = vnkg(['eval', '--gold', GOLD, at('out', 'graph.json'), '--json']).stdout;
    expect(vnkg(['eval', '--gold', GOLD, at('out', 'graph.gexf'), '--json']).stdout).toBe(fromJson);
  });

  it('vnkg eval --explain lists what was missed and what is spurious', () => {
    const result = JSON.parse(vnkg(['eval', '--gold', GOLD, at('out', 'graph.json'), '--json']).stdout) as {
      missedEntities: string[];
      falsePositiveEntities: string[];
    };
    const text = vnkg(['eval', '--gold', GOLD, at('out', 'graph.json'), '--explain']).stdout;
    expect(text).toContain(`MISSED ENTITIES (${result.missedEntities.length})`);
    expect(text).toContain(`SPURIOUS ENTITIES (${result.falsePositiveEntities.length})`);
    expect(text).toMatch(/MISSED RELATIONS \(\d+\)/);
    expect(text).toMatch(/SPURIOUS RELATIONS \(\d+\)/);
    for (const missed of result.missedEntities) expect(text).toContain(missed.replace(':', ': '));
  });

  it('vnkg stats reads JSON and GEXF alike', () => {
    const json = vnkg(['stats', at('out', 'graph.json'), '--json']);
    expect(json.status).toBe(0);
    const stats = JSON.parse(json.stdout) as { entities: number; top: unknown[]; articles: Array<{ id: string }> };
    expect(stats.top).toHaveLength(15);
    expect(stats.articles.map((a) => a.id)).toEqual(ARTICLE_IDS);
    expect(vnkg(['stats', at('out', 'graph.gexf'), '--json']).stdout).toBe(json.stdout);
    const text = vnkg(['stats', at('out', 'graph.json'), '--top', '3']).stdout;
    expect(text).toMatch(/^TOP 3 ENTITIES BY DEGREE$/m);
    expect(text).toMatch(/^\s+from: \d{3}_/m);
  });
});

describe('vnkg build with bad inputs', () => {
  beforeAll(() => {
    mkdirSync(at('mixed'));
    copyFileSync(join(ARTICLES, '002_fd758775aea649a6.txt'), at('mixed', 'good.txt'));
    writeFileSync(at('mixed', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(at('mixed', 'empty.txt'), '');
    writeFileSync(at('batch.jsonl'), `${JSON.stringify({ id: 'j1', text: 'Thành ủy TPHCM tổ chức hội nghị.' })}\n{broken\n`);
  });

  it('lists every skipped input with its reason, builds from the rest and exits 0', () => {
    const run = vnkg(['build', at('mixed'), at('missing.txt'), at('batch.jsonl'), '-o', at('mixed.json')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^read 2 articles, extracted 2, skipped 4$/m);
    expect(run.stderr).toContain(`  ${at('mixed', 'binary.txt')}: binary file (contains NUL bytes)`);
    expect(run.stderr).toContain(`  ${at('mixed', 'empty.txt')}: empty file`);
    expect(run.stderr).toContain(`  ${at('missing.txt')}: no such file or folder`);
    expect(run.stderr).toContain(`  ${at('batch.jsonl')}:2: not valid JSON`);
    const graph = fromJSON(JSON.parse(readFileSync(at('mixed.json'), 'utf8')));
    expect(graph.getAttribute('articles')).toEqual(['good', 'j1']);
  });

  it('--strict fails on any skip and leaves the existing output untouched', () => {
    writeFileSync(at('strict.json'), 'OLD');
    const run = vnkg(['build', at('mixed'), '--strict', '-o', at('strict.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('vnkg: --strict: 2 input(s) skipped; no output written');
    expect(run.stderr).toContain(`${at('mixed', 'binary.txt')}: binary file`);
    expect(readFileSync(at('strict.json'), 'utf8')).toBe('OLD');
  });

  it('--strict passes when nothing is skipped', () => {
    expect(vnkg(['build', at('mixed', 'good.txt'), '--strict', '-q', '-o', at('strict-ok.json')]).status).toBe(0);
  });

  it('exits 1 and writes nothing when nothing usable was read', () => {
    writeFileSync(at('none.json'), 'OLD');
    const run = vnkg(['build', at('mixed', 'empty.txt'), at('nothing-here'), '-o', at('none.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('vnkg: nothing usable was read; no output written');
    expect(run.stderr).toContain(`${at('nothing-here')}: no such file or folder`);
    expect(readFileSync(at('none.json'), 'utf8')).toBe('OLD');
  });

  it('rejects an unknown output format as a usage error before reading anything', () => {
    const run = vnkg(['build', at('does-not-exist'), '-o', at('graph.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`vnkg: unknown output format "${at('graph.csv')}": the file name must end in .gexf or .json`);
    expect(run.stderr).not.toContain('no such file');
  });

  it('--quiet prints nothing on success', () => {
    const run = vnkg(['build', at('mixed', 'good.txt'), '-q', '-o', at('quiet.json')]);
    expect(run).toMatchObject({ status: 0, stderr: '', stdout: '' });
  });

  it('reports an unwritable output and leaves no partial file', () => {
    mkdirSync(at('taken.json'));
    const run = vnkg(['build', at('mixed', 'good.txt'), '-o', at('taken.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`vnkg: cannot write ${at('taken.json')}: a folder of that name exists`);
    expect(readdirSync(at('taken.json'))).toEqual([]);
  });
});

describe('vnkg usage', () => {
  it('exits 2 with help when run without a command or with a bad option', () => {
    expect(vnkg([])).toMatchObject({ status: 2 });
    const bad = vnkg(['build', ARTICLES, '-o', at('x.json'), '--lang', 'fr']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("error: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are vi, en.");
  });

  it('eval and stats name the file they cannot read', () => {
    const evalRun = vnkg(['eval', '--gold', at('nope.gold.json'), at('nope.json')]);
    expect(evalRun.status).toBe(1);
    expect(evalRun.stderr).toBe(`vnkg: cannot read gold file ${at('nope.gold.json')}: no such file\n`);
    writeFileSync(at('not-a-graph.json'), '{"nodes": [{"key": "a", "attributes": {"label": "A", "type": "planet"}}]}');
    const statsRun = vnkg(['stats', at('not-a-graph.json')]);
    expect(statsRun.status).toBe(1);
    expect(statsRun.stderr).toContain(`vnkg: ${at('not-a-graph.json')}: nodes[0].attributes.type: expected one of person`);
  });

  it('runs from the repository root as `pnpm vnkg`', () => {
    const run = spawnSync('pnpm', ['--silent', 'vnkg', '--version'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
