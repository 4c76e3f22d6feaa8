import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../src/renderer/components/exchange/format-bytes';

describe('formatBytes (an export size for people)', () => {
  it('gives kilobytes, rounded up so a small file is never "0"', () => {
    expect(formatBytes(10, 'en')).toBe('1 kB');
    expect(formatBytes(840 * 1024, 'en')).toBe('840 kB');
  });

  it('gives megabytes with one decimal, in the interface language', () => {
    expect(formatBytes(12.44 * 1024 * 1024, 'en')).toBe('12.4 MB');
    expect(formatBytes(12.44 * 1024 * 1024, 'fr').replace(/\s/g, ' ')).toBe('12,4 Mo');
  });
});
