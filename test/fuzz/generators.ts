/**
 * Generated files: random but plausible Dockerfiles, manifests and Compose files, so the fuzzer also
 * reaches shapes the corpus lacks (odd flag mixes, many stages, deep specs).
 */
import type { FileKind } from '../../src/core/types';
import type { Random } from './random';

const IMAGES = ['ubuntu', 'ubuntu:24.04', 'node:latest', 'alpine:3.20', 'python:3.12-slim', 'gcr.io/x/y@sha256:' + 'a'.repeat(64), '${BASE}', 'scratch', 'localhost:5000/a/b:c', ''];
const WORDS = ['a', 'b', '/app', '.', '$HOME', '${X:-y}', '"quoted word"', "'single'", '--flag', '-y', '&&', '||', ';', '|', '\\', '`', '*', '~', '$(id -u)', '1000', '0'];

function words(rng: Random, max: number): string {
  return Array.from({ length: rng.int(max) }, () => rng.pick(WORDS)).join(' ');
}

function dockerfile(rng: Random): string {
  const out: string[] = [];
  if (rng.chance(0.3)) out.push(rng.pick(['# syntax=docker/dockerfile:1', '# escape=`', '# check=error=true']));
  if (rng.chance(0.3)) out.push(`ARG BASE=${rng.pick(IMAGES)}`);
  const stages = 1 + rng.int(3);
  for (let s = 0; s < stages; s++) {
    out.push(`FROM ${rng.chance(0.2) ? '--platform=$BUILDPLATFORM ' : ''}${rng.pick(IMAGES)}${rng.chance(0.5) ? ` AS s${s}` : ''}`);
    const n = rng.int(12);
    for (let i = 0; i < n; i++) {
      const kind = rng.int(16);
      switch (kind) {
        case 0:
          out.push(`RUN apt-get update && apt-get install -y ${words(rng, 3)} curl${rng.chance(0.3) ? '=1.0' : ''}`);
          break;
        case 1:
          out.push(`RUN ${words(rng, 5)} \\`, `    && ${words(rng, 4)}`);
          break;
        case 2:
          out.push(`RUN ["${rng.pick(['sh', 'bash', ''])}", "-c", "${words(rng, 3)}"${rng.chance(0.2) ? '' : ']'}`);
          break;
        case 3:
          out.push(`COPY ${rng.chance(0.3) ? `--from=s${rng.int(3)} ` : ''}${rng.chance(0.2) ? '--chown=1000:1000 ' : ''}${words(rng, 3)} /dst/`);
          break;
        case 4:
          out.push(`ADD ${rng.pick(['https://example.invalid/x.tar.gz', 'x.tar.gz', '.', 'git@github.com:a/b.git'])} ${rng.pick(['/x', '.', ''])}`);
          break;
        case 5:
          out.push(`ENV ${rng.pick(['A=1', 'A 1', 'A="1 2" B=3', 'PATH=$PATH:/x', '=', 'A'])}`);
          break;
        case 6:
          out.push(`WORKDIR ${rng.pick(['/app', 'app', '$X', ''])}`);
          break;
        case 7:
          out.push(`USER ${rng.pick(['root', '1000', 'app:app', '', '0:0'])}`);
          break;
        case 8:
          out.push(`EXPOSE ${rng.pick(['80', '80/tcp', '8080-8090', '99999', 'x', '$PORT'])}`);
          break;
        case 9:
          out.push(`${rng.pick(['CMD', 'ENTRYPOINT'])} ${rng.chance(0.5) ? `["${words(rng, 2)}", "x"]` : words(rng, 4)}`);
          break;
        case 10:
          out.push(`HEALTHCHECK ${rng.pick(['NONE', 'CMD curl -f http://localhost/', '--interval=5s CMD true', '--bogus CMD x'])}`);
          break;
        case 11:
          out.push(`LABEL ${rng.pick(['a=b', 'maintainer="x"', 'org.opencontainers.image.version=1', '"k"="v" x'])}`);
          break;
        case 12:
          out.push(`RUN --mount=type=${rng.pick(['cache', 'secret', 'bind', 'ssh', 'tmpfs'])},${rng.pick(['target=/root/.cache', 'id=x', 'source=.', ''])} ${words(rng, 3)}`);
          break;
        case 13:
          out.push('RUN <<EOF', words(rng, 4), rng.chance(0.8) ? 'EOF' : 'EOT');
          break;
        case 14:
          out.push(`${rng.pick(['MAINTAINER', 'ONBUILD RUN', 'STOPSIGNAL', 'SHELL', 'VOLUME', 'ARG'])} ${words(rng, 3)}`);
          break;
        default:
          out.push(rng.pick(['', '# comment', '   ', '# hadolint ignore=DL3008,DL3009', 'BOGUS instruction']));
      }
    }
  }
  return out.join('\n') + (rng.chance(0.8) ? '\n' : '');
}

function scalar(rng: Random): string {
  return rng.pick(['x', '"1"', '1', 'true', 'null', '~', "'a b'", '100m', '1Gi', '-1', '"0.5"', 'latest', '{}', '[]', '""']);
}

