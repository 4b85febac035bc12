/**
 * Dockerfile hovers. The instruction under the cursor is found by binary search over offsets,
 * then its tokens are checked from the most specific (a variable inside a flag value) to the
 * least; Markdown is built only for the token hit, from the static tables in knowledge/.
 */
import type { LanguageContext } from '../language';
import { inlineCode } from '../text';
import type { HoverResult, Position, Range } from '../types';
import { splitImage } from './imageRef';
import type { Dockerfile, Flag, ImageRef, Instruction, KeyValue, Mount, Stage, Token, VariableRef } from './model';
import { predefinedArgDoc } from './knowledge/argDocs';
import { DIRECTIVE_DOCS, DIRECTIVES_DOC, HEREDOC_DOC } from './knowledge/directiveDocs';
import { entry, renderDoc, ref, type Doc } from './knowledge/doc';
import { FLAG_DOCS, MOUNT_TYPE_DOCS, VALUE_DOCS, mountOptionText } from './knowledge/flagDocs';
import {
  FROM_LINK, IMAGE_CONCEPT, PINNING_LINK, PINNING_TEXT, SCRATCH_TEXT, describeVariants, hubPage, pinningOf,
} from './knowledge/imageDocs';
import { AS_DOC, HEALTHCHECK_WORDS, INSTRUCTION_DOCS } from './knowledge/instructionDocs';
import { pragmaIdAt, pragmaHover } from './knowledge/ruleIds';
import { stageUsers, describeUse } from './knowledge/stageUses';

export function dockerfileHover(model: Dockerfile, position: Position, _context: LanguageContext): HoverResult | null {
  const offset = model.lines.offsetAt(position);
  for (const d of model.directives) if (inside(d.token, offset)) return directiveHover(d, offset);
  const comment = findComment(model, offset);
  if (comment) return commentHover(comment, offset);
  const ins = findInstruction(model.instructions, offset);
  return ins ? instructionHover(model, ins, offset) : null;
}

function inside(token: { start: number; end: number }, offset: number): boolean {
  return token.start <= offset && offset < token.end;
}

function hover(contents: string, range: Range): HoverResult {
  return { contents, range };
}

function line(token: { range: Range }): number {
  return token.range.start.line + 1;
}

/** Last item whose start is at or before the offset, by binary search (items sorted by start). */
function lastStartingAtOrBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? items[found] : undefined;
}

function findInstruction(instructions: readonly Instruction[], offset: number): Instruction | undefined {
  const ins = lastStartingAtOrBefore(instructions, offset, (i) => i.start);
  return ins && offset < ins.end ? ins : undefined;
}

/** Comments are in file order; one inside a continuation lies within its instruction, so they are searched first. */
function findComment(model: Dockerfile, offset: number): Token | undefined {
  const c = lastStartingAtOrBefore(model.comments, offset, (x) => x.token.start)?.token;
  return c && inside(c, offset) ? c : undefined;
}

// ---- directives and comments ----

function directiveHover(d: Dockerfile['directives'][number], offset: number): HoverResult | null {
  const doc = entry(DIRECTIVE_DOCS, d.name);
  if (d.name === 'check' && inside(d.valueToken, offset)) {
    const id = pragmaIdAt(d.token, offset);
    if (id) return hover(pragmaHover(id.id, 'file', 'buildkit'), id.range);
  }
  if (!doc) {
    return hover(renderDoc(DIRECTIVES_DOC, [`${inlineCode(d.name)} is not a directive BuildKit knows, so this line is an ordinary comment.`]), d.token.range);
  }
  const extra: string[] = [];
  if (inside(d.valueToken, offset)) {
    if (d.name === 'syntax') extra.push(syntaxValueText(d.value));
    if (d.name === 'escape') extra.push(d.value === '`' ? 'Here the escape character is the backtick, as in most Windows Dockerfiles.' : `Here the escape character is ${inlineCode(d.value)}.`);
    return hover(renderDoc(doc, extra), d.valueToken.range);
  }
  return hover(renderDoc(doc), inside(d.nameToken, offset) ? d.nameToken.range : d.token.range);
}

