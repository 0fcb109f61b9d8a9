/**
 * "dosage", "skilled-input" and "response" detectors. Minutes alone are not dosage (they are their
 * own element); a surface with a time ("on foam x 5 min") is, as are sets/reps/load/distance/holds.
 * In PT shorthand 10' means ten minutes, so an apostrophe never reads as feet here.
 */
import { type Detector, words } from './types';

/** Sets, reps, load, resistance, distance, holds, trials, steps, grades, machine settings. */
export const DOSAGE_DETECTORS: readonly Detector[] = [
  {
    id: 'dosage.sets-reps',
    element: 'dosage',
    re: words(
      String.raw`\d+\s*[x×]\s*\d+(?:\s*(?:s|sec|secs|seconds|reps|m|ft|"))?`,
      String.raw`[x×]\s*\d+(?!\s*(?:min|minutes|mins|'|units?|u\b))`,
      String.raw`\d+\s*(?:sets?|reps?|repetitions|rounds?|laps?|times|bouts?)`,
      // "retrieve dishes 10x": a count after the activity; not a frequency ("2x/wk", "3x a week")
      String.raw`\d+\s*[x×](?!\s*(?:\/|per\b|a\s+(?:week|day)|wk|week|day|daily|\d))`,
      // functional tasks are dosed by what was handled: "placed 12 items", "stacked 8 cones"
      String.raw`\d+\s+(?:(?:small|large|light|heavy|\w+-lb)\s+)?(?:items|objects|pegs|cones|blocks|beads|cans|dishes|plates|cups|pieces|cards|coins|buttons|boxes|bags|bins|towels)`,
    ),
    examples: {
      positive: ['bridges 3x10', 'placed 12 items on the top shelf'],
      negative: ['bridges x 10 min', 'put away the groceries'],
    },
  },
  {
    id: 'dosage.load',
    element: 'dosage',
    re: words(
      String.raw`\d+(?:\.\d+)?\s*(?:#|lbs?|pounds?|kg)`,
      String.raw`(?:red|yellow|green|blue|black|silver|gold|gr[ae]y|purple|orange)\s*(?:theraband|TB|band|tubing|putty|loop)`,
      'theraband',
      String.raw`(?:level|lvl|resistance|res)\s*\d+`,
      String.raw`\d+\s*watts?`,
      String.raw`\d+(?:\.\d+)?\s*mph`,
      String.raw`\d+\s*%\s*(?:incline|BWS|grade)`,
      'BW',
      'body ?weight',
    ),
    examples: { positive: ['LAQ w/ 2#'], negative: ['LAQ w/ weight'] },
  },
  {
    id: 'dosage.distance-steps',
    element: 'dosage',
    re: words(
      String.raw`\d+\s*(?:ft|feet|foot|m|meters?|metres?|yards?|yds?)`,
      String.raw`\d+\s+(?:[a-z]+\s+)?(?:steps|stairs|flights?|curbs?)`,
      String.raw`(?:a |one |two |\d )?flights? of stairs`,
      // After walking words 50' and up is feet ("amb 200'"); elsewhere ' means minutes.
      String.raw`(?:amb\w*|walk\w*|gait)[^.;\n]{0,20}?(?:[5-9]\d|\d{3,4})\s*'`,
    ),
    examples: { positive: ["amb 200' w/ SPC"], negative: ['amb in hallway'] },
  },
  {
    id: 'dosage.holds-trials',
    element: 'dosage',
    re: words(
      String.raw`\d+\s*(?:s|sec|secs|seconds?)(?:\s*holds?)?`,
      String.raw`\d+\s*(?:trials?|attempts?)`,
      String.raw`\d+\s*holds?`,
    ),
    examples: { positive: ['SLS 30 sec holds'], negative: ['SLS with hold'] },
  },
  {
    id: 'dosage.grade',
    element: 'dosage',
    re: words(String.raw`gr(?:ade)?\.?\s*(?:I{1,3}|IV|V|[1-5])(?:[-/+](?:I{1,3}|IV|V|[1-5]))?`),
    examples: { positive: ['PA mobs grade III'], negative: ['PA mobs'] },
  },
  {
    id: 'dosage.aerobic-duration',
    element: 'dosage',
    // Machines and aerobic work are dosed by time: "UBE x 6 min", "NuStep 10 min" (unlike a heading's minutes).
    re: /\b(?:UBE|bike|nu ?step|treadmill|elliptical|ergometer|scifit|recumbent stepper)\b[^.;\n]*?\d+\s*(?:min|minutes|mins|')(?!\w)/i,
    examples: { positive: ['UBE x 6 min fwd/bwd'], negative: ['UBE fwd/bwd'] },
  },
  {
    id: 'dosage.surface-and-time',
    element: 'dosage',
    // A surface plus a duration is how balance and gait work is dosed ("on foam x 5 min").
    re: /(?:foam|rocker|BOSU|BAPS|wobble|uneven|grass|ramp|treadmill|level surface)[^.;\n]*?\d+\s*(?:min|minutes|mins|'|s|sec|seconds)\b|\d+\s*(?:min|minutes|mins|'|s|sec|seconds)\b[^.;\n]*?(?:foam|rocker|BOSU|BAPS|wobble|uneven|grass|ramp|treadmill)/i,
    examples: { positive: ['static stance on foam x 5 min'], negative: ['stance on foam'] },
  },
];

/** Anything that shows the therapist's skill was needed. */
export const SKILL_DETECTORS: readonly Detector[] = [
  {
    id: 'skilled-input.cues',
    element: 'skilled-input',
    re: words(
      'VCs?',
      'TCs?',
      '(?:verbal|tactile|visual|manual|min|mod|max|minimal|moderate|maximal)? ?cues?',
      'cueing',
      'cued',
      'hand[- ]over[- ]hand',
      'HOH',
      // paediatric and behavioural notes say "prompts": "2 verbal prompts per round", "visual prompting"
      '(?:verbal|visual|tactile|gestural|physical|\\d+) prompts?',
      'prompting',
    ),
    examples: {
      positive: ['w/ VC for upright posture', 'needed 2 verbal prompts per round'],
      negative: ['w/ RW', 'on-screen prompt of the game'],
    },
  },
  {
    id: 'skilled-input.assist',
    element: 'skilled-input',
    re: words(
      '(?:min|mod|max|minimal|moderate|maximal)\\.? ?(?:A|assist(?:ance)?|asst)',
      'CGA',
      // hand-held assist, as paediatric and geriatric notes write it
      'HHA',
      'hand[- ]held assist(?:ance)?',
      // Stand-by assistance alone is not skilled input (domain.md §7, §12): SBA is not listed here.
      'contact guard(?: assist)?',
      'assist(?:ed|ance)',
      'guard(?:ing|ed)',
      'spott(?:ing|ed)',
      'gait belt',
    ),
    examples: { positive: ['STS x10 min A'], negative: ['STS x10 independently', 'Bike 10 min, SBA'] },
  },
  {
    id: 'skilled-input.teaching',
    element: 'skilled-input',
    re: words(
      'instruct(?:ed|ion|ions)?',
      'educat(?:ed|ion)',
      'demonstrat(?:ed|ion)',
      "(?:therapist|PT|OT) demo(?:'?d|ed)?",
      '(?<!return[- ])demo(?!\\W?d)',
      'taught',
      'teach(?:ing)?',
      'explained',
      'trained in',
      'facilitat(?:ed|ion|e|ing)',
      'feedback',
      'mirror',
    ),
    examples: { positive: ['instructed in hip precautions'], negative: ['hip precautions reviewed by pt'] },
  },
  {
    id: 'skilled-input.adjustment',
    element: 'skilled-input',
    re: words(
      'progress(?:ed|ion)',
      'advanced',
      'increased (?:to|resistance|reps|load|weight|difficulty|speed)',
      'adjust(?:ed|ment|ments)?',
      'modif(?:ied|ication|ications)',
      'correct(?:ed|ion|ions|ing)',
      'deviations?',
      'monitor(?:ed|ing)',
      'graded',
      // the therapist changing the task as the patient goes: "support removed after set 1", "faded to VC"
      '(?:support|assist(?:ance)?|UE support|cues?|HHA) (?:was )?(?:removed|faded|reduced|decreased|withdrawn)',
      'faded',
      '(?:therapist|PT|OT) (?:shortened|lengthened|lowered|raised|reduced|increased|changed|added|removed|released)',
    ),
    examples: { positive: ['progressed to 3#'], negative: ['same as last visit'] },
  },
];

/** How the patient responded; session-wide statements are in SESSION_RESPONSE. */
export const RESPONSE_DETECTORS: readonly Detector[] = [
  {
    id: 'response.tolerance',
    element: 'response',
    re: words(
      '(?<!as )tolerat(?:ed|es|ing)',
      // charting shorthand: "Pt tol well", "tol'd fair"
      "tol(?:'?d|\\.)? (?:well|fair|poor|good)",
      'tolerance (?:was|good|fair|poor)',
      '(?:good|fair|poor) tolerance',
      'well tolerated',
      'no (?:adverse|increase in (?:pain|sx|symptoms|\\w+))',
      'no c/o',
      '(?:without|w/o|no) (?:c/o|complaints?|increase|increased|pain|LOB|loss of balance|reproduction|sx|symptoms|giving way|freezing|rest breaks?)',
      // how the hold or rep went: "side plank 30 sec w/o dropping", "without hip hiking"
      '(?:without|w/o) (?:dropping|sagging|compensat\\w+|substitut\\w+|hiking|trunk lean|losing (?:form|position))',
    ),
    examples: { positive: ['tolerated well', 'pt tol well'], negative: ['as tolerated', 'tol to 3 sets'] },
  },
  {
    id: 'response.change',
    element: 'response',
    // A measure before → after or against last time: "lag 10 -> 5 deg by end", "SLS 20 sec (10 sec last visit)".
    re: words(
      String.raw`\d+(?:\.\d+)?\s*(?:deg|°|sec|s|%|#|cm|ft|/10)?\s*(?:->|→|-->)\s*\d+`,
      // the assist the patient needed fell during the task: "min A -> CGA", "CGA → SBA"
      String.raw`(?:(?:max|mod|min)\s?A|CGA|SBA)\s*(?:->|→|-->)\s*(?:(?:mod|min)\s?A|CGA|SBA|mod I|I|indep\w*)`,
      String.raw`(?:than|vs\.?)\s+(?:at\s+)?(?:last|prior|previous|visit|IE)\b`,
      String.raw`\d+\s*(?:sec|s|deg|°|%|#|ft|cm|min)?\s*\(\s*(?:was\s+|vs\.?\s+)?[^()]{0,24}\b(?:last|prior|previous)\s+(?:wk|week|visit|session|time|tx)\s*\)`,
      // a prior value in brackets is a comparison wherever it stands: "… w/o dropping (20 sec last wk)"
      String.raw`\(\s*(?:was\s+|vs\.?\s+|from\s+)?\d+(?:\.\d+)?\s*(?:sec|s|deg|°|%|#|ft|cm|min|reps?|x)?\s+(?:at\s+)?(?:last|prior|previous)\s+(?:wk|week|visit|session|time|tx)\s*\)`,
      String.raw`(?:centraliz|self[- ]correct|smoother|visibly|steadier|faster|slower)\w*`,
    ),
    examples: {
      positive: [
        'flexion 98 -> 104 deg after',
        'SLS 20 sec (10 sec last visit)',
        'slide board transfers x4, min A -> CGA',
        'side plank 30 sec (20 sec last wk)',
      ],
      negative: ['flexion AROM 0-90 deg'],
    },
  },
  {
    id: 'response.trials',
    element: 'response',
    // How the patient did over the trials: "6/6 trials", "7/10", "by the last trial", "completed all rounds".
    re: words(
      String.raw`\d+\s*/\s*\d+(?!\s*(?:pain|x|wk|week|day))(?:\s*(?:trials?|attempts?|reps?|sets?|times))?`,
      String.raw`\d+\s*%\s*(?:of\s+)?(?:trials?|the time|of time|accuracy)`,
      String.raw`(?:by|on|after|in) (?:the |her |his |their )?(?:last|final|first|second|third|end|\d(?:st|nd|rd|th))(?: (?:two|three|four|\d))? (?:trial|set|rep|round|attempt|bout)s?`,
      'by (?:the )?end',
      'completed (?:all|each|every|\\d+/\\d+)',
    ),
    examples: {
      positive: ['rose w/ one-hand support 6/6 trials', 'climbed w/o help by the last trial'],
      negative: ['STS x10 from 18 inch chair'],
    },
  },
  {
    id: 'response.symptoms',
    element: 'response',
    re: words(
      'pain (?:after|post|decreased|increased|reduced|improved|same|unchanged|\\d+/10)',
      '\\d+/10',
      'c/o',
      // the patient's report of how it went ("pt reports less pain"), not another person's ("nursing reports")
      "(?:pt|patient|she|he|they|child)(?:'s)? (?:reports?|reported|states?|stated)",
      '(?<!(?:nursing|nurse|RN|MD|staff|family|caregiver|mom|dad)\\s)(?:reported|reports?(?= (?:less|more|no|decreased|increased|improved|feeling|feels|pain|\\d)))',
      'fatigue[ds]?',
      'SOB',
      'DOE',
      'LOB',
      'needed (?:seated )?rest',
      'rest breaks?',
      'soreness',
      'cramping',
      // a count of slips tells how it went: "10 bites, spilled 3", "dropped 2 of 10 pegs", "3 errors"
      String.raw`(?:spilled|dropped|missed|knocked over)\s+(?:\d+|one|two|three|none)`,
      String.raw`\d+\s+(?:errors?|mistakes?|spills?|drops?|misses|near[- ]falls?)\b`,
    ),
    examples: {
      positive: ['fatigued after 2nd set', '10 bites, spilled 3', 'copied 5 letters with 2 errors'],
      negative: ['exercises for pain-free ROM', 'picked up dropped items from floor x5'],
    },
  },
  {
    id: 'response.performance',
    element: 'response',
    re: words(
      'improv(?:ed|ing|ement)',
      'kept (?:pace|up)',
      'engaged (?:well|throughout)',
      'participat(?:ed|es|ing) (?:well|fully|actively|throughout)',
      // teach-back of a sequence: "pt verbalized the sequence correctly"
      'verbali[sz]ed (?:\\w+ ){0,3}correctly',
      // help faded within the session: "mod VC -> min VC by end", "min A -> CGA"
      '(?:max|mod|min|moderate|minimal|maximal) ?(?:a|assist|vcs?|cues?|tcs?) ?(?:->|→|to) ?(?:mod|min|cga|sba|supervision|set-?up|indep\\w*|mod i|no cues)',
      'progress(?:ing)? (?:noted|toward|with)',
      'making progress',
      'able to',
      'unable to',
      'difficulty',
      'demonstrates',
      'return[- ]demo(?:nstration)?',
      'return[- ]demonstrat(?:ed|es|ing)',
      // teach-back: "daughter demonstrated correctly x2" (a therapist demonstrating is not a response)
      'demonstrat(?:ed|es|ing) (?:\\w+ )?(?:correct|good|safe|proper|understanding|independen|competen|accurate)\\w*',
      'verbali[sz]ed understanding',
      '(?:good|fair|poor|improved) (?:carryover|form|technique|understanding|control|recall)',
      'independent(?:ly)? (?:with|w/) (?:HEP|technique)',
      'decreased (?:LOB|sway|assist|cues)',
      'increased (?:ease|speed|time)',
      // how much help the patient needed to finish: "pt completed with SBA and 2 VC" (not "performed with red TB")
      String.raw`(?:pt|patient|child|she|he|they) (?:completed|performed|finished)(?: (?:it|task|the task|activity|the activity))? (?:with|w/) (?:SBA|CGA|(?:min|mod|max)(?:imal)?\s?A\b|\d+ (?:VCs?|cues?|verbal)|no (?:assist\w*|cues|LOB|errors|difficulty))`,
    ),
    examples: {
      positive: [
        'able to complete w/o LOB',
        'pt completed with SBA and 2 VC',
        'pt verbalized the steps correctly',
        'mod A -> min A by the last trial',
      ],
      negative: ['complete 3 sets', 'pt performed with red TB', 'min A for balance'],
    },
  },
];

/** Statements about the whole session: count as the response for every code in the note. */
export const SESSION_RESPONSE = words(
  "tolerated (?:all|the|today'?s|entire)? ?(?:tx|treatment|session|interventions?|therapy|exercises?|activities|visit|program)",
  '(?:tx|treatment|session|interventions?|therapy) (?:was |were )?(?:well )?tolerated',
  'no adverse (?:reactions?|events?|effects?)',
  // a dictated or paediatric summary of the whole visit: "she tolerated everything well", "child engaged well"
  'tolerated (?:everything|it all|all of it)',
  '(?:child|pt|patient|he|she|they) (?:was )?engaged (?:well|throughout)',
  '(?:child|pt|patient|resident|client|he|she|they) (?:participated|worked) (?:well|fully|actively|hard|throughout)',
  // "Child was cooperative, needed 2 movement breaks": how the child took the whole session
  '(?:child|pt|patient|he|she|they) (?:was|were) (?:cooperative|engaged|attentive)',
  // how a child took the session's transitions: "child transitioned with 2 meltdowns, regulated within 1 min"
  '(?:child|pt|patient|he|she|they) (?:transitioned|self[- ]regulated|regulated|calmed|settled)\\b',
  // dictated: "she did well overall and was tired at the end"
  '(?:child|pt|patient|he|she|they) did (?:well|great|fine|ok) (?:overall|today|throughout|with (?:all|everything))',
  '(?:at|by) (?:the )?end of (?:the )?(?:session|tx|treatment|visit)',
  'throughout (?:the )?(?:session|tx|treatment|visit)',
  '(?:post|after)[- ](?:tx|treatment|session)',
  'completed? all (?:tasks|activities|exercises|interventions)',
  // a line the therapist heads "Response:" or "Pt response:" speaks for the session
  // (with something written after it: "Response: {Response:30411}" is an unchosen SmartList)
  '(?:pt |patient )?response(?: to (?:tx|treatment|session))?:(?=[ \\t]*(?:[A-Za-z0-9]|\\r?\\n|$))',
);

/**
 * A response sentence that belongs to no intervention ("Pt tolerated well.", "Response: pain 2/10
 * post", "Pt fatigued by final activity") is about the session; completeness tests the text between
 * interventions, from the first one on (the Subjective before it reports history, not response).
 */
export const SESSION_RESPONSE_OUTSIDE: readonly RegExp[] = RESPONSE_DETECTORS.map((d) => d.re);
