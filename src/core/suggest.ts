/** "Did you mean …?" suggestions for misspelt names: variables, config keys, rule ids. */

/**
 * Scratch rows for `editDistance`, grown on demand and reused: a matrix (an array per character)
 * cost 1.2 MB of garbage per pass over the Dockerfile corpus, where UndefinedVar asks for a
 * suggestion for every undefined variable.
 */
let scratch = new Int32Array(0);

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours (`PAHT` → `PATH` is 1). */
export function editDistance(a: string, b: string): number {
  // A swap looks two rows back, so three rows of the matrix are kept: i-2, i-1 and i, rotating.
  const width = b.length + 1;
  if (scratch.length < 3 * width) scratch = new Int32Array(3 * width);
  const rows = scratch;
  for (let j = 0; j < width; j++) rows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = (i % 3) * width;
    const prev = ((i - 1) % 3) * width;
    const prev2 = ((i + 1) % 3) * width;
    rows[cur] = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[prev2 + j - 2] + 1);
      rows[cur + j] = d;
    }
  }
  return rows[(a.length % 3) * width + b.length];
}

/** U+0130 (İ) is the one character whose lower case is longer (`i̇`, two code units); no character's is shorter. */
const LENGTHENS_IN_LOWER_CASE = '\u0130';

/**
 * The candidate nearest to `name`, if it is plausibly a typo of it: the same apart from case, or
 * one edit away per three characters of the name, at most two. Ties keep the first candidate.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = Math.min(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    // The distance is at least the difference in length, so a candidate too long or too short to be
    // within `limit` is skipped before it is lower-cased (which copies it) or compared.
    if (candidate.length > lower.length + limit) continue;
    if (candidate.length < lower.length - limit && !candidate.includes(LENGTHENS_IN_LOWER_CASE)) continue;
    const candidateLower = candidate.toLowerCase();
    const distance = candidateLower === lower ? 0 : editDistance(lower, candidateLower);
    if (distance < bestDistance && (distance === 0 || distance <= limit)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