function syntaxValueText(value: string): string {
  const parts = splitImage(value);
  if (parts.digest) return `This file pins the frontend ${inlineCode(value)} by digest, so every build parses it the same way.`;
  if (!parts.tag || parts.tag === 'latest') return `${inlineCode(value)} has no version: the newest frontend is pulled, which can change behaviour between builds.`;
  if (/^\d+$/.test(parts.tag)) return `${inlineCode(value)} follows the newest ${parts.tag}.x release of the frontend.`;
  if (/labs/.test(parts.tag)) return `${inlineCode(value)} is a *labs* channel: it enables features not yet in the stable syntax.`;
  return `${inlineCode(value)} uses that exact frontend release.`;
}

/** Only suppression comments explain themselves: hovering a rule id tells what that rule checks. */
function commentHover(comment: Token, offset: number): HoverResult | null {
  const id = pragmaIdAt(comment, offset);
  return id ? hover(pragmaHover(id.id, id.scope, id.tool), id.range) : null;
}

// ---- instructions ----

function instructionHover(model: Dockerfile, outer: Instruction, offset: number): HoverResult | null {
  let ins = outer;
  if (ins.trigger && offset >= ins.trigger.keywordToken.start) ins = ins.trigger;
  if (inside(ins.keywordToken, offset)) return keywordHover(ins);
  for (const flag of ins.flags) {
    if (inside(flag.token, offset)) return flagHover(model, ins, flag, offset);
  }
  for (const h of ins.heredocs) {
    if (inside(h.marker, offset)) return hover(renderDoc(HEREDOC_DOC, [heredocDetail(h.delimiter, h.quoted, h.stripTabs)]), h.marker.range);
    if (h.terminator && inside(h.terminator, offset)) return hover(renderDoc(HEREDOC_DOC, [`This line closes the heredoc opened by ${inlineCode(h.marker.text)} on line ${line(h.marker)}.`]), h.terminator.range);
  }
  const variable = variableAt(model, ins, offset);
  if (variable) return variableHover(model, ins, variable);
  switch (ins.keyword) {
    case 'FROM':
      return fromArgsHover(model, ins, offset);
    case 'ARG':
    case 'ENV':
      return declarationHover(model, ins, offset);
    case 'HEALTHCHECK': {
      const first = ins.args[0];
      const doc = first && inside(first, offset) ? entry(HEALTHCHECK_WORDS, first.value.toUpperCase()) : undefined;
      return doc ? hover(renderDoc(doc), first.range) : null;
    }
    case 'EXPOSE':
      return exposeHover(ins, offset);
    case 'USER':
      return userHover(ins, offset);
  }
  return null;
}

function keywordHover(ins: Instruction): HoverResult {
  const doc = entry(INSTRUCTION_DOCS, ins.keyword);
  const extra: string[] = [];
  if (!doc) {
    return hover(
      `${inlineCode(ins.keywordToken.text)} is not a Dockerfile instruction, so the build stops here with an error.\n\nInstructions are FROM, RUN, CMD, LABEL, EXPOSE, ENV, ADD, COPY, ENTRYPOINT, VOLUME, USER, WORKDIR, ARG, ONBUILD, STOPSIGNAL, HEALTHCHECK and SHELL.\n\n[Dockerfile reference](${ref('overview')})`,
      ins.keywordToken.range,
    );
  }
  if (ins.parent) extra.push(`Here it is an \`ONBUILD\` trigger: it does not run in this build but in builds that use this image as their base.`);
  return hover(renderDoc(doc, extra), ins.keywordToken.range);
}

function heredocDetail(delimiter: string, quoted: boolean, stripTabs: boolean): string {
  const notes = [`This heredoc ends at the first line holding only ${inlineCode(delimiter)}.`];
  if (quoted) notes.push('Its delimiter is quoted, so variables in the body are not expanded.');
  if (stripTabs) notes.push('`<<-` strips leading tabs from each body line.');
  return notes.join(' ');
}

