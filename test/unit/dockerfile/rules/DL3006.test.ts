import { ruleTester } from '../../ruleTester';

ruleTester('DL3006', 'dockerfile', {
  valid: [
    'FROM debian:bookworm\n',
    { name: 'digest without tag', code: 'FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { name: 'scratch', code: 'FROM scratch\n' },
    { name: 'earlier stage alias', code: 'FROM debian:bookworm AS base\nFROM base\n' },
    { name: 'alias compared case-insensitively', code: 'FROM debian:bookworm AS Base\nFROM base\n' },
    { name: 'registry with port and tag', code: 'FROM localhost:5000/app:1.2\n' },
    { name: 'variable with a tagged default', code: 'ARG BASE=debian:bookworm\nFROM ${BASE}\n' },
    { name: 'variable tag with a default', code: 'ARG TAG=3.20\nFROM alpine:${TAG}\n' },
    { name: 'variable without a default is set by the build', code: 'ARG BASE\nFROM $BASE\n' },
    { name: 'variable naming an earlier stage', code: 'ARG FLAVOR=base\nFROM alpine:3.20 AS base\nFROM ${FLAVOR}\n' },
  ],
  invalid: [
    {
      name: 'no tag',
      code: 'FROM debian\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: 'no tag' }],
    },
    {
      name: 'registry and path without tag',
      code: 'FROM --platform=$BUILDPLATFORM ghcr.io/org/tool AS t\n',
      errors: [{ line: 1, column: 32, endColumn: 48 }],
    },
    {
      name: 'variable whose default has no tag',
      code: 'ARG BASE=ubuntu\nFROM ${BASE}\n',
      errors: [{ line: 2, column: 6, endColumn: 13, message: 'defaults to ubuntu' }],
    },
    {
      name: 'partly variable name (#979) with a default',
      code: 'ARG V=22\nFROM node${V}\n',
      errors: [{ line: 2, column: 6, endColumn: 14 }],
    },
    {
      name: 'a later stage name is not an alias yet',
      code: 'FROM builder\nFROM debian:bookworm AS builder\n',
      errors: [{ line: 1, column: 6, endColumn: 13 }],
    },
  ],
});
