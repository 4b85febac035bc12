import { ruleTester } from '../../ruleTester';

ruleTester('InvalidDefaultArgInFrom', 'dockerfile', {
  valid: [
    'ARG TAG=latest\nFROM busybox:${TAG}\n',
    { name: 'an empty suffix still leaves a valid name', code: 'ARG VARIANT\nFROM busybox:stable${VARIANT}\n' },
    { name: 'defaults built from other ARGs', code: 'ARG V=3.20\nARG BASE=alpine:${V}\nFROM ${BASE}\n' },
    { name: 'a default naming an earlier stage', code: 'ARG FROM_STAGE=builder\nFROM alpine:3.20 AS builder\nFROM ${FROM_STAGE}\n' },
    { name: 'platform ARGs take a typical value', code: 'FROM alpine:3.20-${TARGETARCH}\n' },
    { name: 'an undeclared ARG is UndefinedArgInFrom business', code: 'FROM busybox:${NOPE}\n' },
    { name: 'a literal image is the parser business', code: 'FROM busybox:3.20\n' },
  ],
  invalid: [
    {
      name: 'a tag ARG without a default',
      code: 'ARG TAG\nFROM busybox:${TAG}\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 20, message: "resolves to 'busybox:'" }],
      output: null,
    },
    {
      name: 'the whole image from an ARG without a default',
      code: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE} AS build\n',
      errors: [{ line: 2, column: 6, endColumn: 19, message: 'Give ARG BASE_IMAGE a default value' }],
    },
    {
      name: 'a default that makes an upper-case repository',
      code: 'ARG ORG=MyOrg\nFROM ${ORG}/app:1\n',
      errors: [{ line: 2, column: 6, endColumn: 18, message: 'lower-case' }],
    },
    {
      name: 'every stage is checked against the same defaults',
      code: 'ARG TAG\nFROM alpine:3.20 AS a\nFROM busybox:${TAG}\nFROM alpine:${TAG}\n',
      errors: [
        { line: 3, column: 6, message: "resolves to 'busybox:'" },
        { line: 4, column: 6, message: "resolves to 'alpine:'" },
      ],
    },
  ],
});
