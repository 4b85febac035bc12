import { ruleTester } from '../../ruleTester';

ruleTester('DL3048', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title="x" com.example.team-name=a\n',
    { name: 'legacy form', code: 'FROM alpine:3.20\nLABEL maintainer jane\n' },
    { name: 'variable key is not judged', code: 'FROM alpine:3.20\nARG K=x\nLABEL $K=1\n' },
  ],
  invalid: [
    {
      name: 'upper case',
      code: 'FROM alpine:3.20\nLABEL Version=1\n',
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 14, message: 'must start with a lower-case letter' }],
    },
    {
      name: 'reserved namespace and double separator',
      code: 'FROM alpine:3.20\nLABEL com.docker.thing=1 org..x=2\n',
      errors: [{ line: 2, column: 7, endColumn: 23, message: 'reserves' }, { line: 2, column: 26, endColumn: 32, message: 'consecutive' }],
    },
    {
      name: 'bad last character and a space in a quoted key',
      code: 'FROM alpine:3.20\nLABEL org.x.=1 "my key"=2\n',
      errors: [{ line: 2, column: 7, message: 'must end' }, { line: 2, column: 16, endColumn: 24, message: '" "' }],
    },
  ],
});
