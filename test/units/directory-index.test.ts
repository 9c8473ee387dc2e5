// The directory index is computed at build time and embedded in the CLI bundle as JSON
// (scripts/build-cli.mjs): it must survive JSON unchanged and be the same on every computation.
import { describe, expect, it } from 'vitest';
import { DIRECTORY } from '../../src/units/directory.js';
import { computeDirectoryIndex } from '../../src/units/normalize.js';

describe('computeDirectoryIndex', () => {
  it('is plain data: JSON round-trips it unchanged', () => {
    const index = computeDirectoryIndex();
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
    expect(index.entries).toBe(DIRECTORY.length);
    expect(index.keys).toHaveLength(DIRECTORY.length);
    for (const [, e] of [...index.byKey, ...index.trie]) expect(e).toBeLessThan(DIRECTORY.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(computeDirectoryIndex())).toBe(JSON.stringify(computeDirectoryIndex()));
  });
});
