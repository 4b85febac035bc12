import * as assert from 'node:assert/strict';
import { lint } from '../../../../src/core/engine';
import { ruleTester } from '../../ruleTester';

ruleTester('compose-invalid-yaml', 'compose', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n', ''],
  invalid: [
    {
      name: 'duplicate key',
      code: 'services:\n  web:\n    image: a:1\n    image: b:2\n',
      errors: [{ line: 4, column: 5, endColumn: 10, message: 'Map keys must be unique' }],
      output: null,
    },
    {
      name: 'bad indentation',
      code: 'services:\n  web:\n    image: a:1\n   ports: []\n',
      errors: [{ line: 4, column: 4 }],
    },
    { name: 'unclosed quote: the last line with content', code: 'services:\n  web:\n    image: "a:1\n', errors: [{ line: 3, column: 5, endLine: 3, endColumn: 16 }] },
    {
      // Fuzz fixture range-inside-1y0s9l2: the parser points at the \r of a CRLF; the range used to end between \r and \n.
      name: 'CRLF text, error at a line end: one finding per line, none ending inside a line break',
      code: '      - "127.0.0.1:80:80\r\n    depends_on:\r\n      - "99999:1"\r\n',
      errors: [
        { line: 1, column: 25, endLine: 1, endColumn: 25, message: 'Missing closing "quote' },
        { line: 2, column: 5 },
        { line: 3, column: 7 },
      ],
    },
    {
      name: 'nesting deeper than the parser can follow: one clear finding, no stack overflow',
      code: 'services:\n  web:\n    image: nginx:1.27\n    labels: ' + '['.repeat(600) + ']'.repeat(600) + '\n',
      errors: [{ line: 4, column: 510, message: 'The nesting is too deep to analyse (over 500 levels)' }],
    },
  ],
});

describe('compose-invalid-yaml: a flood of parser errors', () => {
  it('keeps one finding per line and at most 100, the last saying how many more there are', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n' + Array.from({ length: 300 }, (_, i) => `  k${i}: "a\n    b: ]\n`).join('');
    const found = lint({ text, fileName: 'compose.yaml' }).diagnostics.filter((d) => d.rule === 'compose-invalid-yaml');
    assert.equal(found.length, 100);
    assert.equal(new Set(found.map((d) => d.range.start.line)).size, 100, 'one finding per line');
    assert.match(found[99].message, /^…and \d+ more YAML syntax errors from here on, not listed\./);
  });

  it('one line of 18,000 quotes gives one finding, not thousands', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    command: ' + '"'.repeat(18_000) + '\n';
    const found = lint({ text, fileName: 'compose.yaml' }).diagnostics.filter((d) => d.rule === 'compose-invalid-yaml');
    assert.ok(found.length >= 1 && found.length <= 2, `got ${found.length} findings`);
  });
});
