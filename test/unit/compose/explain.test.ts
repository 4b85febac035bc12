import * as assert from 'node:assert/strict';
import { explain } from '../../../src/core/engine';

describe('compose explain', () => {
  const text = [
    'name: shop',
    'services:',
    '  web:',
    '    build: ./web',
    "    ports: ['8080:80', '127.0.0.1:9090:9090']",
    '    depends_on:',
    '      db: {condition: service_healthy}',
    '    networks: [front, back]',
    '  db:',
    '    image: postgres:16',
    '    volumes: [pgdata:/var/lib/postgresql/data, ./init:/docker-entrypoint-initdb.d]',
    '    healthcheck: {test: [CMD, pg_isready]}',
    '    networks: [back]',
    'volumes: {pgdata: {}}',
    'networks: {front: {}, back: {}}',
    '',
  ].join('\n');
  const md = explain({ text, fileName: 'compose.yaml' }) ?? '';

  it('names the project and describes each service', () => {
    assert.match(md, /^# Compose project `shop`/);
    assert.match(md, /\*\*`web`\*\* built from `\.\/web`; starts after `db` \(healthy\)/);
    assert.match(md, /\*\*`db`\*\* runs image `postgres:16`; has a healthcheck/);
  });

  it('gives the start order from the dependency graph', () => {
    assert.match(md, /## Start order[\s\S]*1\. `db`\n\n2\. `web`/);
  });

  it('tables the published ports and flags all-interface bindings', () => {
    assert.match(md, /\| `web` \| all interfaces \| `8080` \| `80\/tcp` \| reachable by any machine/);
    assert.match(md, /\| `web` \| `127\.0\.0\.1` \| `9090` \|/);
  });

  it('lists where data lives and who joins which network', () => {
    assert.match(md, /`db` keeps `\/var\/lib\/postgresql\/data` in named volume `pgdata`/);
    assert.match(md, /`db` keeps `\/docker-entrypoint-initdb\.d` in host folder `\.\/init`/);
    assert.match(md, /- `back`: `web`, `db`/);
  });

  it('summarises the findings', () => {
    assert.match(md, /## Findings\n\n\d+ errors?/);
    assert.match(md, /no-unbound-port-interfaces/);
  });
});
