import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const py = (...lines: string[]): string => dockerfile('FROM python:3.12', ...lines);

ruleTester('DL3042', 'dockerfile', {
  valid: [
    py('RUN pip install --no-cache-dir flask==3.0.0'),
    { name: 'option after the packages', code: py('RUN pip3 install -r requirements.txt --no-cache-dir') },
    { name: 'ENV PIP_NO_CACHE_DIR', code: py('ENV PIP_NO_CACHE_DIR=1', 'RUN pip install flask==3.0.0') },
    { name: 'ENV in the parent stage', code: dockerfile('FROM python:3.12 AS base', 'ENV PIP_NO_CACHE_DIR=true', 'FROM base', 'RUN pip install flask==3.0.0') },
    { name: 'assignment on the command', code: py('RUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.0') },
    { name: 'exported in the RUN', code: py('RUN export PIP_NO_CACHE_DIR=on && pip install flask==3.0.0') },
    { name: 'cache mount on the pip cache', code: py('RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.0') },
    { name: 'pipx has no cache to disable', code: py('RUN pipx install black==24.1.0') },
    { name: 'not an install', code: py('RUN pip freeze') },
  ],
  invalid: [
    {
      name: 'missing',
      code: py('RUN pip install flask==3.0.0'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 8, message: 'Add `--no-cache-dir` to `pip install`' }],
      output: py('RUN pip install --no-cache-dir flask==3.0.0'),
    },
    {
      name: 'python -m pip',
      code: py('RUN python -m pip install -r requirements.txt'),
      errors: [{ line: 2, column: 5, endColumn: 11, message: '`python -m pip install`' }],
      output: py('RUN python -m pip install --no-cache-dir -r requirements.txt'),
    },
    {
      name: 'a falsy ENV does not disable the cache',
      code: py('ENV PIP_NO_CACHE_DIR=0', 'RUN pip install flask==3.0.0'),
      errors: [{ line: 3, column: 5, endColumn: 8 }],
    },
    {
      name: 'a cache mount elsewhere, in a heredoc',
      code: py('RUN --mount=type=cache,target=/root/.npm <<EOF', 'pip3 install flask==3.0.0', 'EOF'),
      errors: [{ line: 3, column: 1, endColumn: 5 }],
      output: py('RUN --mount=type=cache,target=/root/.npm <<EOF', 'pip3 install --no-cache-dir flask==3.0.0', 'EOF'),
    },
  ],
});
