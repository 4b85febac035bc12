import * as assert from 'node:assert/strict';
import type { Dockerfile, Token } from '../../../../src/core/dockerfile/model';
import { parseDockerfile } from '../../../../src/core/dockerfile/parser';

/** `[line, character, endLine, endCharacter]`, 0-based, end-exclusive. */
export type Where = [number, number, number, number];

export function where(token: { range: Token['range'] }): Where {
  const r = token.range;
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** Asserts the token's offsets, range and text all agree with the file and with `expected`. */
export function assertToken(df: Dockerfile, token: Token | undefined, expected: Where, text?: string): void {
  assert.ok(token, 'token is missing');
  assert.deepEqual(where(token), expected, `range of ${JSON.stringify(token.text)}`);
  assert.deepEqual(df.lines.range(token.start, token.end), token.range, 'offsets and range disagree');
  if (text !== undefined) assert.equal(df.text.slice(token.start, token.end), text, 'file text under the token');
}

/** Lines joined with \n, so test sources read like the Dockerfile. */
export function dockerfile(...lines: string[]): Dockerfile {
  return parseDockerfile(lines.join('\n'));
}

export function rules(df: Dockerfile): string[] {
  return df.syntaxErrors.map((d) => d.rule);
}
