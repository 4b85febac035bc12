import { ruleTester } from '../ruleTester';

const small = (config: { maxFileSize: number }): void => {
  config.maxFileSize = 40;
};

ruleTester('file-too-large', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nRUN true\n',
    { name: 'exactly at the limit', code: 'FROM alpine:3.20\n'.padEnd(40, '#'), config: small },
  ],
  invalid: [
    {
      name: 'over the limit: one finding at the top, no fix',
      code: 'FROM alpine:3.20\nRUN apt-get install -y curl\n',
      config: small,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: 'over the 0.0 MB size limit (maxFileSize), so only syntax checks ran' }],
      output: null,
    },
    {
      name: 'more than twice the limit: not parsed, so no syntax finding either',
      code: 'FROM alpine:3.20\nRUN echo "unclosed\nRUN apt-get install -y curl\n'.padEnd(90, '#'),
      config: small,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: 'more than 2× the 0.0 MB size limit (maxFileSize), so it was not parsed or checked at all' }],
      output: null,
    },
    {
      name: 'a Kubernetes manifest over the limit',
      fileName: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: []\n',
      config: small,
      errors: [{ line: 1, column: 1, message: 'Raise the limit' }],
    },
  ],
});
