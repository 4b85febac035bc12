import { ruleTester } from '../../ruleTester';

ruleTester('ConsistentInstructionCasing', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nRUN true\nCMD ["sh"]\n',
    'from alpine:3.20\nrun true\ncmd ["sh"]\n',
    { name: 'arguments do not vote', code: 'FROM alpine:3.20\nRUN echo run from cmd\n' },
    { name: 'ONBUILD triggers are not top-level instructions', code: 'FROM alpine:3.20\nONBUILD RUN true\n' },
    { name: 'a keyword without letters has no casing to fix (fuzz regression)', code: 'FROM alpine:3.20\n\t; \\\n\tdone\nCMD ["sh"]\n' },
  ],
  invalid: [
    {
      name: 'a lowercase keyword in an uppercase file',
      code: 'FROM alpine:3.20\nrun true\nCMD ["sh"]\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: "'run' should be written in uppercase" }],
      output: 'FROM alpine:3.20\nRUN true\nCMD ["sh"]\n',
    },
    {
      name: 'an uppercase keyword in a lowercase file',
      code: 'from alpine:3.20\nRUN true\ncmd ["sh"]\n',
      errors: [{ line: 2, column: 1, endColumn: 4, message: 'lowercase' }],
      output: 'from alpine:3.20\nrun true\ncmd ["sh"]\n',
    },
    {
      name: 'mixed case is flagged even when it is the only kind',
      code: 'From alpine:3.20\nRun true\n',
      errors: [
        { line: 1, column: 1, endColumn: 5 },
        { line: 2, column: 1, endColumn: 4 },
      ],
      output: 'FROM alpine:3.20\nRUN true\n',
    },
    {
      name: 'a tie goes to uppercase; indentation is kept',
      code: 'from alpine:3.20\n  RUN true\n',
      errors: [{ line: 1, column: 1, endColumn: 5 }],
      output: 'FROM alpine:3.20\n  RUN true\n',
    },
  ],
});
