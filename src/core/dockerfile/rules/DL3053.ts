import { labelTypeRule } from './labelTypeRule';

export const DL3053 = labelTypeRule('DL3053', 'rfc3339', 'Label is not a valid time in RFC 3339 format');
