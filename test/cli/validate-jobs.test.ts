import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('plan-extract validate --jobs', () => {
  it('gives the same results, in the same order, with 1 and 2 workers', () => {
    const one = cli(['validate', 'fixtures', 'test/validate/fixtures', '--format', 'json', '--jobs', '1']);
    const two = cli(['validate', 'fixtures', 'test/validate/fixtures', '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  });
});
