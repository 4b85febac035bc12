import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const py = (run: string): string => dockerfile('FROM python:3.12', run);

ruleTester('DL3013', 'dockerfile', {
  valid: [
    py('RUN pip install --no-cache-dir flask==3.0.0'),
    { name: 'every specifier', code: py("RUN pip install 'a>=1' 'b<=2' 'c~=1.4' 'd!=1.1' 'e===1.0' 'f>1' 'g<2'") },
    { name: 'extras with a version', code: py("RUN pip install 'requests[security]==2.31.0'") },
    { name: 'requirements file', code: py('RUN pip install -r requirements.txt') },
    { name: 'long requirement option', code: py('RUN pip install --requirement=requirements.txt flask') },
    { name: 'constraints file', code: py('RUN pip install -c constraints.txt flask') },
    { name: 'the project itself', code: py('RUN pip install .') },
    { name: 'local wheel and sdist', code: py('RUN pip install dist/app-1.0-py3-none-any.whl app-1.0.tar.gz') },
    { name: 'local path', code: py('RUN pip install ./libs/app') },
    { name: 'VCS URL with a ref', code: py('RUN pip install git+https://github.com/org/repo.git@v1.2.0#egg=repo') },
    { name: 'values of options are not packages', code: py('RUN pip install -i https://pypi.example/simple --extra-index-url https://x --target /opt/x --root-user-action ignore --python /usr/bin/python3 flask==3.0') },
    { name: 'editable value', code: py('RUN pip install -e ./src') },
    { name: 'pipenv is not pip', code: py('RUN pipenv install flask') },
    { name: 'pip download is not install', code: py('RUN pip download flask') },
    { name: 'ARG default pins', code: dockerfile('FROM python:3.12', 'ARG FLASK=flask==3.0.0', 'RUN pip install $FLASK') },
    { name: 'variable without default', code: dockerfile('FROM python:3.12', 'ARG PKGS', 'RUN pip install ${PKGS}') },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: py('RUN pip install flask'),
      errors: [{ line: 2, column: 17, endLine: 2, endColumn: 22, message: 'Pin the version of `flask` (pip install flask==<version>)' }],
      output: null,
    },
    {
      name: 'pip3.12 with flags and a pinned neighbour',
      code: py('RUN pip3.12 install --no-cache-dir -U requests==2.31.0 flask'),
      errors: [{ line: 2, column: 56, endColumn: 61, message: '`flask`' }],
    },
    {
      name: 'python -m pip, global options first',
      code: py('RUN python3 -m pip --disable-pip-version-check install --upgrade pip'),
      errors: [{ line: 2, column: 66, endColumn: 69, message: '`pip`' }],
    },
    {
      name: 'extras without a version',
      code: py("RUN pip install 'uvicorn[standard]'"),
      errors: [{ line: 2, column: 17, endColumn: 36 }],
    },
    {
      name: 'VCS URL without a ref',
      code: py('RUN pip install git+https://github.com/org/repo.git'),
      errors: [{ line: 2, column: 17, endColumn: 52 }],
    },
    {
      name: 'pipx install',
      code: py('RUN pipx install black'),
      errors: [{ line: 2, column: 18, endColumn: 23, message: 'pipx install black==<version>' }],
    },
    {
      name: 'ARG default resolved, ONBUILD',
      code: dockerfile('FROM python:3.12', 'ARG TOOLS="black ruff==0.4.0"', 'ONBUILD RUN pip install $TOOLS'),
      errors: [{ line: 3, column: 25, endColumn: 31, message: '`black`' }],
    },
  ],
});