// ---- flags and --mount ----

function flagHover(model: Dockerfile, ins: Instruction, flag: Flag, offset: number): HoverResult | null {
  const key = `${ins.keyword} --${flag.name}`;
  const doc = entry(FLAG_DOCS, key);
  if (inside(flag.nameToken, offset) || !flag.value || !inside(flag.value, offset)) {
    if (!doc) return hover(unknownFlagText(ins, flag), flag.nameToken.range);
    return hover(renderDoc(doc), flag.nameToken.range);
  }
  const value = flag.value;
  const variable = variableAt(model, ins, offset);
  if (variable) return variableHover(model, ins, variable);
  if (flag.name === 'mount') {
    const mount = ins.mounts?.find((m) => m.flag === flag);
    if (mount) {
      const hit = mountHover(model, ins, mount, offset);
      if (hit) return hit;
    }
  }
  if (flag.name === 'from' && (ins.keyword === 'COPY' || ins.keyword === 'ADD')) return fromReference(model, ins, value.value, value);
  const values = entry(VALUE_DOCS, flag.name);
  const valueText = values && entry(values, value.value);
  if (doc && valueText) return hover(renderDoc({ ...doc, summary: valueText }), value.range);
  if (doc) return hover(renderDoc(doc, [`Value here: ${inlineCode(value.value)}.`]), value.range);
  return hover(unknownFlagText(ins, flag), value.range);
}

function unknownFlagText(ins: Instruction, flag: Flag): string {
  const accepted = Object.keys(FLAG_DOCS)
    .filter((k) => k.startsWith(ins.keyword + ' '))
    .map((k) => inlineCode(k.slice(ins.keyword.length + 1)));
  const other = Object.entries(FLAG_DOCS).find(([k]) => k.endsWith(' --' + flag.name));
  const parts = [
    `${inlineCode('--' + flag.name)} is not a flag ${inlineCode(ins.keyword)} accepts, so the build fails on this line.`,
    accepted.length ? `${inlineCode(ins.keyword)} accepts ${accepted.join(', ')}.` : `${inlineCode(ins.keyword)} takes no flags.`,
  ];
  if (other) parts.push(`${inlineCode('--' + flag.name)} belongs to ${inlineCode(other[0].split(' ')[0])}: ${other[1].summary}`);
  parts.push(entry(INSTRUCTION_DOCS, ins.keyword) ? `[Dockerfile reference: ${ins.keyword}](${ref(ins.keyword.toLowerCase())})` : `[Dockerfile reference](${ref('overview')})`);
  return parts.join('\n\n');
}

function mountHover(model: Dockerfile, ins: Instruction, mount: Mount, offset: number): HoverResult | null {
  for (const option of mount.options) {
    const onKey = inside(option.keyToken, offset);
    const onValue = !!option.value && inside(option.value, offset);
    if (!onKey && !onValue) continue;
    if (option.key === 'type' && onValue) {
      const doc = entry(MOUNT_TYPE_DOCS, mount.type);
      if (doc) return hover(renderDoc(doc), option.value!.range);
    }
    if (option.key === 'from' && onValue) return fromReference(model, ins, option.value!.value, option.value!);
    if (option.key === 'sharing' && onValue) {
      const text = entry(VALUE_DOCS.sharing, option.value!.value);
      if (text) return hover(renderDoc({ ...mountOptionText('sharing', mount.type)!.doc, summary: text }), option.value!.range);
    }
    const known = mountOptionText(option.key, mount.type);
    if (!known) {
      return hover(
        `${inlineCode(option.key)} is not a \`--mount\` option BuildKit knows, so the build fails on this line.\n\nOptions are type, target (dst, destination), source (src), from, ro (readonly), rw (readwrite), id, sharing, mode, uid, gid, required, size and env.\n\n[Dockerfile reference: RUN --mount](${ref('run---mount')})`,
        (onKey ? option.keyToken : option.value!).range,
      );
    }
    const extra: string[] = [];
    if (known.note) extra.push(`In this \`${mount.type}\` mount: ${known.note}`);
    else if (option.key !== 'type') extra.push(`This is a \`${mount.type}\` mount.`);
    if (onValue) extra.push(`Value here: ${inlineCode(option.value!.value)}.`);
    return hover(renderDoc(known.doc, extra), (onKey ? option.keyToken : option.value!).range);
  }
  return null;
}

