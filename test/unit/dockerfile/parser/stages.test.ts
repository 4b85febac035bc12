import * as assert from 'node:assert/strict';
import { parseDockerfile } from '../../../../src/core/dockerfile/parser';
import { assertToken, dockerfile, rules } from './helpers';

describe('Dockerfile parser: stages and image references', () => {
  it('splits a full image reference into parts with ranges', () => {
    const df = dockerfile('FROM --platform=$BUILDPLATFORM ghcr.io/acme/tools/builder:1.4@sha256:' + 'a'.repeat(64) + ' AS Build');
    const stage = df.stages[0];
    const img = stage.image;
    assert.deepEqual([img.registry, img.explicitRegistry, img.repository, img.tag, img.digest], ['ghcr.io', true, 'acme/tools/builder', '1.4', 'sha256:' + 'a'.repeat(64)]);
    assert.deepEqual(img.registryRange, { start: { line: 0, character: 31 }, end: { line: 0, character: 38 } });
    assert.deepEqual(img.repositoryRange, { start: { line: 0, character: 39 }, end: { line: 0, character: 57 } });
    assert.deepEqual(img.tagRange, { start: { line: 0, character: 58 }, end: { line: 0, character: 61 } });
    assert.deepEqual(img.digestRange, { start: { line: 0, character: 62 }, end: { line: 0, character: 133 } });
    assertToken(df, stage.name, [0, 137, 0, 142], 'Build');
    assert.equal(stage.platform?.value?.value, '$BUILDPLATFORM');
  });

  it('treats a host with a port, localhost, and Docker Hub names correctly', () => {
    const images = parseDockerfile('FROM localhost:5000/app\nFROM node\nFROM bitnami/redis:7\nFROM scratch').stages.map((s) => s.image);
    assert.deepEqual(images.map((i) => [i.registry, i.repository, i.tag, i.explicitRegistry, i.isScratch]), [
      ['localhost:5000', 'app', undefined, true, false],
      ['docker.io', 'library/node', undefined, false, false],
      ['docker.io', 'bitnami/redis', '7', false, false],
      ['docker.io', 'library/scratch', undefined, false, true],
    ]);
  });

  it('links stages by name (case-insensitive) and index', () => {
    const df = dockerfile('FROM golang:1.23 AS Builder', 'RUN go build', 'FROM builder AS test', 'FROM alpine', 'COPY --from=builder /out /bin/', 'COPY --from=0 /x /y', 'RUN --mount=type=bind,from=test,target=/t true');
    assert.equal(df.stages.length, 3);
    assert.equal(df.stages[1].image.stageRef, 0);
    assert.equal(df.stages[2].image.stageRef, undefined);
    assert.equal(df.stageByRef('BUILDER'), df.stages[0]);
    assert.equal(df.stageByRef('0'), df.stages[0]);
    assert.equal(df.stageByRef('test'), df.stages[1]);
    assert.equal(df.stageByRef('nope'), undefined);
    const run = df.instructions[6];
    assert.equal(run.mounts![0].option('from')!.value!.value, 'test');
    assert.deepEqual(df.stages[2].instructions.map((i) => i.keyword), ['COPY', 'COPY', 'RUN']);
    assert.deepEqual(df.instructions.map((i) => i.stage), [0, 0, 1, 2, 2, 2, 2]);
    assert.equal(df.stages[df.stages.length - 1].from.keyword, 'FROM', 'the final stage is the last one');
  });

  it('reports a malformed FROM, a bad stage name and a bad reference', () => {
    const df = dockerfile('FROM alpine AS', 'FROM alpine FOR x', 'FROM alpine AS 1st', 'FROM Alpine:3');
    assert.deepEqual(rules(df), ['dockerfile-invalid-from', 'dockerfile-invalid-from', 'dockerfile-invalid-from', 'dockerfile-invalid-from']);
    assert.deepEqual(df.syntaxErrors[1].range, { start: { line: 1, character: 12 }, end: { line: 1, character: 15 } });
    assert.match(df.syntaxErrors[3].message, /lower-case/);
  });

  it('opens a stage even for a FROM without an image, so every instruction has its stage', () => {
    const df = dockerfile('FROM', 'RUN true');
    assert.deepEqual(rules(df), ['dockerfile-missing-arguments']);
    assert.equal(df.stages.length, 1);
    assert.deepEqual([df.stages[0].image.repository, df.instructions[1].stage], ['', 0]);
    assertToken(df, df.stages[0].image.token, [0, 4, 0, 4], '');
  });

  it('reports instructions before the first FROM, except ARG', () => {
    const df = dockerfile('ARG X=1', 'RUN echo', 'FROM alpine');
    assert.deepEqual(rules(df), ['dockerfile-instruction-before-from']);
    assert.equal(df.instructions[1].stage, -1);
  });
});
