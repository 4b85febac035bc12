import * as assert from 'node:assert/strict';
import { assertToken, dockerfile, rules } from './helpers';

describe('Dockerfile parser: variables and scoping', () => {
  it('finds every reference form with its operator, operand and range', () => {
    const df = dockerfile('FROM alpine', 'ENV A=$X B=${Y} C=${Z:-d} D=${Z:+a} E=${P#pre} F=${P%suf} G=${P/a/b} H=${Q-e} I=${P##*/} J=${P%%.*}');
    const refs = df.variables(df.instructions[1]);
    assert.deepEqual(
      refs.map((r) => [r.name, r.operator, r.operand]),
      [['X', '', undefined], ['Y', '', undefined], ['Z', ':-', 'd'], ['Z', ':+', 'a'], ['P', '#', 'pre'], ['P', '%', 'suf'], ['P', '/', 'a/b'], ['Q', '-', 'e'], ['P', '##', '*/'], ['P', '%%', '.*']],
    );
    assertToken(df, refs[0].token, [1, 6, 1, 8], '$X');
    assertToken(df, refs[2].token, [1, 18, 1, 25], '${Z:-d}');
    assert.deepEqual(rules(df), [], '${x#p} and friends are valid in today\'s frontend');
  });

  it('skips single-quoted and escaped dollars, and finds references in flag values and nested operands', () => {
    const df = dockerfile('FROM alpine', "COPY --chown=${UID}:${GID} '$NOT' \\$NOR ${A:-$B} /dst/");
    assert.deepEqual(df.variables(df.instructions[1]).map((r) => r.name), ['UID', 'GID', 'A', 'B']);
  });

  it('resolves a global ARG default in FROM', () => {
    const df = dockerfile('ARG NODE=20', 'ARG VARIANT=${NODE}-alpine', 'FROM node:${VARIANT} AS build');
    const image = df.stages[0].image;
    assert.equal(image.resolved, 'node:20-alpine');
    assert.equal(image.tag, '20-alpine');
    assert.equal(image.repository, 'library/node');
    assert.equal(image.usesVariables, true);
    assert.equal(image.tagRange, undefined, 'no part ranges when variables are involved');
    assert.deepEqual(df.globalArgs.map((a) => [a.name, a.default]), [['NODE', '20'], ['VARIANT', '${NODE}-alpine']]);
    assert.equal(df.valueOf('VARIANT', df.instructions[2]), '20-alpine');
  });

  it('applies default, alternative, pattern and replacement operators statically', () => {
    const df = dockerfile('ARG V=1.2.3', 'ARG P=/usr/local/bin', 'FROM scratch', 'ARG V', 'ARG P', 'ENV E=x');
    const at = df.instructions[5];
    assert.equal(df.expand('${V%.*}', at), '1.2');
    assert.equal(df.expand('${V%%.*}', at), '1');
    assert.equal(df.expand('${V#*.}', at), '2.3');
    assert.equal(df.expand('${P##*/}', at), 'bin');
    assert.equal(df.expand('${V/./-}', at), '1-2.3');
    assert.equal(df.expand('${V//./-}', at), '1-2-3');
    assert.equal(df.expand('${UNSET:-fallback}', at), 'fallback', 'scratch has no environment, so unset is known');
    assert.equal(df.expand('${V:+set}', at), 'set');
    assert.equal(df.expand('"$V" \'$V\'', at), '1.2.3 $V');
  });

  it('scopes ARGs per stage: a global ARG is visible in a stage only when re-declared', () => {
    const df = dockerfile('ARG VERSION=1', 'FROM alpine', 'RUN echo $VERSION', 'ARG VERSION', 'RUN echo $VERSION', 'ARG VERSION=2', 'RUN echo $VERSION');
    const [, , before, , redeclared, , overridden] = df.instructions;
    assert.equal(df.valueOf('VERSION', before), undefined, 'not declared in the stage: depends on the base image');
    assert.equal(df.valueOf('VERSION', redeclared), '1');
    assert.equal(df.valueOf('VERSION', overridden), '2');
  });

  it('lets ENV win over ARG and inherits ENV through FROM <stage>', () => {
    const df = dockerfile('FROM alpine AS base', 'ENV APP=/srv PATH=/opt/bin:$PATH', 'ARG APP=/ignored', 'FROM base', 'RUN echo $APP');
    const run = df.instructions[4];
    assert.equal(df.valueOf('APP', run), '/srv');
    assert.equal(df.valueOf('PATH', run), undefined, 'the base image PATH is unknown');
    assert.equal(df.stages[1].image.stageRef, 0);
  });

  it('leaves an ARG without default unknown, and a predefined platform ARG unknown', () => {
    const df = dockerfile('ARG TAG', 'FROM alpine:${TAG}', 'FROM --platform=$BUILDPLATFORM golang');
    assert.equal(df.stages[0].image.resolved, undefined);
    assert.equal(df.valueOf('TARGETARCH', df.instructions[2]), undefined);
  });

  it('reports an unclosed reference and an unsupported modifier where the frontend expands', () => {
    const df = dockerfile('FROM alpine', 'ENV A=${B', 'WORKDIR ${C!x}', 'RUN echo ${D!x}');
    assert.deepEqual(rules(df), ['dockerfile-invalid-substitution', 'dockerfile-invalid-substitution']);
    assert.deepEqual(df.syntaxErrors.map((d) => d.range.start.line), [1, 2], 'RUN is left to the shell');
  });

  it('gives the same references when the parse already scanned the arguments, flags first', () => {
    const df = dockerfile('FROM alpine', 'COPY --chown=${U}:$G \\', '  ${SRC} "$Q" /dst/', 'ONBUILD ENV A=${B:-x} \\', '  C=$D');
    const copy = df.instructions[1];
    const refs = df.variables(copy);
    assert.equal(df.variables(copy), refs, 'asked twice, the same list');
    assert.deepEqual(refs.map((r) => [r.name, r.token.text]), [['U', '${U}'], ['G', '$G'], ['SRC', '${SRC}'], ['Q', '$Q']]);
    assertToken(df, refs[2].token, [2, 2, 2, 8], '${SRC}');
    const trigger = df.instructions[2].trigger!;
    assert.deepEqual(df.variables(trigger).map((r) => [r.name, r.operator, r.operand]), [['B', ':-', 'x'], ['D', '', undefined]]);
    assertToken(df, df.variables(trigger)[1].token, [4, 4, 4, 6], '$D');
    assertToken(df, trigger.args[1], [4, 2, 4, 6], 'C=$D');
  });
});
