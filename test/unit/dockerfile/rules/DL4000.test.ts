import { ruleTester } from '../../ruleTester';
import { describeFixes } from './fixCheck';

ruleTester('DL4000', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="jane@example.com"\n',
    { name: 'the word in a comment is not an instruction', code: '# MAINTAINER jane\nFROM alpine:3.20\n' },
    { name: 'the word as an argument is not an instruction', code: 'FROM alpine:3.20\nRUN echo MAINTAINER\n' },
  ],
  invalid: [
    {
      name: 'plain author, fixed to the OCI label',
      code: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 39, message: 'MAINTAINER is deprecated' }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n',
    },
    {
      name: 'lower-case keyword, trailing spaces left alone',
      code: 'FROM alpine:3.20\nmaintainer jane  \n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 16 }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="jane"  \n',
    },
    {
      name: 'quotes and dollars inside the author are escaped',
      code: 'FROM alpine:3.20\nMAINTAINER Jane "JD" Doe $HOME\n',
      errors: [{ line: 2, column: 1, endColumn: 31 }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe \\$HOME"\n',
    },
    {
      name: 'enclosing quotes are not part of the name',
      code: 'FROM alpine:3.20\nMAINTAINER "Jane Doe"\n',
      errors: [{ line: 2, column: 1, endColumn: 22 }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe"\n',
    },
    {
      name: 'backtick escape directive escapes with backticks',
      code: '# escape=`\nFROM alpine:3.20\nMAINTAINER Jane "JD"\n',
      errors: [{ line: 3, column: 1 }],
      output: '# escape=`\nFROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane `"JD`""\n',
    },
    {
      name: 'before the first FROM and in every stage',
      code: 'FROM alpine:3.20 AS a\nMAINTAINER a\nFROM a\nMAINTAINER b\n',
      errors: [{ line: 2, column: 1 }, { line: 4, column: 1 }],
      output: 'FROM alpine:3.20 AS a\nLABEL org.opencontainers.image.authors="a"\nFROM a\nLABEL org.opencontainers.image.authors="b"\n',
    },
    {
      name: 'no author text: reported without a fix',
      code: 'FROM alpine:3.20\nMAINTAINER\n',
      errors: [{ line: 2, column: 1, endColumn: 11 }],
      output: null,
    },
  ],
});

describeFixes('DL4000', [{ name: 'the label fix is safe and clears the finding', code: 'FROM alpine:3.20\nMAINTAINER Jane "JD" Doe\n', safe: [true] }]);
