import { describe, expect, it } from 'vitest';
import { weakerTier } from '../../src/core/seams.ts';

describe('weakerTier', () => {
  it('a proof is only as strong as its weakest step', () => {
    expect(weakerTier('kernel', 'certified')).toBe('certified');
    expect(weakerTier('certified', 'smt')).toBe('smt');
    expect(weakerTier('smt', 'kernel')).toBe('smt');
    expect(weakerTier('certified', 'certified')).toBe('certified');
  });
});