// ---- stages and images ----

/** A `--from`/`from=` value: an earlier stage, or else an image. */
function fromReference(model: Dockerfile, ins: Instruction, value: string, token: Token): HoverResult {
  const expanded = value.includes('$') ? model.expand(value, ins) : value;
  const stage = expanded !== undefined ? model.stageByRef(expanded) : undefined;
  if (stage && stage.index !== ins.stage) return hover(stageText(model, stage, 'reference'), token.range);
  const parts = splitImage(expanded ?? value);
  const image: ImageRef = {
    token,
    resolved: expanded,
    registry: parts.registry,
    explicitRegistry: parts.explicitRegistry,
    repository: parts.repository,
    isScratch: (expanded ?? value) === 'scratch',
    usesVariables: value.includes('$'),
    ...(parts.tag !== undefined ? { tag: parts.tag } : {}),
    ...(parts.digest !== undefined ? { digest: parts.digest } : {}),
  };
  const lead = /^\d+$/.test(value)
    ? `${inlineCode(value)} names a stage by index, but there is no earlier stage ${value}.`
    : `${inlineCode(value)} is not the name of an earlier stage, so it is read as an image reference and pulled from its registry.`;
  return hover([lead, imageDetails(image).join('\n\n')].join('\n\n'), token.range);
}

function fromArgsHover(model: Dockerfile, ins: Instruction, offset: number): HoverResult | null {
  const stage = model.stages[ins.stage];
  const args = ins.args;
  if (args[1] && inside(args[1], offset) && args[1].value.toLowerCase() === 'as') return hover(renderDoc(AS_DOC), args[1].range);
  if (stage?.name && inside(stage.name, offset)) return hover(stageText(model, stage, 'definition'), stage.name.range);
  if (!stage || !inside(stage.image.token, offset)) return null;
  const image = stage.image;
  if (image.stageRef !== undefined) {
    const parent = model.stages[image.stageRef];
    return hover(stageText(model, parent, 'base'), image.token.range);
  }
  return hover(imageText(stage), image.token.range);
}

function imageText(stage: Stage): string {
  const image = stage.image;
  if (image.isScratch) {
    return renderDoc({ summary: SCRATCH_TEXT, concept: IMAGE_CONCEPT, link: FROM_LINK, linkTitle: 'Dockerfile reference: FROM' });
  }
  const name = stage.name ? ` ${inlineCode(stage.name.text)}` : '';
  const lead = `The base image of stage ${stage.index}${name}: every file of ${inlineCode(image.resolved ?? image.token.text)} becomes the bottom layers of this stage.`;
  return [lead, ...imageDetails(image)].join('\n\n');
}

