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
