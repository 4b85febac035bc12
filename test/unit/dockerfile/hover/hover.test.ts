import * as assert from 'node:assert/strict';
import { defaultConfig, NO_FILES } from '../../../../src/core/config';
import { dockerfileHover } from '../../../../src/core/dockerfile/hover';
import { parseDockerfile } from '../../../../src/core/dockerfile/parser';
import { hover as engineHover } from '../../../../src/core/engine';
import { inlineCode } from '../../../../src/core/text';
import type { HoverResult } from '../../../../src/core/types';

const context = { fileName: 'Dockerfile', config: defaultConfig(), host: NO_FILES };

/** Hovers `lines` at the first character of `needle` (the `nth` occurrence) on line `line` (0-based). */
function hoverOn(lines: string[], line: number, needle: string, nth = 0, shift = 0): HoverResult | null {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = lines[line].indexOf(needle, at + 1);
  assert.ok(at >= 0, `${JSON.stringify(needle)} is not on line ${line}: ${lines[line]}`);
  return dockerfileHover(parseDockerfile(lines.join('\n')), { line, character: at + shift }, context);
}

function where(h: HoverResult | null): [number, number, number, number] {
  assert.ok(h, 'expected a hover');
  return [h.range.start.line, h.range.start.character, h.range.end.line, h.range.end.character];
}

function text(h: HoverResult | null): string {
  assert.ok(h, 'expected a hover');
  return h.contents;
}

/** The hover's first paragraph: the plain sentence it must open with. */
function lead(h: HoverResult | null): string {
  return text(h).split('\n\n')[0];
}

const MULTI = [
  '# syntax=docker/dockerfile:1.7', // 0
  '# escape=\\', // 1
  'ARG NODE=20', // 2
  'FROM --platform=$BUILDPLATFORM node:${NODE:-18}-alpine AS build', // 3
  'ARG TARGETARCH', // 4
  'ENV APP_HOME=/srv/app', // 5
  '# hadolint ignore=DL3008,SC2086', // 6
  'RUN --mount=type=cache,target=/root/.npm,sharing=locked --mount=type=secret,id=npmrc npm ci && echo $APP_HOME', // 7
  'RUN <<EOF', // 8
  'echo "building for $TARGETARCH"', // 9
  'EOF', // 10
  'FROM gcr.io/distroless/nodejs20-debian12@sha256:' + 'a'.repeat(64) + ' AS runtime', // 11
  'COPY --from=build --chown=nonroot /srv/app /app', // 12
  'USER nonroot', // 13
  'EXPOSE 8080/tcp', // 14
  'MAINTAINER someone', // 15
  'CMD ["server.js"]', // 16
];

