import { ruleTester } from '../../ruleTester';

ruleTester('DL3012', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nHEALTHCHECK CMD ["/bin/check"]\n',
    { name: 'one per stage', code: 'FROM alpine:3.20 AS a\nHEALTHCHECK NONE\nFROM alpine:3.20\nHEALTHCHECK CMD ["/bin/check"]\n' },
    { name: 'the word inside a RUN', code: 'FROM alpine:3.20\nHEALTHCHECK NONE\nRUN echo HEALTHCHECK\n' },
  ],
  invalid: [
    {
      name: 'second one reported, first one related',
      code: 'FROM alpine:3.20\nHEALTHCHECK CMD ["/bin/a"]\nHEALTHCHECK CMD ["/bin/b"]\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 12, message: 'line 2' }],
    },
    {
      name: 'three: two findings',
      code: 'FROM alpine:3.20\nHEALTHCHECK NONE\nHEALTHCHECK NONE\nhealthcheck NONE\n',
      errors: [{ line: 3, column: 1 }, { line: 4, column: 1, message: 'line 3' }],
    },
  ],
});
