import { ruleTester } from '../ruleTester';

ruleTester('binary-file', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nRUN true\n',
    { name: 'a NUL byte past the probed start is read as text', code: 'FROM alpine:3.20\n' + '# padding\n'.repeat(900) + 'RUN echo \0\n' },
  ],
  invalid: [
    {
      name: 'a Dockerfile saved as UTF-16: a NUL beside every letter',
      code: 'F\0R\0O\0M\0 \0a\0l\0p\0i\0n\0e\0\n\0',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: 'binary data' }],
      output: null,
    },
    {
      name: 'a Compose file holding random bytes',
      fileName: 'compose.yaml',
      code: 'services:\n\0\x01\x02\xff\xfe',
      errors: [{ line: 1, column: 1, message: 're-save it as UTF-8' }],
    },
  ],
});