describe('Dockerfile hover', () => {
  describe('instruction keywords', () => {
    it('explains FROM with the base-image concept and a reference link, over the keyword only', () => {
      const h = hoverOn(MULTI, 3, 'FROM', 0, 2);
      assert.deepEqual(where(h), [3, 0, 3, 4]);
      assert.match(lead(h), /^`FROM` starts a new build stage on top of a base image/);
      assert.match(text(h), /read-only template/);
      assert.match(text(h), /share the host kernel/);
      assert.ok(text(h).trimEnd().endsWith('(https://docs.docker.com/reference/dockerfile/#from)'), 'ends with the reference link');
    });

    it('marks MAINTAINER as deprecated and points to the OCI label', () => {
      const h = hoverOn(MULTI, 15, 'MAINTAINER');
      assert.deepEqual(where(h), [15, 0, 15, 10]);
      assert.match(lead(h), /deprecated/);
      assert.match(text(h), /org\.opencontainers\.image\.authors/);
      assert.match(text(h), /#maintainer-deprecated\)$/);
    });

    it('ties RUN to layers and the build cache, and VOLUME to ephemeral containers', () => {
      assert.match(text(hoverOn(['FROM alpine', 'RUN echo hi'], 1, 'RUN')), /layer[\s\S]*cache/);
      assert.match(text(hoverOn(['FROM alpine', 'VOLUME /data'], 1, 'VOLUME')), /ephemeral/);
    });

    it('works for lower-case keywords and says an ONBUILD trigger runs in child builds', () => {
      const lines = ['from alpine', 'onbuild copy . /app'];
      assert.deepEqual(where(hoverOn(lines, 0, 'from')), [0, 0, 0, 4]);
      const trigger = hoverOn(lines, 1, 'copy');
      assert.deepEqual(where(trigger), [1, 8, 1, 12]);
      assert.match(lead(trigger), /^`COPY` copies files/);
      assert.match(text(trigger), /ONBUILD.*trigger/);
      assert.match(lead(hoverOn(lines, 1, 'onbuild')), /runs later, when another Dockerfile uses this image/);
    });

    it('says an unknown keyword is not an instruction', () => {
      const h = hoverOn(['FROM alpine', 'RUNN echo'], 1, 'RUNN');
      assert.deepEqual(where(h), [1, 0, 1, 4]);
      assert.match(lead(h), /`RUNN` is not a Dockerfile instruction/);
    });
  });

  describe('flags and --mount options', () => {
    it('explains --mount on its name', () => {
      const h = hoverOn(MULTI, 7, '--mount', 0, 3);
      assert.deepEqual(where(h), [7, 4, 7, 11]);
      assert.match(lead(h), /attaches a filesystem to this `RUN` only/);
      assert.match(text(h), /#run---mount\)$/);
    });

    it('explains a mount type value, an option key and an option value with the hovered token as range', () => {
      const type = hoverOn(MULTI, 7, 'cache');
      assert.deepEqual(where(type), [7, 17, 7, 22]);
      assert.match(lead(type), /^`type=cache` mounts a persistent cache directory/);
      assert.match(text(type), /#run---mounttypecache\)$/);

      const sharing = hoverOn(MULTI, 7, 'sharing');
      assert.deepEqual(where(sharing), [7, 41, 7, 48]);
      assert.match(lead(sharing), /^`sharing` decides what happens when several builds use the same cache/);
      assert.match(text(sharing), /This is a `cache` mount\./);

      const locked = hoverOn(MULTI, 7, 'locked');
      assert.deepEqual(where(locked), [7, 49, 7, 55]);
      assert.match(lead(locked), /^`sharing=locked`: a concurrent build waits/);

      const target = hoverOn(MULTI, 7, 'target');
      assert.deepEqual(where(target), [7, 23, 7, 29]);
      assert.match(text(target), /In this `cache` mount: required; it also serves as the cache's id/);
    });

    it('gives type-specific meaning to the same option (id of a secret)', () => {
      const h = hoverOn(MULTI, 7, 'id=');
      assert.deepEqual(where(h), [7, 76, 7, 78]);
      assert.match(text(h), /In this `secret` mount: the id given to `docker build --secret id=<id>`/);
    });

    it('explains every mount option BuildKit accepts, aliases included', () => {
      const options = ['target=/t', 'dst=/t', 'destination=/t', 'source=/s', 'src=/s', 'from=build', 'ro', 'readonly', 'rw', 'readwrite', 'id=x', 'sharing=shared', 'mode=0755', 'uid=1', 'gid=1', 'required', 'size=10m', 'env=TOKEN'];
      for (const option of options) {
        const lines = ['FROM alpine AS build', `RUN --mount=type=cache,${option} true`];
        const key = option.split('=')[0];
        const h = hoverOn(lines, 1, ',' + key, 0, 1);
        assert.ok(h, `no hover for ${key}`);
        const start = lines[1].indexOf(',' + key) + 1;
        assert.deepEqual(where(h), [1, start, 1, start + key.length], key);
        assert.match(h.contents, /\]\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#run---mount/, key);
      }
    });

    it('explains COPY, ADD, FROM, RUN and HEALTHCHECK flags', () => {
      const cases: [string[], number, string, RegExp][] = [
        [MULTI, 12, '--chown', /owner of the copied files/],
        [MULTI, 3, '--platform', /platform's variant/],
        [['FROM a', 'COPY --link . /'], 1, '--link', /independent layer/],
        [['FROM a', 'ADD --checksum=sha256:abc https://x/y /y'], 1, '--checksum', /exactly this digest/],
        [['FROM a', 'RUN --network=none make'], 1, '--network', /network this `RUN` command runs in/],
        [['FROM a', 'HEALTHCHECK --interval=30s CMD true'], 1, '--interval', /time between two health checks/],
      ];
      for (const [lines, line, flag, expected] of cases) {
        const h = hoverOn(lines, line, flag, 0, 2);
        const at = lines[line].indexOf(flag);
        assert.deepEqual(where(h), [line, at, line, at + flag.length], flag);
        assert.match(lead(h), expected, flag);
      }
      const none = hoverOn(['FROM a', 'RUN --network=none make'], 1, 'none');
      assert.match(lead(none), /^`--network=none`: no network at all/);
    });

    it('says a flag the instruction does not accept is an error, and where it belongs', () => {
      const h = hoverOn(['FROM a', 'ADD --from=b x y'], 1, '--from', 0, 2);
      assert.match(lead(h), /`--from` is not a flag `ADD` accepts/);
      assert.match(text(h), /belongs to `COPY`/);
    });
  });

  describe('variables', () => {
    it('in FROM: where it is defined, its default, its value and what :- does', () => {
      const h = hoverOn(MULTI, 3, '${NODE', 0, 3);
      assert.deepEqual(where(h), [3, 36, 3, 47]);
      assert.match(lead(h), /^`\$NODE` is a build argument set by a global `ARG` \(before the first `FROM`\) on line 3\./);
      assert.match(text(h), /- line 3: `ARG` \(global\), default `20`/);
      assert.match(text(h), /Value in this stage: `20`/);
      assert.match(text(h), /`\$\{NODE:-18\}` uses the word after `:-` when the variable is unset or empty\./);
      assert.match(text(h), /Here it evaluates to `20`\./);
      assert.match(text(h), /#environment-replacement\)$/);
    });

    it('in a shell-form RUN: the ENV that sets it, and that the shell expands it', () => {
      const h = hoverOn(MULTI, 7, '$APP_HOME');
      assert.deepEqual(where(h), [7, 100, 7, 109]);
      assert.match(lead(h), /is an environment variable set by `ENV` on line 6/);
      assert.match(text(h), /Value in this stage: `\/srv\/app`/);
      assert.match(text(h), /the shell, not BuildKit, expands the variable/);
    });

    it('explains a predefined platform ARG', () => {
      const h = hoverOn(MULTI, 3, '$BUILDPLATFORM', 0, 1);
      assert.deepEqual(where(h), [3, 16, 3, 30]);
      assert.match(lead(h), /predefined build argument: `BUILDPLATFORM` is the platform of the machine running the build/);
      assert.match(text(h), /#automatic-platform-args-in-the-global-scope\)$/);
    });

    it('warns that a global ARG is not visible in a stage until re-declared', () => {
      const lines = ['ARG VERSION=1.2', 'FROM alpine', 'RUN echo ${VERSION}'];
      const h = hoverOn(lines, 2, '${VERSION}');
      assert.match(text(h), /global ARGs are visible only in `FROM` lines: add `ARG VERSION` inside this stage/);
    });

    it('follows ENV through FROM <stage> and shows the nearest definition first', () => {
      const lines = ['FROM alpine AS base', 'ENV MODE=dev', 'FROM base', 'ENV MODE=prod', 'WORKDIR /$MODE'];
      const h = hoverOn(lines, 4, '$MODE');
      assert.match(lead(h), /set by `ENV` on line 4/);
      assert.match(text(h), /- line 4: `ENV`, value `prod`\n- line 2: `ENV`, value `dev`/);
      assert.match(text(h), /Value in this stage: `prod`/);
    });

    it('keeps values from the file inside safe code spans', () => {
      const lines = ['FROM alpine', 'ARG X="a`b*[c](d)"', 'LABEL x=${X}'];
      const h = hoverOn(lines, 2, '${X}');
      assert.ok(text(h).includes(`Value in this stage: ${inlineCode('a`b*[c](d)')}`), text(h));
    });

    it('explains ARG and ENV names where they are declared, with their uses', () => {
      const arg = hoverOn(MULTI, 2, 'NODE');
      assert.deepEqual(where(arg), [2, 4, 2, 8]);
      assert.match(lead(arg), /^`NODE` is a global build argument/);
      assert.match(text(arg), /Default: `20`\./);
      assert.match(text(arg), /Used on line 4\./);
      const env = hoverOn(MULTI, 5, 'APP_HOME');
      assert.match(lead(env), /^`APP_HOME` becomes an environment variable/);
      assert.match(text(env), /Used on line 8\./);
      assert.match(text(env), /never put secrets/);
      const predefined = hoverOn(MULTI, 4, 'TARGETARCH');
      assert.match(lead(predefined), /predefined build argument `TARGETARCH` visible in this stage/);
    });

    it('explains the proxy ARGs in either case', () => {
      for (const name of ['HTTP_PROXY', 'https_proxy', 'NO_PROXY']) {
        const h = hoverOn(['FROM alpine', `RUN curl -x "$${name}" x`], 1, '$' + name);
        assert.match(text(h), /predefined proxy argument/, name);
        assert.match(text(h), /#predefined-args\)$/, name);
      }
    });
  });

  describe('image references', () => {
    it('spells out registry, repository, tag, pinning and the alpine variant', () => {
      const h = hoverOn(['FROM node:20-alpine'], 0, 'node');
      assert.deepEqual(where(h), [0, 5, 0, 19]);
      assert.match(lead(h), /^The base image of stage 0: every file of `node:20-alpine` becomes the bottom layers/);
      assert.match(text(h), /\*\*Registry:\*\* `docker\.io` \(Docker Hub, used when no registry is written\)/);
      assert.match(text(h), /\*\*Repository:\*\* `library\/node` \(a Docker Official Image\)/);
      assert.match(text(h), /\*\*Tag:\*\* `20-alpine`/);
      assert.match(text(h), /Not pinned: this tag moves/);
      assert.match(text(h), /musl/);
      assert.match(text(h), /\[library\/node on Docker Hub\]\(https:\/\/hub\.docker\.com\/_\/node\)/);
    });

    it('says an untagged name means latest', () => {
      const h = hoverOn(['FROM ubuntu'], 0, 'ubuntu');
      assert.match(text(h), /\*\*Tag:\*\* \(none, so `latest`\)/);
      assert.match(text(h), /No tag is given, so Docker uses `latest`/);
    });

    it('recognises a digest pin, an explicit registry and distroless', () => {
      const h = hoverOn(MULTI, 11, 'gcr.io');
      assert.deepEqual(where(h), [11, 5, 11, 112]);
      assert.match(text(h), /\*\*Registry:\*\* `gcr\.io`\n/);
      assert.match(text(h), /\*\*Digest:\*\* `sha256:a{64}`/);
      assert.match(text(h), /Pinned by digest/);
      assert.match(text(h), /\*\*distroless\*\*/);
    });

    it('explains Windows bases, slim, scratch and images named in COPY --from', () => {
      assert.match(text(hoverOn(['FROM mcr.microsoft.com/windows/servercore:ltsc2022'], 0, 'mcr')), /Windows Server Core/);
      assert.match(text(hoverOn(['FROM mcr.microsoft.com/windows/nanoserver:ltsc2022'], 0, 'mcr')), /Nano Server/);
      assert.match(text(hoverOn(['FROM python:3.12.4-slim-bookworm'], 0, 'python')), /\*\*slim\*\*[\s\S]*\*\*bookworm\*\*/);
      assert.match(text(hoverOn(['FROM python:3.12.4-slim-bookworm'], 0, 'python')), /Pinned to a precise version tag/);
      assert.match(lead(hoverOn(['FROM scratch'], 0, 'scratch')), /^`scratch` is the empty image/);
      const copied = hoverOn(['FROM alpine', 'COPY --from=nginx:1.27 /etc/nginx /etc/nginx'], 1, 'nginx');
      assert.match(lead(copied), /is not the name of an earlier stage, so it is read as an image reference/);
      assert.match(text(copied), /\*\*Repository:\*\* `library\/nginx`/);
    });
  });

  describe('stage names', () => {
    it('on AS name: which later instructions use the stage', () => {
      const h = hoverOn(MULTI, 3, 'build');
      assert.deepEqual(where(h), [3, 58, 3, 63]);
      assert.match(lead(h), /^This names build stage `build` \(stage 0\)/);
      assert.match(text(h), /Used by:\n- line 13: `COPY --from` in stage 1 \(`runtime`\)/);
      assert.match(text(h), /Multi-stage builds keep images small/);
    });

    it('on --from=name and FROM name: the stage referred to', () => {
      const ref = hoverOn(MULTI, 12, 'build');
      assert.deepEqual(where(ref), [12, 12, 12, 17]);
      assert.match(lead(ref), /^This refers to the earlier build stage `build` \(stage 0\), defined on line 4\./);
      const lines = ['FROM alpine AS base', 'FROM alpine', 'RUN --mount=type=bind,from=base,target=/b true', 'FROM base'];
      const base = hoverOn(lines, 3, 'base');
      assert.deepEqual(where(base), [3, 5, 3, 9]);
      assert.match(lead(base), /^This stage builds on the earlier build stage `base` \(stage 0\)/);
      assert.match(text(base), /Used by:\n- line 3: `RUN --mount from=` in stage 1\n- line 4: the base of stage 2/);
      const mount = hoverOn(lines, 2, 'from=base', 0, 5);
      assert.match(lead(mount), /^This refers to the earlier build stage `base`/);
    });

    it('says when no stage uses a stage', () => {
      const h = hoverOn(['FROM alpine AS unused', 'FROM busybox'], 0, 'unused');
      assert.match(text(h), /BuildKit skips it entirely/);
    });
  });

  describe('directives, heredocs and suppression comments', () => {
    it('explains the syntax and escape directives', () => {
      const name = hoverOn(MULTI, 0, 'syntax');
      assert.deepEqual(where(name), [0, 2, 0, 8]);
      assert.match(lead(name), /chooses the Dockerfile frontend/);
      assert.match(text(name), /#syntax\)$/);
      const value = hoverOn(MULTI, 0, 'docker/');
      assert.deepEqual(where(value), [0, 9, 0, 30]);
      assert.match(text(value), /`docker\/dockerfile:1\.7` uses that exact frontend release\./);
      const escape = hoverOn(MULTI, 1, 'escape');
      assert.match(lead(escape), /sets the character that escapes and continues lines/);
    });

    it('explains heredoc syntax on its marker and terminator', () => {
      const marker = hoverOn(MULTI, 8, '<<EOF');
      assert.deepEqual(where(marker), [8, 4, 8, 9]);
      assert.match(lead(marker), /A heredoc \(`<<EOF` \.\.\. `EOF`\) writes a multi-line script/);
      assert.match(text(marker), /#here-documents\)$/);
      const end = hoverOn(MULTI, 10, 'EOF');
      assert.match(text(end), /closes the heredoc opened by `<<EOF` on line 9/);
    });

    it('explains a rule id in a hadolint comment with what the rule checks and its page', () => {
      const h = hoverOn(MULTI, 6, 'DL3008', 0, 2);
      assert.deepEqual(where(h), [6, 18, 6, 24]);
      assert.match(lead(h), /^`DL3008` checks: .*apt-get install/);
      assert.match(text(h), /silences it for the instruction that follows/);
      assert.match(text(h), /\[Rule page: DL3008\]\(.*docs\/rules\/DL3008\.md\)$/);
      const sc = hoverOn(MULTI, 6, 'SC2086');
      assert.deepEqual(where(sc), [6, 25, 6, 31]);
      assert.match(text(sc), /shellcheck\.net\/wiki\/SC2086/);
    });

    it('explains BuildKit check names in # check=skip and infra-coach ids', () => {
      const lines = ['# check=skip=JSONArgsRecommended', 'FROM alpine', '# infra-coach ignore=DL3007 -- pinned elsewhere', 'FROM node:latest'];
      const check = hoverOn(lines, 0, 'JSON');
      assert.deepEqual(where(check), [0, 13, 0, 32]);
      assert.match(lead(check), /^`DL3025` checks:/);
      assert.match(text(check), /`JSONArgsRecommended` is another tool's name for `DL3025`/);
      assert.match(text(check), /for the whole file/);
      const ours = hoverOn(lines, 2, 'DL3007');
      assert.match(lead(ours), /^`DL3007` checks:/);
      assert.equal(hoverOn(lines, 2, 'pinned'), null, 'the reason is plain text');
    });
  });

  it('treats words from the file as data, never as table keys or Markdown', () => {
    const lines = ['FROM alpine', 'RUN --mount=type=constructor,constructor=1,sharing=__proto__ --constructor=x true', 'F](x) --flag=1 y'];
    for (const needle of ['type', 'constructor,', 'constructor=1', '__proto__', '--constructor']) {
      const h = hoverOn(lines, 1, needle, 0, 1);
      assert.ok(h && h.contents.length > 0, needle);
    }
    assert.match(lead(hoverOn(lines, 1, 'constructor=1', 0, 1)), /^`constructor` is not a `--mount` option BuildKit knows/);
    const odd = hoverOn(lines, 2, '--flag', 0, 2);
    assert.match(lead(odd), /^`--flag` is not a flag `F\]\(X\)` accepts/);
    assert.doesNotMatch(text(odd), /\[Dockerfile reference: F\]/);
  });

  it('returns nothing on blank lines, plain comments and shell words', () => {
    const lines = ['FROM alpine', '', '# just a note', 'RUN apk add curl'];
    assert.equal(dockerfileHover(parseDockerfile(lines.join('\n')), { line: 1, character: 0 }, context), null);
    assert.equal(hoverOn(lines, 2, 'note'), null);
    assert.equal(hoverOn(lines, 3, 'curl'), null);
  });

  it('is reachable through the engine with a cached parse', () => {
    const input = { text: MULTI.join('\n'), fileName: 'Dockerfile' };
    const first = engineHover(input, { line: 3, character: 1 });
    assert.ok(first && first.contents.startsWith('`FROM`'));
    assert.deepEqual(engineHover(input, { line: 3, character: 1 }), first);
  });
});
