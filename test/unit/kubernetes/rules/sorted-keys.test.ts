import { ruleTester } from '../../ruleTester';

ruleTester('sorted-keys', 'kubernetes', {
  valid: [
    `apiVersion: v1
data:
  a: "1"
  b: "2"
kind: ConfigMap
metadata:
  name: settings
`,
  ],
  invalid: [
    {
      name: 'one finding per unsorted mapping, at the first key out of order',
      code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  b: "2"
  a: "1"
`,
      errors: [
        { line: 5, column: 1, endLine: 5, endColumn: 5, message: '"data" comes after "metadata"' },
        { line: 7, column: 3, endLine: 7, endColumn: 4, message: 'expected order: a, b' },
      ],
    },
  ],
});
