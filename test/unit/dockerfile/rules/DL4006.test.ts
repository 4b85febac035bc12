import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../../../src/core/config';
import { lint } from '../../../../src/core/engine';
import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const BASH = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]';
const ASH = 'SHELL ["/bin/ash", "-o", "pipefail", "-c"]';

ruleTester('DL4006', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'RUN curl -fsSL https://x/a.tgz -o a.tgz && tar xzf a.tgz'),
    { name: 'SHELL with pipefail', code: dockerfile('FROM debian:12', BASH, 'RUN curl -fsSL https://x/a.tgz | tar xz') },
    { name: 'options in a cluster, full path', code: dockerfile('FROM debian:12', 'SHELL ["/usr/bin/bash", "-euxo", "pipefail", "-c"]', 'RUN a | b') },
    { name: 'ash and zsh', code: dockerfile('FROM alpine:3.20', ASH, 'RUN a | b', 'FROM debian:12', 'SHELL ["zsh", "-o", "pipefail", "-c"]', 'RUN a | b') },
    { name: 'sh -o pipefail (works where sh supports it; hadolint rejects it)', code: dockerfile('FROM alpine:3.20', 'SHELL ["/bin/sh", "-o", "pipefail", "-c"]', 'RUN a | b') },
    { name: 'set -o pipefail earlier in the RUN (hadolint rejects it)', code: dockerfile('FROM debian:12', 'RUN set -euo pipefail; curl -fsSL https://x | tar xz') },
    { name: 'PowerShell', code: dockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["powershell", "-Command"]', 'RUN Get-ChildItem | Select-Object Name') },
    { name: 'SHELL inherited from the parent stage (hadolint resets it)', code: dockerfile('FROM debian:12 AS base', BASH, 'FROM base', 'RUN a | b') },
    { name: 'pipe inside sh -c runs in its own shell', code: dockerfile('FROM debian:12', 'RUN sh -c "a | b"') },
    { name: 'logical or is not a pipe', code: dockerfile('FROM debian:12', 'RUN a || b') },
    { name: 'ONBUILD is not checked', code: dockerfile('FROM debian:12', 'ONBUILD RUN a | b') },
    { name: 'exec form uses no shell', code: dockerfile('FROM debian:12', 'RUN ["sh", "-c", "a | b"]') },
    { name: 'a pipe in a string', code: dockerfile('FROM debian:12', "RUN echo 'a | b'") },
  ],
  invalid: [
    {
      name: 'pipe without pipefail',
      code: dockerfile('FROM debian:12', 'RUN curl -fsSL https://x/a.tgz | tar xz'),
      errors: [{ line: 2, column: 32, endLine: 2, endColumn: 33, message: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before this RUN' }],
      output: dockerfile('FROM debian:12', BASH, 'RUN curl -fsSL https://x/a.tgz | tar xz'),
    },
    {
      name: 'Alpine gets ash, which it has',
      code: dockerfile('FROM alpine:3.20', 'WORKDIR /app', 'RUN wget -qO- https://x/a.tgz | tar xz'),
      errors: [{ line: 3, column: 31, endColumn: 32, message: ASH }],
      output: dockerfile('FROM alpine:3.20', ASH, 'WORKDIR /app', 'RUN wget -qO- https://x/a.tgz | tar xz'),
    },
    {
      name: 'Alpine through a stage chain',
      code: dockerfile('FROM python:3.12-alpine AS base', 'FROM base', 'RUN a | b'),
      errors: [{ line: 3, column: 7, endColumn: 8 }],
      output: dockerfile('FROM python:3.12-alpine AS base', 'FROM base', ASH, 'RUN a | b'),
    },
    {
      name: 'SHELL without pipefail: insert after it',
      code: dockerfile('FROM debian:12', 'SHELL ["/bin/bash", "-c"]', 'RUN a | b'),
      errors: [{ line: 3, column: 7, endColumn: 8 }],
      output: dockerfile('FROM debian:12', 'SHELL ["/bin/bash", "-c"]', BASH, 'RUN a | b'),
    },
    {
      name: 'the SHELL does not carry over to an unrelated stage',
      code: dockerfile('FROM debian:12 AS a', BASH, 'RUN a | b', 'FROM debian:12', 'RUN c | d'),
      errors: [{ line: 5, column: 7, endColumn: 8 }],
    },
    {
      name: 'set -o pipefail after the pipe is too late; pipe on a continuation line',
      code: dockerfile('FROM debian:12', 'RUN curl -fsSL https://x \\', '    | sh && set -o pipefail'),
      errors: [{ line: 3, column: 5, endColumn: 6 }],
    },
    {
      name: '|& counts as a pipe',
      code: dockerfile('FROM debian:12', 'SHELL ["/bin/bash", "-c"]', 'RUN make |& tee log'),
      errors: [{ line: 3, column: 10, endColumn: 12 }],
    },
    {
      name: 'heredoc with its own interpreter: set pipefail inside, no SHELL fix',
      code: dockerfile('FROM debian:12', BASH, 'RUN <<EOF', '#!/bin/bash', 'curl -fsSL https://x | sh', 'EOF'),
      errors: [{ line: 5, column: 22, endColumn: 23, message: 'Add `set -o pipefail` at the top of this heredoc script' }],
      output: null,
    },
    {
      name: 'heredoc run by SHELL',
      code: dockerfile('FROM debian:12', 'RUN <<EOF', 'curl -fsSL https://x | sh', 'EOF'),
      errors: [{ line: 3, column: 22, endColumn: 23 }],
      output: dockerfile('FROM debian:12', BASH, 'RUN <<EOF', 'curl -fsSL https://x | sh', 'EOF'),
    },
  ],
});

describe('DL4006 fix safety', () => {
  const fixOf = (text: string) => {
    const config = defaultConfig();
    const d = lint({ text, fileName: 'Dockerfile' }, { config }).diagnostics.find((x) => x.rule === 'DL4006');
    assert.ok(d, 'expected a DL4006 finding');
    return d.fixes[0];
  };

  it('is safe on a known image with bash and on Alpine with ash', () => {
    assert.equal(fixOf(dockerfile('FROM ubuntu:24.04', 'RUN a | b')).safe, true);
    assert.equal(fixOf(dockerfile('FROM alpine:3.20', 'RUN a | b')).safe, true);
  });

  it('is safe once per stage, so applying safe fixes inserts one SHELL', () => {
    const text = dockerfile('FROM debian:12', 'RUN a | b', 'RUN c | d', 'FROM debian:12', 'RUN e | f');
    const found = lint({ text, fileName: 'Dockerfile' }, { config: defaultConfig() }).diagnostics.filter((d) => d.rule === 'DL4006');
    assert.deepEqual(
      found.map((d) => [d.range.start.line + 1, d.fixes[0].safe]),
      [
        [2, true],
        [3, false],
        [5, true],
      ],
    );
  });

  it('is not safe when the stage pipes `yes` into a command, which pipefail would make fail', () => {
    assert.equal(fixOf(dockerfile('FROM debian:12', 'RUN yes | pecl install xdebug-3.3.2')).safe, false);
  });

  it('is offered but not applied automatically when the base image cannot be known', () => {
    const fix = fixOf(dockerfile('ARG BASE', 'FROM ${BASE}', 'RUN a | b'));
    assert.equal(fix.safe, false);
    assert.equal(fix.edits[0].newText, BASH + '\n');
  });
});