function imageDetails(image: ImageRef): string[] {
  const written = image.token.text;
  const text = image.resolved ?? written;
  const out: string[] = [];
  if (image.usesVariables) {
    out.push(
      image.resolved !== undefined
        ? `It uses variables; with the ARG defaults it is ${inlineCode(image.resolved)}.`
        : 'It uses variables whose values are only known when the build runs (`--build-arg`), so the parts below are read from the text as written.',
    );
  }
  const hubOfficial = image.repository.startsWith('library/');
  const rows = [
    `- **Registry:** ${inlineCode(image.registry)}${image.explicitRegistry ? '' : ' (Docker Hub, used when no registry is written)'}`,
    `- **Repository:** ${inlineCode(image.repository)}${hubOfficial && !image.explicitRegistry ? ' (a Docker Official Image)' : ''}`,
    `- **Tag:** ${image.tag !== undefined ? inlineCode(image.tag) : image.digest ? '(none; the digest decides)' : '(none, so `latest`)'}`,
  ];
  if (image.digest) rows.push(`- **Digest:** ${inlineCode(image.digest)}`);
  out.push(rows.join('\n'));
  out.push(PINNING_TEXT[pinningOf(image.tag, image.digest)]);
  const variants = describeVariants(image.repository, image.tag);
  if (variants.length) out.push(variants.map((v) => '- ' + v).join('\n'));
  out.push(`*Concept:* ${IMAGE_CONCEPT}`);
  const links = [`[Dockerfile reference: FROM](${FROM_LINK})`, `[Pinning base images](${PINNING_LINK})`];
  const hub = image.usesVariables && image.resolved === undefined ? undefined : hubPage(image.registry, image.repository);
  if (hub) links.unshift(`[${text.length > 60 ? 'Docker Hub page' : escapeLinkText(image.repository)} on Docker Hub](${hub})`);
  out.push(links.join(' · '));
  return out;
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]()`*_]/g, (c) => '\\' + c);
}

function stageText(model: Dockerfile, stage: Stage, role: 'definition' | 'reference' | 'base'): string {
  const label = stage.name ? `${inlineCode(stage.name.text)} (stage ${stage.index})` : `stage ${stage.index}`;
  const final = stage.index === model.stages.length - 1;
  const base = stage.image.stageRef !== undefined ? `stage ${inlineCode(model.stages[stage.image.stageRef]?.name?.text ?? String(stage.image.stageRef))}` : inlineCode(stage.image.resolved ?? stage.image.token.text);
  const lead =
    role === 'definition'
      ? `This names build stage ${label}, which starts from ${base}.`
      : role === 'base'
        ? `This stage builds on the earlier build stage ${label}: it starts with all of that stage's files, environment and settings.`
        : `This refers to the earlier build stage ${label}, defined on line ${line(stage.from.keywordToken)}.`;
  const users = stageUsers(model, stage);
  const details: string[] = [];
  details.push(
    users.length
      ? `Used by:\n${users.slice(0, 12).map((u) => `- ${describeUse(model, u)}`).join('\n')}${users.length > 12 ? `\n- … and ${users.length - 12} more` : ''}`
      : final
        ? 'No other instruction uses it.'
        : 'No later instruction uses it: unless you build it with `--target`, BuildKit skips it entirely.',
  );
  details.push(final ? 'It is the final stage, so it is the image `docker build` produces.' : 'Only what later stages copy from it reaches the final image; everything else is left behind.');
  return renderDoc({ ...AS_DOC, summary: lead }, details);
}

// ---- variables ----

function variableAt(model: Dockerfile, ins: Instruction, offset: number): VariableRef | undefined {
  // Instructions without `$` need no scan.
  if (ins.argsText.indexOf('$') < 0 && !ins.flags.some((f) => f.value?.text.includes('$'))) return undefined;
  let best: VariableRef | undefined;
  for (const v of model.variables(ins)) {
    if (inside(v.token, offset) && (!best || v.token.end - v.token.start < best.token.end - best.token.start)) best = v;
  }
  return best;
}

interface Definition {
  kind: 'ARG' | 'ENV';
  pair: KeyValue;
  instruction: Instruction;
  global: boolean;
  /** Stage index the definition belongs to (-1 for global ARGs). */
  stage: number;
}

