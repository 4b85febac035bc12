/**
 * HTML for the learning views, as strings built from the knowledge data. Pure (no DOM), so the
 * markup, its ARIA attributes and its escaping are unit-tested in Node. Every value that can come
 * from a user's file goes through escapeHtml; actions are data attributes that one delegated
 * listener in main.ts handles, never inline handlers.
 */
import { CLOUD_EQUIVALENTS, CLOUD_MODELS, ECOSYSTEM, STACK_LAYERS } from '../core/knowledge/cloud';
import { CONCEPTS, conceptSummary, type ConceptId } from '../core/knowledge/concepts';
import { CONCEPT_PAGES } from '../core/knowledge/conceptPages';
import type { FileDescription } from '../core/knowledge/fileDescription';
import { LEVEL_IDS, type LevelId } from '../core/knowledge/levelIds';
import { LEVELS, level as levelById } from '../core/knowledge/levels';
import { SNIPPET_REFS } from '../core/knowledge/snippetRefs';
import { escapeHtml, renderMarkdown } from './markdown';

const KIND_NAMES = { dockerfile: 'Dockerfile', compose: 'Compose file', kubernetes: 'Kubernetes manifest' } as const;

function list(items: readonly string[], className = ''): string {
  return `<ul${className ? ` class="${className}"` : ''}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

/** The six levels, drawn top (your code) to bottom (metal) like the pyramid they form. */
export function renderPyramid(selected: LevelId | undefined, here: FileDescription | null | undefined): string {
  const rows = [...LEVELS].reverse().map((l) => {
    const position = LEVEL_IDS.indexOf(l.id) + 1;
    const isHere = here?.level === l.id;
    const classes = ['level', `level-${l.id}`, isHere ? 'here' : '', selected === l.id ? 'selected' : ''].filter(Boolean).join(' ');
    const label = `Level ${position} of ${LEVEL_IDS.length}: ${l.title}. ${l.tagline}.${isHere ? ' You are here.' : ''}`;
    return (
      `<li class="row" data-position="${position}">` +
      `<button type="button" class="${classes}" data-action="level" data-level="${l.id}" aria-expanded="${selected === l.id}" aria-controls="details" aria-label="${escapeHtml(label)}"${isHere ? ' aria-current="location"' : ''}>` +
      `<span class="level-title">${escapeHtml(l.title)}</span>` +
      `<span class="level-tagline">${escapeHtml(l.tagline)}</span>` +
      (isHere ? '<span class="here-badge" aria-hidden="true">You are here</span>' : '') +
      `</button></li>`
    );
  });
  return `<ol class="pyramid" aria-label="Infrastructure pyramid, from your code at the top to physical servers at the bottom">${rows.join('')}</ol>`;
}

export function renderHere(here: FileDescription | null | undefined): string {
  if (!here) {
    return `<p class="here-empty">Open a Dockerfile, a Compose file or a Kubernetes manifest and the level it belongs to lights up here.</p>`;
  }
  const facts: string[] = [];
  if (here.kinds.length) facts.push(`<p class="here-facts"><span class="muted">Objects:</span> ${here.kinds.map((k) => `<code>${escapeHtml(k)}</code>`).join(', ')}</p>`);
  if (here.parts.length) {
    const title = here.kind === 'compose' ? 'Services' : 'Stages';
    facts.push(`<p class="here-facts"><span class="muted">${title}:</span> ${here.parts.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ')}</p>`);
  }
  return (
    `<p class="here-file"><span class="codicon-like" aria-hidden="true">\u25cf</span> <strong>${escapeHtml(here.fileName)}</strong> <span class="muted">(${KIND_NAMES[here.kind]})</span></p>` +
    `<p>${escapeHtml(here.place)}</p>` +
    facts.join('') +
    `<p class="actions"><button type="button" class="secondary" data-action="explain-file">Explain this file</button> <button type="button" class="secondary" data-action="level" data-level="${here.level}">Show this level</button></p>`
  );
}

