import { ruleTester } from '../../ruleTester';

ruleTester('NoEmptyContinuation', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n    git\n',
    { name: 'a comment line inside a continuation is fine', code: 'FROM alpine:3.20\nRUN echo a \\\n# note\n    b\n' },
    { name: 'blank lines between instructions', code: 'FROM alpine:3.20\n\nRUN true\n\n' },
    { name: 'blank lines inside a heredoc body', code: 'FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF\n' },
  ],
  invalid: [
    {
      name: 'a blank last line of the file: the range stays inside the text (fuzz regression)',
      code: 'FROM alpine:3.20\nRUN echo a \\\n  ',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 3, message: 'Blank line inside this continued RUN' }],
      output: 'FROM alpine:3.20\nRUN echo a \\',
    },
    {
      name: 'one blank line, removed by the fix',
      code: 'FROM alpine:3.20\nRUN echo a \\\n\n    b\n',
      errors: [{ line: 3, column: 1, endLine: 4, endColumn: 1, message: 'Blank line inside this continued RUN' }],
      output: 'FROM alpine:3.20\nRUN echo a \\\n    b\n',
    },
    {
      name: 'whitespace-only lines count, each reported',
      code: 'FROM alpine:3.20\nRUN echo a \\\n   \n\t\n    b\n',
      errors: [
        { line: 3, column: 1, endLine: 4, endColumn: 1 },
        { line: 4, column: 1, endLine: 5, endColumn: 1 },
      ],
      output: 'FROM alpine:3.20\nRUN echo a \\\n    b\n',
    },
    {
      name: 'CRLF line endings',
      code: 'FROM alpine:3.20\r\nENV A=1 \\\r\n\r\n    B=2\r\n',
      errors: [{ line: 3, column: 1, endLine: 4, endColumn: 1, message: 'continued ENV' }],
      output: 'FROM alpine:3.20\r\nENV A=1 \\\r\n    B=2\r\n',
    },
  ],
});
