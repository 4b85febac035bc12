import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL4005', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'SHELL ["/bin/bash", "-c"]', 'RUN echo hi'),
    { name: 'other links', code: dockerfile('FROM debian:12', 'RUN ln -sf /usr/bin/python3 /usr/bin/python') },
    { name: '/bin/sh as argument of another command', code: dockerfile('FROM debian:12', 'RUN cp /bin/sh /tmp/sh') },
  ],
  invalid: [
    {
      name: 'relink /bin/sh',
      code: dockerfile('FROM debian:12', 'RUN ln -sf /bin/bash /bin/sh'),
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 29, message: 'Use the SHELL instruction instead of linking `/bin/sh`' }],
      output: null,
    },
    {
      name: 'ONBUILD, after rm',
      code: dockerfile('FROM debian:12', 'ONBUILD RUN rm /bin/sh && ln -s /bin/bash /bin/sh'),
      errors: [{ line: 2, column: 43, endColumn: 50 }],
    },
  ],
});
