import { ruleTester } from '../../ruleTester';

ruleTester('UndefinedArgInFrom', 'dockerfile', {
  valid: [
    'ARG BASE=alpine:3.20\nFROM ${BASE}\n',
    { name: 'declared without a default', code: 'ARG TAG\nFROM alpine:${TAG}\n' },
    { name: 'predefined platform ARGs', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM alpine:3.20-$TARGETARCH\n' },
    { name: 'a variable elsewhere in the stage is UndefinedVar business', code: 'FROM alpine:3.20\nCOPY $SRC /app\n' },
  ],
  invalid: [
    {
      name: 'never declared',
      code: 'FROM node:${NODE_VERSION}\n',
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 26, message: "FROM uses 'NODE_VERSION', which is not declared" }],
      output: null,
    },
    {
      name: 'declared only inside a stage, which FROM cannot see',
      code: 'FROM alpine:3.20\nARG VARIANT=slim\nFROM debian:bookworm-$VARIANT\n',
      errors: [{ line: 3, column: 22, endColumn: 30 }],
    },
    {
      name: 'a typo of a declared ARG is fixed',
      code: 'ARG BASE_IMAGE=alpine:3.20\nFROM ${BASE_IMAEG}\n',
      errors: [{ line: 2, column: 6, endColumn: 19, message: "Did you mean 'BASE_IMAGE'?" }],
      output: 'ARG BASE_IMAGE=alpine:3.20\nFROM ${BASE_IMAGE}\n',
    },
    {
      name: 'a default in the expression does not make the ARG settable',
      code: 'FROM ${IMAGE:-alpine:3.20}\n',
      errors: [{ line: 1, column: 6, endColumn: 27 }],
    },
    {
      name: 'the platform flag is checked and near platform names are suggested',
      code: 'FROM --platform=$BUILDPLATFROM golang:1.22\n',
      errors: [{ line: 1, column: 17, endColumn: 31, message: "Did you mean 'BUILDPLATFORM'?" }],
      output: 'FROM --platform=$BUILDPLATFORM golang:1.22\n',
    },
  ],
});
