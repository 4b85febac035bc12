/**
 * The knowledge behind the learning views is complete and consistent: six levels bottom to top
 * with every field filled, a page for every concept, links that lead somewhere, and tables that
 * cover every model and provider.
 */
import * as assert from 'node:assert/strict';
import { CLOUD_EQUIVALENTS, CLOUD_MODELS, ECOSYSTEM, STACK_LAYERS } from '../../../src/core/knowledge/cloud';
import { CONCEPT_IDS, CONCEPTS, conceptSummary, isConceptId } from '../../../src/core/knowledge/concepts';
import { CONCEPT_PAGES } from '../../../src/core/knowledge/conceptPages';
import { LEVEL_IDS, LEVEL_TITLES, isLevelId } from '../../../src/core/knowledge/levelIds';
import { LEVELS, level } from '../../../src/core/knowledge/levels';
import { isSnippetId } from '../../../src/core/knowledge/snippetRefs';
import { firstHeading } from '../../../src/webview/markdown';

/** The concepts the learning-layer issue lists, each matched by a word of its title. */
const REQUIRED = [
  ['bare metal', 'bare-metal'],
  ['hypervisors', 'hypervisor'],
  ['VM', 'virtual-machine'],
  ['container', 'container'],
  ['image vs Dockerfile', 'image-vs-dockerfile'],
  ['container vs pod', 'container-vs-pod'],
  ['node', 'node'],
  ['cluster', 'cluster'],
  ['Deployment', 'deployment'],
  ['Service', 'service'],
  ['Ingress', 'ingress'],
  ['managed vs self-hosted Kubernetes', 'managed-kubernetes'],
  ['serverless', 'serverless'],
  ['FaaS and BaaS', 'faas-baas'],
  ['cold start', 'cold-start'],
  ['IaaS/PaaS/SaaS/FaaS', 'cloud-models'],
  ['service mesh', 'service-mesh'],
  ['infrastructure as code', 'infrastructure-as-code'],
  ['ECS and Nomad', 'ecs-nomad'],
  ['cloud-native and the twelve-factor app', 'cloud-native'],
  ['VM vs container', 'vm-vs-container'],
] as const;

describe('knowledge: pyramid levels', () => {
  it('has the six levels bottom to top', () => {
    assert.deepEqual(
      LEVELS.map((l) => l.id),
      [...LEVEL_IDS],
    );
    assert.deepEqual(
      LEVELS.map((l) => l.title),
      ['Physical servers', 'Virtual machines', 'Containers', 'Kubernetes', 'Serverless', 'Your code'],
    );
    for (const l of LEVELS) assert.equal(l.title, LEVEL_TITLES[l.id]);
  });

  for (const l of LEVELS) {
    it(`${l.title}: every field is filled and every link resolves`, () => {
      for (const key of ['tagline', 'whatItIs', 'analogy', 'size', 'startTime', 'isolation', 'bestFor'] as const) {
        assert.ok(l[key].trim().length >= 10, `${l.id}.${key} is written`);
      }
      for (const key of ['pros', 'cons', 'youManage', 'providerManages', 'examples', 'concepts'] as const) {
        assert.ok(l[key].length >= 1, `${l.id}.${key} lists something`);
      }
      for (const c of l.concepts) assert.ok(isConceptId(c), `${l.id} links to concept ${c}`);
      for (const s of l.snippets) assert.ok(isSnippetId(s), `${l.id} offers snippet ${s}`);
      assert.equal(level(l.id), l);
    });
  }

  it('carries the orders of magnitude that tell the levels apart', () => {
    assert.match(level('vm').size, /GB/);
    assert.match(level('vm').startTime, /minute/i);
    assert.match(level('containers').size, /MB/);
    assert.match(level('containers').startTime, /second/i);
    assert.match(level('serverless').startTime, /100 ms/);
    assert.match(level('serverless').startTime, /cold start/i);
  });

  it('offers snippets where the files live: Dockerfile and Compose on containers, manifests on Kubernetes', () => {
    assert.ok(level('containers').snippets.includes('docker-node'));
    assert.ok(level('containers').snippets.includes('compose-stack'));
    assert.ok(level('kubernetes').snippets.includes('k8s-deployment-service'));
  });

  it('validates level ids', () => {
    assert.equal(isLevelId('kubernetes'), true);
    assert.equal(isLevelId('Kubernetes'), false);
    assert.equal(isLevelId('__proto__'), false);
    assert.equal(isLevelId(3), false);
  });
});

