import { ruleTester } from '../../ruleTester';

ruleTester('service-image-require-explicit-tag', 'compose', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27.2\n',
    { name: 'registry with a port and a tag', code: 'services:\n  web:\n    image: registry.local:5000/team/web:2024.06\n' },
    { name: 'pinned by digest', code: 'services:\n  web:\n    image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { name: 'default supplies a version', code: 'services:\n  web:\n    image: nginx:${NGINX_TAG:-1.27}\n' },
    { name: 'a tag from a variable the editor cannot see', code: 'services:\n  web:\n    image: ${REGISTRY}/web:${TAG}\n' },
    { name: 'value from .env', code: 'services:\n  web:\n    image: ${IMAGE}\n', fileName: '/p/compose.yaml', host: { readFile: (p) => (p === '/p/.env' ? 'IMAGE=web:3.1\n' : undefined) } },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx\n',
      errors: [{ line: 3, column: 12, endColumn: 17, message: 'no tag, which means "latest"' }],
      output: null,
    },
    { name: 'latest', code: 'services:\n  web:\n    image: "nginx:latest"\n', errors: [{ line: 3, column: 12, endColumn: 26, message: '"latest"' }] },
    { name: 'registry port is not a tag', code: 'services:\n  web:\n    image: registry.local:5000/web\n', errors: [{ line: 3, column: 12 }] },
    { name: 'moving tag reached through interpolation', code: 'services:\n  web:\n    image: redis:${TAG:-stable}\n', errors: [{ line: 3, column: 12, message: '"stable"' }] },
  ],
});
