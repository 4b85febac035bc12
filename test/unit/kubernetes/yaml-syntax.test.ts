import * as assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine';
import { ruleTester } from '../ruleTester';

ruleTester('yaml-syntax', 'kubernetes', {
  valid: [
    'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: "1"\n',
    { name: 'Helm templates are not parsed as manifests', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-config\ndata:\n{{- range $k, $v := .Values.data }}\n  {{ $k }}: {{ $v | quote }}\n{{- end }}\n' },
    { name: 'Go templates inside strings are ordinary values', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: n}\ndata:\n  message: "{{.app.metadata.name}} is {{.app.status.health.status}}"\n' },
  ],
  invalid: [
    {
      name: 'unclosed quote, in the second document, whole-file position',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "broken\n',
      errors: [{ line: 9, column: 1, message: 'Missing closing "quote. Close the quote or bracket that was opened before this point.' }],
    },
    {
      name: 'bad indentation',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n   labels: {}\n',
      errors: [{ line: 4, column: 9, message: 'indented deeper than its sibling keys' }],
    },
    {
      name: 'nesting deeper than the parser can follow: one clear finding where it gets too deep, no stack overflow',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  deep: ' + '['.repeat(600) + ']'.repeat(600) + '\n',
      errors: [{ line: 5, column: 507, message: 'The nesting is too deep to analyse (over 500 levels), so this document was not checked.' }],
    },
    {
      // Fuzz fixture range-inside-qupao9: the parser's error span ends between the \r and \n of a CRLF.
      name: 'CRLF text: no range ends inside a line break',
      code: 'apiVersion: v1\r\nkind: Pod\r\nspec:\r\n  image: q\r\n        capabilities:\r\n          drop:\r\n    image: x\r\n',
      errors: [
        { line: 4, column: 10, endLine: 4, endColumn: 11 },
        { line: 6, column: 16, endLine: 6, endColumn: 16 },
      ],
    },
  ],
});

describe('yaml-syntax: a flood of parser errors', () => {
  it('keeps one finding per line and at most 100, the last saying how many more there are', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n' + Array.from({ length: 300 }, (_, i) => `  k${i}: "a\n    b: ]\n`).join('');
    const found = lint({ text, fileName: 'flood.yaml' }).diagnostics.filter((d) => d.rule === 'yaml-syntax');
    assert.equal(found.length, 100);
    assert.equal(new Set(found.map((d) => d.range.start.line)).size, 100, 'one finding per line');
    assert.match(found[99].message, /^…and \d+ more YAML syntax errors from here on, not listed\./);
  });
});
