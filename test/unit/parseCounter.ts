import { clearCaches } from '../../src/core/engine';
import { languages } from '../../src/core/languages';

/**
 * Counts Dockerfile parses between mocha's beforeEach and afterEach, with the engine's caches empty at
 * both ends: what the parse cache kept or dropped shows as the number of parses.
 */
export function countDockerfileParses(): { readonly count: number } {
  const support = languages.dockerfile;
  const parse = support.parse;
  const counter = { count: 0 };
  beforeEach(() => {
    clearCaches();
    counter.count = 0;
    support.parse = (text, fileName) => {
      counter.count++;
      return parse(text, fileName);
    };
  });
  afterEach(() => {
    support.parse = parse;
    clearCaches();
  });
  return counter;
}