describe('knowledge: concepts', () => {
  it('covers every concept the learning layer promises', () => {
    for (const [words, id] of REQUIRED) assert.ok(isConceptId(id), `a concept page for "${words}" (${id})`);
  });

  it('has one summary and one page per concept, and nothing else', () => {
    assert.deepEqual(CONCEPTS.map((c) => c.id).sort(), [...CONCEPT_IDS].sort());
    assert.deepEqual(Object.keys(CONCEPT_PAGES).sort(), [...CONCEPT_IDS].sort());
    assert.equal(new Set(CONCEPTS.map((c) => c.title)).size, CONCEPTS.length, 'titles are unique');
  });

  for (const id of CONCEPT_IDS) {
    it(`${id}: the page has its title as heading, substance and live links`, () => {
      const page = CONCEPT_PAGES[id];
      const summary = conceptSummary(id);
      assert.ok(summary);
      assert.equal(firstHeading(page), summary.title);
      assert.ok(page.split(/\s+/).length >= 100, `${id} says enough to learn from (${page.split(/\s+/).length} words)`);
      assert.ok(summary.summary.endsWith('.'), 'the summary is a sentence');
      for (const m of page.matchAll(/\]\(([^)]+)\)/g)) {
        assert.match(m[1], /^concept:/, `${id} links only to other pages (${m[1]})`);
        assert.ok(isConceptId(m[1].slice('concept:'.length)), `${id} links to an existing concept (${m[1]})`);
      }
    });
  }

  it('rejects ids that are not concepts, including prototype keys', () => {
    assert.equal(isConceptId('toString'), false);
    assert.equal(isConceptId('__proto__'), false);
    assert.equal(isConceptId(undefined), false);
  });
});

describe('knowledge: cloud tables', () => {
  it('the matrix shows the provider taking over more of the stack from IaaS to SaaS', () => {
    const counts = Object.fromEntries(CLOUD_MODELS.map((m) => [m.id, m.youManage.length]));
    assert.equal(counts['on-premises'], STACK_LAYERS.length);
    assert.ok(counts.iaas > counts.paas && counts.paas > counts.faas && counts.faas > counts.saas);
    assert.equal(counts.saas, 0);
    const iaas = CLOUD_MODELS.find((m) => m.id === 'iaas')!;
    assert.ok(iaas.youManage.includes('Operating system') && !iaas.youManage.includes('Virtualisation'));
  });

  it('names each capability on all three clouds', () => {
    for (const e of CLOUD_EQUIVALENTS) for (const cloud of ['aws', 'azure', 'gcp'] as const) assert.ok(e[cloud].length > 0, `${e.capability} on ${cloud}`);
    const k8s = CLOUD_EQUIVALENTS.find((e) => e.capability === 'Managed Kubernetes')!;
    assert.deepEqual([k8s.aws, k8s.azure, k8s.gcp], ['EKS', 'AKS', 'GKE']);
  });

  it('places orchestrators, service meshes and IaC tools', () => {
    const tools = ECOSYSTEM.flatMap((g) => g.tools.map((t) => t.name));
    for (const name of ['Kubernetes', 'Amazon ECS', 'HashiCorp Nomad', 'Istio', 'Linkerd', 'Terraform', 'CloudFormation', 'Pulumi']) assert.ok(tools.includes(name), name);
    for (const g of ECOSYSTEM) {
      assert.ok(isConceptId(g.concept));
      assert.ok(g.levels.every(isLevelId));
    }
  });
});