function container(rng: Random, indent: string): string[] {
  const out = [`${indent}- name: ${rng.pick(['app', 'c1', '', 'side-car'])}`, `${indent}  image: ${rng.pick(IMAGES)}`];
  if (rng.chance(0.5)) out.push(`${indent}  resources:`, `${indent}    limits:`, `${indent}      cpu: ${scalar(rng)}`, `${indent}      memory: ${scalar(rng)}`);
  if (rng.chance(0.4)) out.push(`${indent}  securityContext:`, `${indent}    privileged: ${scalar(rng)}`, `${indent}    runAsUser: ${scalar(rng)}`, `${indent}    readOnlyRootFilesystem: ${scalar(rng)}`);
  if (rng.chance(0.4)) out.push(`${indent}  ports:`, `${indent}  - containerPort: ${scalar(rng)}`, `${indent}    hostPort: ${scalar(rng)}`);
  if (rng.chance(0.3)) out.push(`${indent}  env:`, `${indent}  - name: ${scalar(rng)}`, `${indent}    value: ${scalar(rng)}`);
  if (rng.chance(0.3)) out.push(`${indent}  livenessProbe:`, `${indent}    httpGet:`, `${indent}      path: /`, `${indent}      port: ${scalar(rng)}`);
  return out;
}

function kubernetes(rng: Random): string {
  const docs: string[] = [];
  const n = 1 + rng.int(3);
  for (let d = 0; d < n; d++) {
    const kind = rng.pick(['Deployment', 'Pod', 'Service', 'CronJob', 'StatefulSet', 'DaemonSet', 'Ingress', 'ConfigMap', 'Job', 'Unknown']);
    const api = rng.pick(['apps/v1', 'v1', 'batch/v1', 'extensions/v1beta1', 'networking.k8s.io/v1', 'x/v9']);
    const out = [`apiVersion: ${api}`, `kind: ${kind}`, 'metadata:', `  name: ${rng.pick(['web', 'Bad_Name', '', 'a'.repeat(70)])}`];
    if (rng.chance(0.5)) out.push('  labels:', `    app: ${scalar(rng)}`);
    out.push('spec:');
    if (kind === 'Pod') out.push('  containers:', ...container(rng, '  '));
    else if (kind === 'Service') out.push('  selector:', `    app: ${scalar(rng)}`, '  ports:', `  - port: ${scalar(rng)}`, `    targetPort: ${scalar(rng)}`);
    else if (kind === 'CronJob') out.push(`  schedule: "${rng.pick(['* * * * *', 'bad', '61 * * * *'])}"`, '  jobTemplate:', '    spec:', '      template:', '        spec:', '          containers:', ...container(rng, '          '));
    else {
      out.push(`  replicas: ${scalar(rng)}`, '  selector:', '    matchLabels:', `      app: ${scalar(rng)}`, '  template:', '    metadata:', '      labels:', `        app: ${scalar(rng)}`, '    spec:');
      if (rng.chance(0.3)) out.push(`      hostNetwork: ${scalar(rng)}`, `      serviceAccountName: ${scalar(rng)}`);
      out.push('      containers:', ...container(rng, '      '));
      if (rng.chance(0.3)) out.push(...container(rng, '      '));
    }
    docs.push(out.join('\n'));
  }
  return docs.join('\n---\n') + '\n';
}

function compose(rng: Random): string {
  const out: string[] = [];
  if (rng.chance(0.3)) out.push(`version: ${rng.pick(['"3.8"', '2', '"3"'])}`);
  if (rng.chance(0.2)) out.push('x-common: &common', '  restart: always', '  environment:', '    A: "1"');
  out.push('services:');
  const n = 1 + rng.int(4);
  for (let s = 0; s < n; s++) {
    out.push(`  svc${s}:`);
    if (rng.chance(0.2)) out.push('    <<: *common');
    out.push(`    image: ${rng.pick(IMAGES)}`);
    if (rng.chance(0.3)) out.push('    build:', `      context: ${rng.pick(['.', './app', ''])}`, `      dockerfile: ${rng.pick(['Dockerfile', 'x'])}`);
    if (rng.chance(0.5)) out.push('    ports:', `      - "${rng.pick(['80:80', '8080', '127.0.0.1:80:80', '99999:1', '${PORT}:80'])}"`);
    if (rng.chance(0.4)) out.push('    depends_on:', `      - svc${rng.int(n + 1)}`);
    if (rng.chance(0.4)) out.push('    environment:', `      - ${rng.pick(['A=1', 'PASSWORD=secret', 'B', '${X}'])}`);
    if (rng.chance(0.3)) out.push('    volumes:', `      - ${rng.pick(['./data:/data', 'named:/x', '/var/run/docker.sock:/var/run/docker.sock', ':'])}`);
    if (rng.chance(0.2)) out.push(`    privileged: ${scalar(rng)}`, `    network_mode: ${rng.pick(['host', 'bridge', 'service:svc0'])}`);
    if (rng.chance(0.2)) out.push(`    container_name: ${scalar(rng)}`, `    restart: ${rng.pick(['always', 'no', 'bogus'])}`);
  }
  if (rng.chance(0.3)) out.push('volumes:', '  named:', 'networks:', '  default:');
  return out.join('\n') + '\n';
}

export const generators: Record<FileKind, (rng: Random) => string> = { dockerfile, kubernetes, compose };
