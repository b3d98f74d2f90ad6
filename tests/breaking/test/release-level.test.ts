// The version bump a breaking change needs from the fixed group: major from 1.0.0 on, minor while 0.x.
import { describe, expect, it } from 'vitest';
import { coversBreaking, requiredBump } from '../../../scripts/breaking/changesets.mjs';

describe('the bump a breaking change needs', () => {
  it('is minor while 0.x and major from 1.0.0 on', () => {
    expect(requiredBump('0.1.0')).toBe('minor');
    expect(requiredBump('0.9.3')).toBe('minor');
    expect(requiredBump('1.0.0')).toBe('major');
    expect(requiredBump('2.4.1')).toBe('major');
  });

  it.each([
    ['0.1.0', '0.1.1', false],
    ['0.1.0', '0.2.0', true],
    ['0.1.0', '1.0.0', true],
    ['0.1.0', '0.1.0', false],
    ['1.2.3', '1.3.0', false],
    ['1.2.3', '1.2.4', false],
    ['1.2.3', '2.0.0', true],
    ['1.2.3', '2.0.0-next.0', true],
  ])('%s → %s covers a breaking change: %s', (from, to, covered) => {
    expect(coversBreaking(from, to)).toBe(covered);
  });

  it('rejects a version that is not semver', () => {
    expect(() => coversBreaking('next', '1.0.0')).toThrow('not a semver version: next');
  });
});
