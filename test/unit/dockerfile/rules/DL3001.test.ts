import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL3001', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'RUN apt-get install -y vim=2:9.0'),
    { name: 'package names are arguments, not commands', code: dockerfile('FROM debian:12', 'RUN apk add --no-cache openssh-client=9.6 procps=4.0') },
    { name: 'similar names', code: dockerfile('FROM debian:12', 'RUN ssh-keygen -A && pkill -0 x || true') },
    { name: 'in CMD, not RUN', code: dockerfile('FROM debian:12', 'CMD service nginx start') },
  ],
  invalid: [
    {
      name: 'service',
      code: dockerfile('FROM debian:12', 'RUN service nginx start'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 12, message: '`service` makes no sense in an image build' }],
    },
    {
      name: 'several, chained, nested and behind sudo',
      code: dockerfile('FROM debian:12', 'RUN ps aux | grep x && sudo kill 1 && sh -c "top -b -n1"'),
      errors: [
        { line: 2, column: 5, endColumn: 7, message: '`ps`' },
        { line: 2, column: 29, endColumn: 33, message: '`kill`' },
        { line: 2, column: 46, endColumn: 49, message: '`top`' },
      ],
    },
    {
      name: 'ssh, vim, mount, free, shutdown and ifconfig',
      code: dockerfile('FROM debian:12', 'RUN ssh host; vim x; mount -a; free -m; shutdown now; ifconfig'),
      errors: [
        { line: 2, column: 5, endColumn: 8 },
        { line: 2, column: 15, endColumn: 18 },
        { line: 2, column: 22, endColumn: 27 },
        { line: 2, column: 32, endColumn: 36 },
        { line: 2, column: 41, endColumn: 49 },
        { line: 2, column: 55, endColumn: 63 },
      ],
    },
    {
      name: 'ONBUILD RUN',
      code: dockerfile('FROM debian:12', 'ONBUILD RUN service ssh start'),
      errors: [{ line: 2, column: 13, endColumn: 20 }],
    },
  ],
});
