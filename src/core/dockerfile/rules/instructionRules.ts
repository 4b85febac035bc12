import type { Rule } from '../../rule';
import type { Dockerfile } from '../model';
import { DL1001 } from './DL1001';
import { DL3000 } from './DL3000';
import { DL3002 } from './DL3002';
import { DL3006 } from './DL3006';
import { DL3007 } from './DL3007';
import { DL3010 } from './DL3010';
import { DL3011 } from './DL3011';
import { DL3012 } from './DL3012';
import { DL3020 } from './DL3020';
import { DL3021 } from './DL3021';
import { DL3022 } from './DL3022';
import { DL3023 } from './DL3023';
import { DL3024 } from './DL3024';
import { DL3025 } from './DL3025';
import { DL3026 } from './DL3026';
import { DL3029 } from './DL3029';
import { DL3044 } from './DL3044';
import { DL3045 } from './DL3045';
import { DL3048 } from './DL3048';
import { DL3049 } from './DL3049';
import { DL3050 } from './DL3050';
import { DL3051 } from './DL3051';
import { DL3052 } from './DL3052';
import { DL3053 } from './DL3053';
import { DL3054 } from './DL3054';
import { DL3055 } from './DL3055';
import { DL3056 } from './DL3056';
import { DL3057 } from './DL3057';
import { DL3058 } from './DL3058';
import { DL3063 } from './DL3063';
import { DL3064 } from './DL3064';
import { DL3065 } from './DL3065';
import { DL3066 } from './DL3066';
import { DL3067 } from './DL3067';
import { DL4000 } from './DL4000';
import { DL4003 } from './DL4003';
import { DL4004 } from './DL4004';

/** hadolint's instruction-level rules: everything that does not look inside a RUN script. */
export const instructionRules: Rule<Dockerfile>[] = [
  DL1001,
  DL3000,
  DL3002,
  DL3006,
  DL3007,
  DL3010,
  DL3011,
  DL3012,
  DL3020,
  DL3021,
  DL3022,
  DL3023,
  DL3024,
  DL3025,
  DL3026,
  DL3029,
  DL3044,
  DL3045,
  DL3048,
  DL3049,
  DL3050,
  DL3051,
  DL3052,
  DL3053,
  DL3054,
  DL3055,
  DL3056,
  DL3057,
  DL3058,
  DL3063,
  DL3064,
  DL3065,
  DL3066,
  DL3067,
  DL4000,
  DL4003,
  DL4004,
];
