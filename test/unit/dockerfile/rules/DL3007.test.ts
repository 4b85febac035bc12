import { ruleTester } from '../../ruleTester';

ruleTester('DL3007', 'dockerfile', {
  valid: [
    'FROM debian:bookworm\n',
    { name: 'latest pinned by digest', code: 'FROM debian:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { name: 'no tag is DL3006, not DL3007', code: 'FROM debian\n' },
    { name: 'tag that only contains latest', code: 'FROM node:latest-alpine\n' },
    { name: 'variable without default', code: 'ARG TAG\nFROM node:${TAG}\n' },
  ],
  invalid: [
    {
      name: 'latest tag marked',
      code: 'FROM debian:latest\n',
      errors: [{ line: 1, column: 13, endLine: 1, endColumn: 19, message: 'latest' }],
    },
    {
      name: 'registry with port',
      code: 'FROM localhost:5000/app:latest AS app\n',
      errors: [{ line: 1, column: 25, endColumn: 31 }],
    },
    {
      name: 'ARG default latest used as the tag (#412)',
      code: 'ARG V=latest\nFROM node:${V}\n',
      errors: [{ line: 2, column: 11, endColumn: 15, message: 'defaults to node:latest' }],
    },
    {
      name: 'whole image from an ARG default',
      code: 'ARG IMAGE=node:latest\nFROM $IMAGE\n',
      errors: [{ line: 2, column: 6, endColumn: 12 }],
    },
    {
      name: 'every stage',
      code: 'FROM a:latest AS x\nFROM b:latest\n',
      errors: [{ line: 1, column: 8 }, { line: 2, column: 8 }],
    },
  ],
});