/** Declarations of `name` visible at `at`, nearest first. */
function definitionsOf(model: Dockerfile, name: string, at: Instruction): Definition[] {
  const out: Definition[] = [];
  const anchor = at.parent ?? at;
  const globals = (before: number) => {
    for (let i = model.globalArgs.length - 1; i >= 0; i--) {
      const g = model.globalArgs[i];
      if (g.name !== name || g.instruction.start >= before) continue;
      const pair = g.instruction.pairs?.find((p) => p.key === g.token);
      if (pair) out.push({ kind: 'ARG', pair, instruction: g.instruction, global: true, stage: -1 });
    }
  };
  if (anchor.keyword === 'FROM' || anchor.stage < 0) {
    globals(anchor.start);
    return out;
  }
  let stage: Stage | undefined = model.stages[anchor.stage];
  let limit = anchor.start;
  let own = true;
  let redeclared = false;
  for (let depth = 0; stage && depth < 64; depth++) {
    const list = stage.instructions;
    for (let i = list.length - 1; i >= 0; i--) {
      const ins = list[i];
      if (ins.start >= limit || (ins.keyword !== 'ENV' && (ins.keyword !== 'ARG' || !own)) || !ins.pairs) continue;
      for (const pair of ins.pairs) {
        if (pair.key.value !== name) continue;
        out.push({ kind: ins.keyword as 'ARG' | 'ENV', pair, instruction: ins, global: false, stage: stage.index });
        if (ins.keyword === 'ARG' && !pair.value) redeclared = true;
      }
    }
    const parent: number | undefined = stage.image.stageRef;
    if (parent === undefined || parent >= stage.index) break;
    stage = model.stages[parent];
    limit = Infinity;
    own = false;
  }
  if (redeclared) globals(Infinity);
  return out;
}

const OPERATORS: Readonly<Record<string, string>> = {
  ':-': 'uses the word after `:-` when the variable is unset or empty',
  '-': 'uses the word after `-` when the variable is unset (an empty value is kept)',
  ':+': 'gives the word after `:+` when the variable is set and not empty, and nothing otherwise',
  '+': 'gives the word after `+` when the variable is set (even empty), and nothing otherwise',
  ':?': 'fails the build with the given message when the variable is unset or empty',
  '?': 'fails the build with the given message when the variable is unset',
  '#': 'removes the shortest match of the pattern from the start of the value',
  '##': 'removes the longest match of the pattern from the start of the value',
  '%': 'removes the shortest match of the pattern from the end of the value',
  '%%': 'removes the longest match of the pattern from the end of the value',
  '/': 'replaces the first match of the pattern with the replacement (`${X/pattern/replacement}`)',
  '//': 'replaces every match of the pattern with the replacement',
};

const SHELL_EXPANDED = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

