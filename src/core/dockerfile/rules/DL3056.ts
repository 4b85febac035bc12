import { labelTypeRule } from './labelTypeRule';

export const DL3056 = labelTypeRule('DL3056', 'semver', 'Label does not conform to semantic versioning');
