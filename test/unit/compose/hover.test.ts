import * as assert from 'node:assert/strict';
import { hover } from '../../../src/core/engine';
import type { FileHost } from '../../../src/core/config';

const TEXT = [
  'x-common: &common', // 1
  '  restart: unless-stopped', // 2
  'services:', // 3
  '  web:', // 4
  '    <<: *common', // 5
  '    image: nginx:${TAG:-1.27}', // 6
  '    ports:', // 7
  "      - '127.0.0.1:8080:80'", // 8
  '    depends_on:', // 9
  '      db:', // 10
  '        condition: service_healthy', // 11
  '    volumes:', // 12
  '      - data:/usr/share/nginx/html', // 13
  '    networks: [front]', // 14
  '  db:', // 15
  '    image: postgres:16', // 16
  '    healthcheck:', // 17
  '      test: ["CMD", "pg_isready"]', // 18
  '    environment:', // 19
  '      PGPASSWORD: ${PGPASSWORD}', // 20
  '    imagee: x', // 21
  'volumes:', // 22
  '  data: {}', // 23
  'networks:', // 24
  '  front:', // 25
  '    driver: bridge', // 26
  '',
].join('\n');

const host: FileHost = { readFile: (p) => (p === '/app/.env' ? 'PGPASSWORD=s3cret\n' : undefined) };

/** Hover at the first occurrence of `needle` on a 1-based line, `offset` characters into it. */
function at(line: number, needle: string, offset = 0) {
  const character = TEXT.split('\n')[line - 1].indexOf(needle) + offset;
  assert.ok(character >= offset, `"${needle}" not on line ${line}`);
  return hover({ text: TEXT, fileName: '/app/compose.yaml' }, { line: line - 1, character }, { host });
}

describe('compose hovers', () => {
  it('explains a key with the specification and a concept note, on the key range', () => {
    const h = at(7, 'ports', 1);
    assert.ok(h);
    assert.match(h.contents, /\*\*ports\*\* — `services\.web\.ports`/);
    assert.match(h.contents, /Expose container ports/);
    assert.match(h.contents, /every\*\* interface/);
    assert.match(h.contents, /services\/#ports/);
    assert.deepEqual(h.range, { start: { line: 6, character: 4 }, end: { line: 6, character: 9 } });
  });

  it('explains image vs build and reads the reference', () => {
    const h = at(16, 'postgres');
    assert.ok(h);
    assert.match(h.contents, /read-only template/);
    assert.match(h.contents, /Repository `postgres`, tag `16`/);
  });

  it('explains a service name, with what it runs', () => {
    const h = at(15, 'db');
    assert.ok(h);
    assert.match(h.contents, /Service `db` runs image `postgres:16`/);
    assert.match(h.contents, /set of identical containers/);
  });

  it('shows the definition of a service named in depends_on', () => {
    const h = at(10, 'db');
    assert.ok(h);
    assert.match(h.contents, /\*\*Service `db`\*\*, defined at line 15/);
    assert.match(h.contents, /```yaml\ndb:\n {2}image: postgres:16\n/);
  });

  it('shows the definition of a named volume and a network', () => {
    const v = at(13, 'data');
    assert.ok(v);
    assert.match(v.contents, /\*\*Volume `data`\*\*, declared at line 23/);
    const n = at(14, 'front');
    assert.ok(n);
    assert.match(n.contents, /\*\*Network `front`\*\*[\s\S]*driver: bridge/);
  });

  it('explains depends_on readiness and the condition values', () => {
    const key = at(9, 'depends_on');
    assert.ok(key);
    assert.match(key.contents, /start order\*\*, not readiness/);
    const value = at(11, 'service_healthy');
    assert.ok(value);
    assert.match(value.contents, /Allowed values: `service_started`, `service_healthy`, `service_completed_successfully`/);
  });

  it('shows a variable’s value from .env, or its default', () => {
    const set = at(20, 'PGPASSWORD}');
    assert.ok(set);
    assert.match(set.contents, /Value in `\.env`: `s3cret`/);
    const dflt = at(6, 'TAG');
    assert.ok(dflt);
    assert.match(dflt.contents, /the default `1\.27` applies/);
    assert.match(dflt.contents, /becomes `nginx:1\.27`/);
  });

  it('explains merge keys, aliases and extension blocks', () => {
    assert.match(at(5, '<<')?.contents ?? '', /merge key/);
    assert.match(at(5, '*common', 1)?.contents ?? '', /Anchor `&common` is at line 1/);
    assert.match(at(1, 'x-common')?.contents ?? '', /extension/);
  });

  it('says when a key is not part of the specification', () => {
    assert.match(at(21, 'imagee')?.contents ?? '', /Not a key of the Compose specification/);
  });

  it('returns nothing outside the document', () => {
    assert.equal(hover({ text: '# only a comment\n', fileName: 'compose.yaml' }, { line: 0, character: 3 }), null);
  });
});
