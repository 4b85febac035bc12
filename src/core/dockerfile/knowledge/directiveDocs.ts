/** Parser directives and heredocs: syntax the parser reads before or around instructions. */
import { ref, type Doc } from './doc';

export const DIRECTIVE_DOCS: Readonly<Record<string, Doc>> = {
  syntax: {
    summary: '`# syntax=<image>` chooses the Dockerfile frontend (the parser and its features) BuildKit uses for this file.',
    details: [
      '`# syntax=docker/dockerfile:1` always uses the latest stable 1.x syntax, so new features (heredocs, `COPY --link`, `--exclude`...) work even with an older Docker engine. Pin an exact version (`docker/dockerfile:1.7`) or digest for fully reproducible builds.',
      'Parser directives must be the very first lines of the file, before any comment, blank line or instruction; elsewhere they are plain comments.',
    ],
    link: ref('syntax'),
  },
  escape: {
    summary: '`# escape=<char>` sets the character that escapes and continues lines: `\\` (the default) or a backtick.',
    details: [
      'Windows Dockerfiles use ``# escape=` `` so that paths such as `C:\\app\\bin` need no doubling; with it, a backtick at the end of a line continues the instruction.',
    ],
    link: ref('escape'),
  },
  check: {
    summary: '`# check=<options>` configures BuildKit\'s build checks for this file.',
    details: [
      '`skip=<Check1,Check2|all>` turns checks off, `error=true` makes warnings fail the build, `experimental=<checks|all>` enables experimental checks; separate options with `;`. Infra Coach honours `skip` for its rules with the same names.',
    ],
    link: ref('check'),
  },
};

export const DIRECTIVES_DOC: Doc = {
  summary: 'Parser directives are special comments at the top of the file that change how the whole Dockerfile is read.',
  details: ['The known directives are `syntax`, `escape` and `check`; an unknown one is treated as a comment.'],
  link: ref('parser-directives'),
};

export const HEREDOC_DOC: Doc = {
  summary: 'A heredoc (`<<EOF` ... `EOF`) writes a multi-line script or file inline in the Dockerfile.',
  details: [
    '`RUN <<EOF` runs the lines up to the closing `EOF` as one script in one layer, without `&& \\` on every line; a first line such as `#!/usr/bin/env python3`, or `RUN <<EOF bash`, picks the interpreter. `COPY <<EOF /path` creates the file `/path` with that content.',
    '`<<-EOF` strips leading tabs from the body. With a quoted delimiter (`<<"EOF"` or `<<\'EOF\'`) variables in the body are left alone; otherwise they are expanded. One instruction may open several heredocs.',
  ],
  link: ref('here-documents'),
};
