/**
 * "Explain this file" for a Dockerfile: the stages and what each starts from, what reaches the
 * final image, how its containers run, and the findings that matter most, with why.
 */
import type { LanguageContext } from '../language';
import { escapeMarkdown, inlineCode, messageMarkdown } from '../text';
import type { LintDiagnostic, Severity } from '../types';
import type { Dockerfile, Instruction, Stage } from './model';
import { describeVariants, pinningOf, type Pinning } from './knowledge/imageDocs';
import { ruleMeta } from './knowledge/ruleIds';
import { stageUsers } from './knowledge/stageUses';

const PIN_SHORT: Readonly<Record<Pinning, string>> = {
  digest: 'pinned by digest (exact bytes)',
  version: 'pinned to a version tag (the tag could still be re-pushed; a digest would fix the bytes)',
  floating: 'a moving tag: new releases change it between builds',
  latest: 'the moving `latest` tag: builds are not reproducible',
  untagged: 'no tag, so `latest`: builds are not reproducible',
};

function lineOf(ins: Instruction): number {
  return ins.keywordToken.range.start.line + 1;
}

function stageLabel(stage: Stage): string {
  return stage.name ? `stage ${stage.index} (${inlineCode(stage.name.text)})` : `stage ${stage.index}`;
}

/** The stage and its in-file ancestors through `FROM <stage>`, root first. */
function chainOf(model: Dockerfile, stage: Stage): Stage[] {
  const chain: Stage[] = [stage];
  let s: Stage | undefined = stage;
  for (let depth = 0; s && depth < 64; depth++) {
    const parent: number | undefined = s.image.stageRef;
    if (parent === undefined || parent >= s.index) break;
    s = model.stages[parent];
    if (s) chain.unshift(s);
  }
  return chain;
}

function baseText(model: Dockerfile, stage: Stage): string {
  const image = stage.image;
  if (image.stageRef !== undefined) return `builds on ${stageLabel(model.stages[image.stageRef])}, inheriting its files and settings`;
  if (image.isScratch) return 'starts from `scratch`, the empty image: only what the stage adds will be in it';
  const written = inlineCode(image.token.text);
  const resolved = image.usesVariables
    ? image.resolved !== undefined
      ? ` (${inlineCode(image.resolved)} with the ARG defaults)`
      : ' (its value comes from build arguments without defaults)'
    : '';
  const pin = image.usesVariables && image.resolved === undefined ? 'pinning unknown until build time' : PIN_SHORT[pinningOf(image.tag, image.digest)];
  const variant = describeVariants(image.repository, image.tag)[0];
  const variantName = variant ? `; variant ${variant.slice(0, variant.indexOf(':'))}` : '';
  return `starts from ${written}${resolved}: ${pin}${variantName}`;
}

function last(instructions: readonly Instruction[], keyword: string): Instruction | undefined {
  for (let i = instructions.length - 1; i >= 0; i--) if (instructions[i].keyword === keyword) return instructions[i];
  return undefined;
}

function all(instructions: readonly Instruction[], keyword: string): Instruction[] {
  return instructions.filter((i) => i.keyword === keyword);
}

function commandText(ins: Instruction): string {
  if (ins.form === 'exec') return `${inlineCode(JSON.stringify(ins.args.map((a) => a.value)))} (line ${lineOf(ins)})`;
  const text = ins.argsText.replace(/\s+/g, ' ').trim();
  return `${inlineCode(text.length > 120 ? text.slice(0, 117) + '…' : text)} (line ${lineOf(ins)}, shell form: run by \`/bin/sh -c\`)`;
}

function copyFromEdges(model: Dockerfile, into: Stage): { ins: Instruction; from: string; stage?: Stage }[] {
  const out: { ins: Instruction; from: string; stage?: Stage }[] = [];
  for (const ins of into.instructions) {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
    const flag = ins.flags.find((f) => f.name === 'from');
    if (!flag?.value) continue;
    const value = flag.value.value;
    const expanded = value.includes('$') ? model.expand(value, ins) : value;
    const stage = expanded !== undefined ? model.stageByRef(expanded) : undefined;
    out.push({ ins, from: value, ...(stage && stage.index < into.index ? { stage } : {}) });
  }
  return out;
}