export function renderLevelDetails(id: LevelId | undefined): string {
  if (!id) return `<p class="muted">Choose a level (click it, or focus it and press Enter) to see what it is, what it costs you and what you manage there.</p>`;
  const l = levelById(id);
  const facts: [string, string][] = [
    ['Typical size', l.size],
    ['Start time', l.startTime],
    ['Isolation', l.isolation],
    ['Best for', l.bestFor],
  ];
  const conceptButtons = l.concepts
    .map((c) => `<button type="button" class="secondary" data-action="concept" data-concept="${c}">Explain: ${escapeHtml(conceptSummary(c)?.title ?? c)}</button>`)
    .join(' ');
  const snippetButtons = l.snippets.map((s) => `<button type="button" class="secondary" data-action="snippet" data-snippet="${s}">Insert ${escapeHtml(SNIPPET_REFS[s].label)}</button>`).join(' ');
  return (
    `<h2 id="details-title" tabindex="-1">${escapeHtml(l.title)}</h2>` +
    `<p>${escapeHtml(l.whatItIs)}</p>` +
    `<p class="analogy"><span class="muted">Everyday analogy:</span> ${escapeHtml(l.analogy)}</p>` +
    `<div class="two-col"><section aria-label="Pros"><h3>Pros</h3>${list(l.pros, 'pros')}</section><section aria-label="Cons"><h3>Cons</h3>${list(l.cons, 'cons')}</section></div>` +
    `<div class="two-col"><section aria-label="You manage"><h3>You manage</h3>${list(l.youManage)}</section><section aria-label="The provider manages"><h3>The provider manages</h3>${list(l.providerManages)}</section></div>` +
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>` +
    `<p><span class="muted">Examples:</span> ${escapeHtml(l.examples.join(', '))}</p>` +
    `<h3>Learn more</h3><p class="actions">${conceptButtons}</p>` +
    (snippetButtons ? `<h3>Try it</h3><p class="actions">${snippetButtons}</p>` : '')
  );
}

export function renderModelMatrix(): string {
  const head = CLOUD_MODELS.map((m) => `<th scope="col">${escapeHtml(m.name)}</th>`).join('');
  const rows = STACK_LAYERS.map((layer) => {
    const cells = CLOUD_MODELS.map((m) => {
      const yours = m.youManage.includes(layer);
      return `<td class="${yours ? 'you' : 'provider'}">${yours ? 'You' : 'Provider'}</td>`;
    }).join('');
    return `<tr><th scope="row">${escapeHtml(layer)}</th>${cells}</tr>`;
  }).join('');
  const notes = CLOUD_MODELS.map((m) => `<li><strong>${escapeHtml(m.name)}</strong>: ${escapeHtml(m.note)} <span class="muted">${escapeHtml(m.examples.join(', '))}</span></li>`).join('');
  return (
    `<h2>Who manages what</h2>` +
    `<div class="table-wrap"><table class="matrix"><caption>Layers run by you or by the provider in each cloud model</caption><thead><tr><th scope="col">Layer</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>` +
    `<ul class="notes">${notes}</ul>` +
    `<p class="actions"><button type="button" class="secondary" data-action="concept" data-concept="cloud-models">Explain: IaaS, PaaS, SaaS and FaaS</button></p>`
  );
}

export function renderEquivalents(): string {
  const rows = CLOUD_EQUIVALENTS.map((e) => `<tr><th scope="row">${escapeHtml(e.capability)}</th><td>${escapeHtml(e.aws)}</td><td>${escapeHtml(e.azure)}</td><td>${escapeHtml(e.gcp)}</td></tr>`).join('');
  return `<h2>Same thing, three clouds</h2><div class="table-wrap"><table class="equivalents"><caption>Equivalent services on AWS, Azure and Google Cloud</caption><thead><tr><th scope="col">Capability</th><th scope="col">AWS</th><th scope="col">Azure</th><th scope="col">GCP</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function renderEcosystem(): string {
  const groups = ECOSYSTEM.map(
    (g) =>
      `<section class="eco" aria-label="${escapeHtml(g.title)}"><h3>${escapeHtml(g.title)}</h3><p>${escapeHtml(g.fits)}</p>` +
      `<ul>${g.tools.map((t) => `<li><strong>${escapeHtml(t.name)}</strong>: ${escapeHtml(t.note)}</li>`).join('')}</ul>` +
      `<p class="actions"><button type="button" class="secondary" data-action="concept" data-concept="${g.concept}">Explain: ${escapeHtml(conceptSummary(g.concept)?.title ?? g.concept)}</button></p></section>`,
  ).join('');
  return `<h2>Where the tools fit</h2>${groups}`;
}

export function renderConcept(id: ConceptId, canGoBack: boolean): string {
  const summary = conceptSummary(id);
  const related = summary?.level ? `<button type="button" class="secondary" data-action="pyramid" data-level="${summary.level}">Show on the pyramid</button>` : '';
  const back = canGoBack ? `<button type="button" class="secondary" data-action="back">\u2190 Back</button>` : '';
  const others = CONCEPTS.filter((c) => c.id !== id && c.level && c.level === summary?.level)
    .map((c) => `<li><a href="#" class="concept-link" data-action="concept" data-concept="${c.id}">${escapeHtml(c.title)}</a></li>`)
    .join('');
  return (
    `<nav class="actions" aria-label="Page actions">${back} ${related}</nav>` +
    `<article class="concept-page" aria-labelledby="${id}-title">${renderMarkdown(CONCEPT_PAGES[id]).replace(/^<h1 id="[^"]*">/, `<h1 id="${id}-title" tabindex="-1">`)}</article>` +
    (others ? `<aside aria-label="Related concepts"><h2>Related</h2><ul>${others}</ul></aside>` : '')
  );
}
