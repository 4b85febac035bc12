/** kube-linter's check for API schema conformance; the schema rules answer to this id as an alias. */
export const KUBE_LINTER_SCHEMA_CHECK = 'schema-validation';