function roleOf(model: Dockerfile, stage: Stage, final: Stage): string {
  if (stage === final) return 'It is the final stage: its result is the image `docker build` produces.';
  const uses = stageUsers(model, stage);
  if (uses.length === 0) return 'No later stage uses it, so BuildKit skips it unless it is built with `--target`.';
  const bases = uses.filter((u) => u.kind === 'FROM').map((u) => stageLabel(model.stages[u.stage]));
  const sources = [...new Set(uses.filter((u) => u.kind !== 'FROM').map((u) => stageLabel(model.stages[u.stage])))];
  const parts: string[] = [];
  if (bases.length) parts.push(`the base of ${bases.join(', ')}`);
  if (sources.length) parts.push(`a source of files for ${sources.join(', ')}`);
  return `It is ${parts.join(' and ')}.`;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

function findings(diagnostics: readonly LintDiagnostic[]): string[] {
  const out: string[] = ['## Findings'];
  if (diagnostics.length === 0) {
    out.push('Infra Coach found nothing to report in this file.');
    return out;
  }
  const counts = (['error', 'warning', 'info', 'hint'] as const).map((s) => [s, diagnostics.filter((d) => d.severity === s).length] as const).filter(([, n]) => n > 0);
  out.push(`${diagnostics.length} finding${diagnostics.length === 1 ? '' : 's'}: ${counts.map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ')}. The most important, with why they matter:`);
  const byRule = new Map<string, LintDiagnostic[]>();
  for (const d of diagnostics) {
    const list = byRule.get(d.rule);
    if (list) list.push(d);
    else byRule.set(d.rule, [d]);
  }
  const groups = [...byRule.values()].sort(
    (a, b) => SEVERITY_ORDER[a[0].severity] - SEVERITY_ORDER[b[0].severity] || b.length - a.length || a[0].range.start.line - b[0].range.start.line,
  );
  const shown = groups.slice(0, 8);
  for (const group of shown) {
    const d = group[0];
    const meta = ruleMeta(d.rule);
    const lines = group.map((x) => x.range.start.line + 1);
    const where = `line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 6).join(', ')}${lines.length > 6 ? ', …' : ''}`;
    const title = meta ? ` ${meta.title}` : '';
    const entry = [`- **${escapeMarkdown(d.rule)}**${title ? ' —' + title : ''} (${d.severity}, ${where}): ${messageMarkdown(d.message)}`];
    if (meta) entry.push(`  *Why:* ${meta.summary}`);
    entry.push(`  [Rule page](${d.docs})`);
    out.push(entry.join('\n'));
  }
  if (groups.length > shown.length) {
    const rest = groups.slice(shown.length).reduce((n, g) => n + g.length, 0);
    out.push(`… and ${rest} more finding${rest === 1 ? '' : 's'} from ${groups.length - shown.length} other rule${groups.length - shown.length === 1 ? '' : 's'}; see the Problems panel or \`infra-coach lint\`.`);
  }
  return out;
}

export function explainDockerfile(model: Dockerfile, diagnostics: LintDiagnostic[], context: LanguageContext): string {
  const name = context.fileName.split(/[\\/]/).pop() || 'Dockerfile';
  const out: string[] = [`# ${escapeMarkdown(name)}`];
  const stages = model.stages;
  if (stages.length === 0) {
    out.push('This Dockerfile has no `FROM` yet, so it builds nothing. A Dockerfile is the recipe for an image: it starts `FROM` a base image and each instruction after it adds a layer.');
    out.push(...findings(diagnostics));
    return out.join('\n\n') + '\n';
  }
  const final = stages[stages.length - 1];
  const errors = model.syntaxErrors.filter((d) => d.severity === 'error').length;
  out.push(
    stages.length === 1
      ? `This Dockerfile is the recipe for one image, built in a single stage. Each instruction adds a read-only layer on top of the base image; containers started from the image are its running instances and share the host's kernel.`
      : `This Dockerfile builds an image in ${stages.length} stages. Only the last one, ${stageLabel(final)}, becomes the image; the others exist to build or prepare files, and only what is copied out of them reaches the result, which keeps the final image small.`,
  );
  if (errors > 0) out.push(`⚠️ It has ${errors} syntax error${errors === 1 ? '' : 's'}, so \`docker build\` would fail; the description below covers what could be read.`);
  const syntax = model.directives.find((d) => d.name === 'syntax');
  if (syntax) out.push(`The first line selects the Dockerfile syntax ${inlineCode(syntax.value)}.`);
  if (model.globalArgs.length) {
    out.push(`Build arguments before the first \`FROM\`: ${model.globalArgs.map((a) => inlineCode(a.default !== undefined ? `${a.name}=${a.default}` : a.name)).join(', ')}. They can be changed with \`--build-arg\` and are used in \`FROM\` lines.`);
  }

  out.push('## Stages');
  for (const stage of stages) {
    const lines = [`### ${stage.name ? `Stage ${stage.index}: ${inlineCode(stage.name.text)}` : `Stage ${stage.index}`} (line ${lineOf(stage.from)})`];
    const bullets = [`- It ${baseText(model, stage)}.`];
    if (stage.platform?.value) {
      const written = stage.platform.value.value;
      const expanded = written.includes('$') ? model.expand(written, stage.from) : undefined;
      const meaning = expanded
        ? ` (${inlineCode(expanded)} by default)`
        : /BUILDPLATFORM/.test(written)
          ? ': the build machine\'s own platform, so the stage runs natively (typically to cross-compile)'
          : /TARGETPLATFORM/.test(written)
            ? ': the platform the image is built for'
            : '';
      bullets.push(`- Platform: ${inlineCode(written)}${meaning}.`);
    }
    const runs = all(stage.instructions, 'RUN').length;
    const copies = stage.instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD').length;
    const steps: string[] = [];
    if (runs) steps.push(`${runs} \`RUN\` step${runs === 1 ? '' : 's'}`);
    if (copies) steps.push(`${copies} \`COPY\`/\`ADD\` step${copies === 1 ? '' : 's'}`);
    if (steps.length) bullets.push(`- It runs ${steps.join(' and ')}; each adds a layer, cached for the next build.`);
    for (const edge of copyFromEdges(model, stage)) {
      const source = edge.stage ? stageLabel(edge.stage) : `the image ${inlineCode(edge.from)}`;
      const paths = edge.ins.args.map((a) => a.value);
      const dest = paths.pop();
      bullets.push(`- Line ${lineOf(edge.ins)} copies ${paths.map(inlineCode).join(', ') || 'files'} from ${source} to ${inlineCode(dest ?? '?')}.`);
    }
    bullets.push(`- ${roleOf(model, stage, final)}`);
    lines.push(bullets.join('\n'));
    out.push(lines.join('\n\n'));
  }

  out.push('## What reaches the final image');
  const chain = chainOf(model, final);
  const root = chain[0];
  const parts: string[] = [];
  parts.push(
    root.image.isScratch
      ? '- Nothing from a base image: the final image starts from `scratch`.'
      : `- Every layer of the base image ${inlineCode(root.image.resolved ?? root.image.token.text)}${chain.length > 1 ? `, through ${chain.slice(0, -1).map(stageLabel).join(' → ')}` : ''}.`,
  );
  const incoming = chain.flatMap((s) => copyFromEdges(model, s));
  for (const edge of incoming) {
    const paths = edge.ins.args.map((a) => a.value);
    const dest = paths.pop();
    parts.push(`- From ${edge.stage ? stageLabel(edge.stage) : `the image ${inlineCode(edge.from)}`}: ${paths.map(inlineCode).join(', ') || 'files'} → ${inlineCode(dest ?? '?')} (line ${lineOf(edge.ins)}).`);
  }
  const contextCopies = chain.flatMap((s) => s.instructions).filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name === 'from'));
  if (contextCopies.length) parts.push(`- Files from the build context copied by ${contextCopies.length} \`COPY\`/\`ADD\` line${contextCopies.length === 1 ? '' : 's'} (line${contextCopies.length === 1 ? '' : 's'} ${contextCopies.slice(0, 8).map(lineOf).join(', ')}${contextCopies.length > 8 ? ', …' : ''}).`);
  const runsInFinal = chain.flatMap((s) => s.instructions).filter((i) => i.keyword === 'RUN').length;
  if (runsInFinal) parts.push(`- Whatever the ${runsInFinal} \`RUN\` step${runsInFinal === 1 ? '' : 's'} of ${chain.length > 1 ? 'these stages' : 'this stage'} leave on disk.`);
  out.push(parts.join('\n'));
  const leftBehind = stages.filter((s) => !chain.includes(s));
  if (leftBehind.length) {
    out.push(`Left behind: ${leftBehind.map(stageLabel).join(', ')}. Their tools, caches and sources never ship, only the files copied out above.`);
  }

  out.push('## How its containers run');
  const finalInstructions = chain.flatMap((s) => s.instructions);
  const run: string[] = [];
  const user = last(finalInstructions, 'USER');
  const userValue = user?.args[0]?.value;
  const userExpanded = user && userValue?.includes('$') ? model.expand(userValue, user) : undefined;
  run.push(
    user && userValue
      ? `- **User:** ${inlineCode(userValue)}${userExpanded ? ` (${inlineCode(userExpanded)} with the defaults)` : ''} (line ${lineOf(user)})${/^(root|0)(:|$)/.test(userExpanded ?? userValue) ? ' — root, the most privileged user' : ''}.`
      : '- **User:** root, unless the base image sets another user: no `USER` instruction. Running as an unprivileged user limits the damage a compromised process can do.',
  );
  const workdir = last(finalInstructions, 'WORKDIR');
  if (workdir?.args[0]) run.push(`- **Working directory:** ${inlineCode(workdir.args[0].value)}.`);
  const ports = all(finalInstructions, 'EXPOSE').flatMap((i) => i.args.map((a) => a.value));
  run.push(ports.length ? `- **Ports:** ${ports.map(inlineCode).join(', ')} (documented with \`EXPOSE\`; publish them with \`-p\` or a Service).` : '- **Ports:** none declared with `EXPOSE`.');
  const entrypoint = last(finalInstructions, 'ENTRYPOINT');
  const cmd = last(finalInstructions, 'CMD');
  if (entrypoint) run.push(`- **Entrypoint:** ${commandText(entrypoint)}.`);
  if (cmd) run.push(`- **${entrypoint ? 'Default arguments (CMD)' : 'Command'}:** ${commandText(cmd)}.`);
  if (!entrypoint && !cmd) run.push('- **Command:** none set here, so the base image\'s `CMD`/`ENTRYPOINT` is used.');
  const volumes = all(finalInstructions, 'VOLUME').flatMap((i) => i.args.map((a) => a.value));
  if (volumes.length) run.push(`- **Volumes:** ${volumes.map(inlineCode).join(', ')}: data written there lives outside the container, which is ephemeral.`);
  const health = last(finalInstructions, 'HEALTHCHECK');
  if (health) run.push(health.args[0]?.value.toUpperCase() === 'NONE' ? '- **Health check:** disabled (`HEALTHCHECK NONE`).' : `- **Health check:** defined on line ${lineOf(health)}.`);
  const env = all(finalInstructions, 'ENV').flatMap((i) => (i.pairs ?? []).map((p) => p.key.value));
  if (env.length) run.push(`- **Environment:** ${[...new Set(env)].slice(0, 12).map(inlineCode).join(', ')}${env.length > 12 ? ', …' : ''}.`);
  out.push(run.join('\n'));

  out.push(...findings(diagnostics));
  return out.join('\n\n') + '\n';
}