function variableHover(model: Dockerfile, ins: Instruction, v: VariableRef): HoverResult {
  const name = v.name;
  const defs = definitionsOf(model, name, ins);
  const predefined = predefinedArgDoc(name);
  const shellForm = SHELL_EXPANDED.has(ins.keyword) && ins.form !== 'exec';
  const nearest = defs[0];
  let lead: string;
  if (nearest) {
    const where = nearest.global ? 'a global `ARG` (before the first `FROM`)' : nearest.stage === ins.stage ? `\`${nearest.kind}\`` : `\`${nearest.kind}\` in the parent stage ${nearest.stage}`;
    lead = `${inlineCode('$' + name)} is ${nearest.kind === 'ENV' ? 'an environment variable' : 'a build argument'} set by ${where} on line ${line(nearest.instruction.keywordToken)}.`;
  } else if (predefined) {
    lead = `${inlineCode('$' + name)} is a predefined build argument: ${lowerFirst(predefined.summary)}`;
  } else if (shellForm) {
    lead = `${inlineCode('$' + name)} is not set by any \`ARG\` or \`ENV\` visible here; the shell expands it when the command runs, from the environment of the base image or the shell itself.`;
  } else {
    lead = `${inlineCode('$' + name)} is not declared with \`ARG\` or \`ENV\` before this line, so it expands to an empty string unless the base image's environment sets it.`;
  }
  const details: string[] = [];
  if (defs.length) {
    details.push(
      'Defined:\n' +
        defs
          .slice(0, 8)
          .map((d) => {
            const value = d.pair.value ? `${d.kind === 'ARG' ? 'default' : 'value'} ${inlineCode(d.pair.value.value)}` : d.kind === 'ARG' ? 'no default' : 'empty';
            return `- line ${line(d.instruction.keywordToken)}: \`${d.kind}\`${d.global ? ' (global)' : ''}, ${value}`;
          })
          .join('\n'),
    );
  }
  const globalOnly = !nearest && model.globalArgs.some((g) => g.name === name) && ins.keyword !== 'FROM' && ins.stage >= 0;
  if (globalOnly) {
    details.push(`A global ${inlineCode('ARG ' + name)} exists, but global ARGs are visible only in \`FROM\` lines: add ${inlineCode('ARG ' + name)} inside this stage to use it here.`);
  }
  const value = model.valueOf(name, ins);
  if (value !== undefined) details.push(`Value in this stage: ${value === '' ? 'empty' : inlineCode(value)}${nearest?.kind === 'ARG' ? ' (unless overridden with `--build-arg`)' : ''}.`);
  else if (nearest || predefined) details.push('Its value is decided when the build runs (`--build-arg`, the platform, or the base image), so it is not known from the file alone.');
  if (v.operator) {
    const what = OPERATORS[v.operator];
    if (what) details.push(`${inlineCode(v.token.text)} ${what}.`);
    const result = model.expand(v.token.text, ins);
    if (result !== undefined) details.push(`Here it evaluates to ${result === '' ? 'an empty string' : inlineCode(result)}.`);
  }
  if (shellForm) details.push('In a shell-form command the shell, not BuildKit, expands the variable when the command runs; ARG and ENV values are in its environment.');
  else if (ins.keyword === 'FROM') details.push('In `FROM`, only global ARGs (declared before the first `FROM`) are visible.');
  const link = predefined && !nearest ? predefined.link : ref('environment-replacement');
  const linkTitle = predefined && !nearest ? predefined.linkTitle ?? 'Dockerfile reference' : 'Dockerfile reference: variables';
  const doc: Doc = { summary: lead, link, linkTitle };
  if (predefined && nearest) details.push(`It is also a predefined build argument: ${lowerFirst(predefined.summary)}`);
  return hover(renderDoc(doc, details), v.token.range);
}

