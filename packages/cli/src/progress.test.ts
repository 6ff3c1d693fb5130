import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureStreams } from '../test/helpers.js';
import { createProgress } from './progress.js';

afterEach(() => vi.useRealTimers());

describe('progress on a stream that is not a terminal', () => {
  it('prints a plain line at most every two seconds, and nothing at the end', () => {
    vi.useFakeTimers({ now: 0 });
    const streams = captureStreams();
    const progress = createProgress(streams.stderr, 4, 'extracting', true);
    progress.tick('a');
    vi.setSystemTime(2500);
    progress.tick('b');
    vi.setSystemTime(3000);
    progress.tick('c');
    vi.setSystemTime(6000);
    progress.tick('d');
    progress.stop();
    expect(streams.err()).toBe('extracting: 2/4 (50%)\n');
  });

  it('prints nothing when disabled', () => {
    vi.useFakeTimers({ now: 0 });
    const streams = captureStreams();
    const progress = createProgress(streams.stderr, 2, 'extracting', false);
    vi.setSystemTime(5000);
    progress.tick('a');
    expect(streams.err()).toBe('');
  });
});
