/** The hadolint rules that look inside RUN commands (package managers, shell habits, pipes). */
import type { Rule } from '../../rule';
import type { Dockerfile } from '../model';
import DL3001 from './DL3001';
import DL3003 from './DL3003';
import DL3004 from './DL3004';
import DL3008 from './DL3008';
import DL3009 from './DL3009';
import DL3013 from './DL3013';
import DL3014 from './DL3014';
import DL3015 from './DL3015';
import DL3016 from './DL3016';
import DL3018 from './DL3018';
import DL3019 from './DL3019';
import DL3027 from './DL3027';
import DL3028 from './DL3028';
import DL3030 from './DL3030';
import DL3032 from './DL3032';
import DL3033 from './DL3033';
import DL3034 from './DL3034';
import DL3035 from './DL3035';
import DL3036 from './DL3036';
import DL3037 from './DL3037';
import DL3038 from './DL3038';
import DL3040 from './DL3040';
import DL3041 from './DL3041';
import DL3042 from './DL3042';
import DL3046 from './DL3046';
import DL3047 from './DL3047';
import DL3059 from './DL3059';
import DL3060 from './DL3060';
import DL3062 from './DL3062';
import DL4001 from './DL4001';
import DL4005 from './DL4005';
import DL4006 from './DL4006';

export const shellRules: Rule<Dockerfile>[] = [
  DL3001, DL3003, DL3004, DL3008, DL3009, DL3013, DL3014, DL3015, DL3016, DL3018, DL3019, DL3027, DL3028, DL3030, DL3032, DL3033,
  DL3034, DL3035, DL3036, DL3037, DL3038, DL3040, DL3041, DL3042, DL3046, DL3047, DL3059, DL3060, DL3062, DL4001, DL4005, DL4006,
];