function lowerFirst(text: string): string {
  return text.startsWith('`') ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The name of an ARG or ENV pair. */
function declarationHover(model: Dockerfile, ins: Instruction, offset: number): HoverResult | null {
  const pair = ins.pairs?.find((p) => inside(p.key, offset));
  if (!pair) return null;
  const name = pair.key.value;
  const details: string[] = [];
  const predefined = ins.keyword === 'ARG' ? predefinedArgDoc(name) : undefined;
  let lead: string;
  if (ins.keyword === 'ENV') {
    lead = `${inlineCode(name)} becomes an environment variable of every later instruction in this stage and of containers started from the image.`;
    if (pair.value) details.push(`Value: ${inlineCode(pair.value.value)}${pair.value.value.includes('$') ? ` (expands to ${valueOrUnknown(model.expand(pair.value.text, ins))})` : ''}.`);
  } else if (predefined) {
    lead = pair.value
      ? `${inlineCode(name)} is a predefined build argument, given a default of its own here: ${lowerFirst(predefined.summary)}`
      : `This makes the predefined build argument ${inlineCode(name)} visible in this stage: ${lowerFirst(predefined.summary)}`;
  } else if (ins.stage < 0) {
    lead = `${inlineCode(name)} is a global build argument: \`FROM\` lines can use it, and a stage sees it after declaring ${inlineCode('ARG ' + name)}.`;
  } else {
    lead = `${inlineCode(name)} is a build argument of this stage, set with ${inlineCode(`docker build --build-arg ${name}=<value>`)}.`;
  }
  if (ins.keyword === 'ARG') {
    if (pair.value) details.push(`Default: ${inlineCode(pair.value.value)}.`);
    else if (ins.stage >= 0 && model.globalArgs.some((g) => g.name === name)) details.push('No default here, so it takes the default of the global `ARG` with the same name.');
    else if (!predefined) details.push('No default: it is empty unless the build passes a value.');
    const value = model.valueOf(name, nextInstruction(model, ins) ?? ins);
    if (value !== undefined && ins.stage >= 0) details.push(`Value after this line: ${value === '' ? 'empty' : inlineCode(value)}.`);
  }
  const uses = usesOf(model, ins, name);
  if (uses.length) details.push(`Used on line${uses.length > 1 ? 's' : ''} ${uses.slice(0, 15).join(', ')}${uses.length > 15 ? ', …' : ''}.`);
  else details.push('Not used by a later instruction of this file.');
  if (ins.keyword === 'ENV') details.push('ENV values are stored in the image and visible with `docker inspect`: never put secrets in them.');
  const doc = predefined && !pair.value ? predefined : INSTRUCTION_DOCS[ins.keyword === 'ENV' ? 'ENV' : 'ARG'];
  return hover(renderDoc({ ...doc, summary: lead }, details), pair.key.range);
}

function valueOrUnknown(v: string | undefined): string {
  return v === undefined ? 'a value known only at build time' : v === '' ? 'an empty string' : inlineCode(v);
}

function nextInstruction(model: Dockerfile, ins: Instruction): Instruction | undefined {
  const stage = model.stages[ins.stage];
  if (!stage) return undefined;
  const i = stage.instructions.indexOf(ins);
  return i >= 0 ? stage.instructions[i + 1] : undefined;
}

/** Lines of later instructions that reference `name` where this declaration is in scope. */
function usesOf(model: Dockerfile, decl: Instruction, name: string): number[] {
  const out: number[] = [];
  const scan = (list: readonly Instruction[]) => {
    for (const ins of list) {
      if (ins.start <= decl.start) continue;
      if (ins.argsText.indexOf(name) < 0 && !ins.flags.some((f) => f.value?.text.includes(name))) continue;
      if (model.variables(ins).some((v) => v.name === name)) out.push(line(ins.keywordToken));
    }
  };
  if (decl.stage < 0) scan(model.stages.map((s) => s.from));
  else {
    const stage = model.stages[decl.stage];
    if (stage) scan(stage.instructions);
    if (decl.keyword === 'ENV') for (const s of model.stages) if (s.image.stageRef === decl.stage) scan(s.instructions);
  }
  return out;
}

// ---- other arguments ----

function exposeHover(ins: Instruction, offset: number): HoverResult | null {
  const word = ins.args.find((a) => inside(a, offset));
  if (!word) return null;
  const [port, proto = 'tcp'] = word.value.split('/');
  // The protocol is the file's text: only a known one is printed bare, anything else stays inside a code span.
  const protocol = /^(tcp|udp|sctp)$/i.test(proto) ? proto.toUpperCase() : inlineCode(proto);
  const summary = `The container listens on ${protocol} port ${inlineCode(port)}; \`EXPOSE\` records this but does not publish it.`;
  return hover(renderDoc({ ...INSTRUCTION_DOCS.EXPOSE, summary }, [`Publish it at run time with ${inlineCode(`docker run -p <host-port>:${port}`)} or \`ports:\` in Compose.`]), word.range);
}

function userHover(ins: Instruction, offset: number): HoverResult | null {
  const word = ins.args[0];
  if (!word || !inside(word, offset)) return null;
  const [user, group] = word.value.split(':');
  const root = user === 'root' || user === '0';
  const summary = root
    ? 'Later steps and the container run as root, the most privileged user.'
    : `Later steps and the container run as ${inlineCode(user)}${group ? ` in group ${inlineCode(group)}` : ''}.`;
  const extra = root ? ['If the image must run as root, say so in a comment; otherwise switch to an unprivileged user before the end of the final stage.'] : [];
  return hover(renderDoc({ ...INSTRUCTION_DOCS.USER, summary }, extra), word.range);
}
