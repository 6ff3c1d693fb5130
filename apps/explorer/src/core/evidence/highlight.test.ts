import { describe, expect, it } from 'vitest';
import { ev } from '../../test/sampleGraph';
import { splitEvidence } from './highlight';

describe('splitEvidence', () => {
  it('splits around the mention using article offsets', () => {
    const parts = splitEvidence(ev('a', 'Bí thư Thành ủy TPHCM Nguyễn Văn Nên phát biểu.', 'Nguyễn Văn Nên', 532));
    expect(parts).toEqual({ before: 'Bí thư Thành ủy TPHCM ', mention: 'Nguyễn Văn Nên', after: ' phát biểu.' });
  });
  it('clamps offsets outside the sentence instead of inventing text', () => {
    const parts = splitEvidence({ doc: 'a', sentence: 'abc', sentenceStart: 10, start: 5, end: 99 });
    expect(parts).toEqual({ before: '', mention: 'abc', after: '' });
  });
});
