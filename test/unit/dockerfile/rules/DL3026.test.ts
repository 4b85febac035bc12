import { ruleTester } from '../../ruleTester';

const trust = (...registries: string[]) => (c: { dockerfile: { trustedRegistries: string[] } }) => {
  c.dockerfile.trustedRegistries = registries;
};

ruleTester('DL3026', 'dockerfile', {
  valid: [
    { name: 'off without a list', code: 'FROM evil.example.com/x:1\n' },
    { name: 'trusted registry', code: 'FROM registry.corp.local/base:1\n', config: trust('registry.corp.local') },
    { name: 'Docker Hub by its other name', code: 'FROM debian:12\n', config: trust('hub.docker.com') },
    { name: 'suffix wildcard', code: 'FROM eu.mirror.corp.com/base:1\n', config: trust('*.corp.com') },
    { name: 'prefix wildcard', code: 'FROM mirror-eu.io/base:1\n', config: trust('mirror-*') },
    { name: 'scratch and stage aliases', code: 'FROM scratch AS a\nFROM a\n', config: trust('my.registry') },
    { name: 'variable with unknown value', code: 'ARG BASE\nFROM ${BASE}\n', config: trust('my.registry') },
    { name: 'COPY --from a stage', code: 'FROM my.registry/a:1 AS a\nFROM my.registry/b:1\nCOPY --from=a /x /x\n', config: trust('my.registry') },
  ],
  invalid: [
    {
      name: 'Docker Hub image when only a private registry is trusted',
      code: 'FROM debian:12\n',
      config: trust('my.registry'),
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 15, message: 'docker.io' }],
    },
    {
      name: 'explicit registry marked',
      code: 'FROM quay.io/org/app:1\n',
      config: trust('my.registry'),
      errors: [{ line: 1, column: 6, endColumn: 13, message: 'quay.io' }],
    },
    {
      name: 'ARG default resolved',
      code: 'ARG REG=quay.io\nFROM ${REG}/org/app:1\n',
      config: trust('my.registry'),
      errors: [{ line: 2, column: 6 }],
    },
    {
      name: 'COPY --from an image and a cache mount from an image',
      code: 'FROM my.registry/a:1\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nRUN --mount=type=cache,from=quay.io/x/cache:1,target=/c true\n',
      config: trust('my.registry'),
      errors: [{ line: 2, column: 13, endColumn: 23 }, { line: 3, column: 29, endColumn: 46 }],
    },
  ],
});
