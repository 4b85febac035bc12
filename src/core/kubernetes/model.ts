/**
 * The parsed Kubernetes file: the contract between the YAML model, schema validation, the checks,
 * the hovers and the fixes. YAML comes from the `yaml` package (CST/AST with offsets), parsed once.
 */
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { LineIndex } from '../text';
import type { LintDiagnostic, Range } from '../types';

export type PathSegment = string | number;

export interface KubeDocument {
  /** Position of the document in the file (0-based). */
  index: number;
  /** The `yaml` package's document, with node ranges as offsets into the whole file. */
  yaml: Document.Parsed;
  /** The top-level mapping, when the document is one. */
  root?: YAMLMap;
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  /** Offsets and range of the whole document (from its `---` or start to its end). */
  start: number;
  end: number;
  range: Range;
  /** A Helm template (`{{ ... }}`) or a non-object: not linted as Kubernetes. */
  skipped?: 'helm' | 'not-an-object' | 'empty';
  /** `kustomization.yaml`-style config files are not Kubernetes objects. */
  isKubernetesObject: boolean;
}

export interface KubernetesModel {
  text: string;
  lines: LineIndex;
  documents: KubeDocument[];
  /** YAML syntax errors, duplicate keys... with exact ranges. */
  syntaxErrors: LintDiagnostic[];
  /** The node at `path` below a document's root, or undefined. */
  nodeAt(doc: KubeDocument, path: readonly PathSegment[]): YamlNode | undefined;
  /** The key/value pair at `path` (its last segment a map key), for ranges on the key. */
  pairAt(doc: KubeDocument, path: readonly PathSegment[]): Pair | undefined;
  /** Range of a node (value) or of a pair's key. */
  rangeOf(node: YamlNode | Pair | undefined, part?: 'key' | 'value'): Range | undefined;
  /** Plain JavaScript value of a document (cached per document). */
  valueOf(doc: KubeDocument): unknown;
  /** The document and path (from its root) at a position, for hovers. */
  pathAt(offset: number): { doc: KubeDocument; path: PathSegment[]; onKey: boolean } | undefined;
}
