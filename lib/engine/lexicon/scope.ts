/** Scope words: a break ends a trigger's clause ("but"), a terminator ends a negation/plan scope ("completed"). Data only. */
import type { Rule } from './types';

export const SCOPE_RULES: readonly Rule[] = [
  {
    id: 'scope.break',
    code: null,
    kind: 'context',
    weight: 0,
    role: 'break',
    examples: { positive: ['Pt declined stairs but completed step-ups x10.'], negative: ['LAQ 3x10.'] },
    terms: [
      'but',
      'however',
      'although',
      'though',
      'except',
      'yet',
      'whereas',
      'then',
      'followed by',
      'after which',
      'otherwise',
    ],
  },
  {
    id: 'scope.terminate',
    code: null,
    kind: 'context',
    weight: 0,
    role: 'terminate',
    examples: { positive: ['Balance training performed on foam.'], negative: ['LAQ 3x10.'] },
    terms: [
      'performed',
      'completed',
      'done',
      'participated',
      'did',
      'instead',
      'today',
      'this session',
      'this date',
      'tolerated',
      'pt completed',
      'pt performed',
      'trialed',
    ],
  },
];
