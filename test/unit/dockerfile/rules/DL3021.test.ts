import { ruleTester } from '../../ruleTester';
import { describeFixes } from './fixCheck';

ruleTester('DL3021', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nCOPY a b /app/\n',
    { name: 'one source', code: 'FROM alpine:3.20\nCOPY a /app\n' },
    { name: 'dot is a directory', code: 'FROM alpine:3.20\nWORKDIR /app\nCOPY package.json package-lock.json .\n' },
    { name: 'exec form with slash', code: 'FROM alpine:3.20\nCOPY ["a", "b", "/app/"]\n' },
    { name: 'variable resolving to a directory', code: 'FROM alpine:3.20\nARG DEST=/app/\nCOPY a b $DEST\n' },
    { name: 'variable with unknown value', code: 'FROM alpine:3.20\nARG DEST\nCOPY a b $DEST\n' },
    { name: 'ADD is not checked', code: 'FROM alpine:3.20\nADD a.tar b.tar /opt\n' },
  ],
  invalid: [
    {
      name: 'two sources, fixed with a trailing slash',
      code: 'FROM alpine:3.20\nCOPY a b /app\n',
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 14, message: 'end it with /' }],
      output: 'FROM alpine:3.20\nCOPY a b /app/\n',
    },
    {
      name: 'exec form: slash goes inside the quotes',
      code: 'FROM alpine:3.20\nCOPY ["a", "b", "/app"]\n',
      errors: [{ line: 2, column: 17, endColumn: 23 }],
      output: 'FROM alpine:3.20\nCOPY ["a", "b", "/app/"]\n',
    },
    {
      name: 'flags and --from',
      code: 'FROM alpine:3.20 AS b\nRUN true\nFROM alpine:3.20\nCOPY --from=b --chown=1:1 /x /y dest\n',
      errors: [{ line: 4, column: 33, endColumn: 37 }],
      output: 'FROM alpine:3.20 AS b\nRUN true\nFROM alpine:3.20\nCOPY --from=b --chown=1:1 /x /y dest/\n',
    },
  ],
});

describeFixes('DL3021', [
  { name: 'trailing slash is safe', code: 'FROM alpine:3.20\nCOPY a b /app\n', safe: [true] },
  { name: 'exec form', code: 'FROM alpine:3.20\nCOPY ["a", "b", "/app"]\n', safe: [true] },
]);
