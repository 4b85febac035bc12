/** Which files of the workspace Lint Workspace and the file watcher consider. */

/** Names the engine may read; YAML files are kept only when their content is Kubernetes or Compose. */
export const WORKSPACE_PATTERN = '**/{Dockerfile,Dockerfile.*,Containerfile,Containerfile.*,*.dockerfile,*.Dockerfile,*.yaml,*.yml}';
export const WORKSPACE_EXCLUDE = '**/{node_modules,.git}/**';
export const WORKSPACE_MAX_FILES = 10_000;
