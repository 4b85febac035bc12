import { ruleTester } from '../../ruleTester';

const schema = (labels: Record<string, string>) => (c: { dockerfile: { labelSchema: Record<string, string> } }) => {
  c.dockerfile.labelSchema = labels;
};

ruleTester('DL3049', 'dockerfile', {
  valid: [
    { name: 'no schema', code: 'FROM alpine:3.20\n' },
    { name: 'label set', code: 'FROM alpine:3.20\nLABEL version="1.0.0"\n', config: schema({ version: 'semver' }) },
    { name: 'inherited from a base stage', code: 'FROM alpine:3.20 AS base\nLABEL version=1\nFROM base\nRUN true\n', config: schema({ version: 'text' }) },
    { name: 'builder stage only copied from', code: 'FROM golang:1.22 AS build\nRUN true\nFROM alpine:3.20\nCOPY --from=build /a /a\nLABEL version=1\n', config: schema({ version: 'text' }) },
  ],
  invalid: [
    {
      name: 'missing label reported at FROM',
      code: 'FROM alpine:3.20\nLABEL other=1\n',
      config: schema({ version: 'semver', 'org.opencontainers.image.source': 'url' }),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: 'version, org.opencontainers.image.source' }],
    },
    {
      name: 'each image stage on its own',
      code: 'FROM alpine:3.20 AS dev\nLABEL version=1\nFROM alpine:3.20 AS prod\n',
      config: schema({ version: 'text' }),
      errors: [{ line: 3, column: 1, message: 'stage prod' }],
    },
  ],
});
