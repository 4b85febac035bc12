/** What "you are here" shows about the active file. Strings may hold text from the user's file: escape them. */
import type { FileKind } from '../types';
import type { LevelId } from './levelIds';

export interface FileDescription {
  kind: FileKind;
  /** The base name of the file, for display. */
  fileName: string;
  level: LevelId;
  /** Where the file sits, in one phrase: "containers: an image recipe". */
  place: string;
  /** Kubernetes: each kind with its count, in file order ("Deployment", "Service \u00d72"). */
  kinds: string[];
  /** Compose: service names; Dockerfile: stage labels. */
  parts: string[];
}
