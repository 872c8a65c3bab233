/**
 * The catalogue schema: the single source of the catalogue's TypeScript types,
 * of `dist/catalogue.schema.json` (generated at build time by
 * `scripts/catalogue-plugin.ts`) and of the validation of clinic catalogues.
 *
 * Written with `zod/mini` so that the validator stays small; it is only loaded
 * in the browser when a clinic catalogue is loaded (see `load.ts`).
 */
import * as z from 'zod/mini';
import { TRIAGE_LEVELS } from './levels';

/** Lower-case kebab-case identifiers, e.g. `bird-dog`. */
export const Id = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "bird-dog"'),
);
const Text = z.string().check(z.minLength(1, 'expected non-empty text'));
const TextList = z.array(Text).check(z.minLength(1, 'expected at least one item'));
/** Every content entry names the ids of its sources (entries of `sources`). */
const SourceIds = z.array(Id).check(z.minLength(1, 'expected at least one source id'));

export const EVIDENCE_LEVELS = ['guideline', 'research', 'expert', 'convention'] as const;
export const Evidence = z.enum(EVIDENCE_LEVELS);

export const TriageLevel = z.enum(TRIAGE_LEVELS);

/**
 * A source. A citation is dated: `year` for a publication, or `accessed` (the
 * month it was last read) for a web page that changes; never both, and never
 * an invented year. The one entry that is not a citation (common coaching
 * practice) has neither and says so in its title.
 */
export const Source = z
  .strictObject({
    id: Id,
    /** As published (not checked for plain language). */
    title: Text,
    /** The organisation, or for an article the journal, e.g. "NHS website" or "Eur Spine J". */
    publisher: z.optional(Text),
    /** e.g. "Finucane LM et al." */
    authors: z.optional(Text),
    /** Year of a dated publication. */
    year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
    /** Volume, issue and pages, an article number or an update, as published: "50(7):350–372", "CD004750". */
    details: z.optional(Text),
    /** Month a web page was last read, `YYYY-MM`. */
    accessed: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM, e.g. "2026-11"'))),
    /** A DOI such as "10.2519/jospt.2020.9971" (shown as a https://doi.org/ link). */
    doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI such as "10.2519/jospt.2020.9971"'))),
    url: z.optional(z.url()),
  })
  .check(
    z.refine((s) => s.year === undefined || s.accessed === undefined, {
      message: 'give year (a publication) or accessed (a web page), not both',
      path: ['accessed'],
    }),
  );

/** A named easier or harder version of an exercise. */
export const Variation = z.strictObject({
  name: Text,
  how: Text,
});

/**
 * How much and how often. Ranges are text ("2–3", "20–30"); the card
 * renders them through the `ui.exerciseCard` templates.
 */
export const Dosage = z
  .strictObject({
    /** Number of sets, e.g. "2–3". */
    sets: z.optional(Text),
    /** Repetitions per set, e.g. "8–12". */
    reps: z.optional(Text),
    /**
     * Holds in each set, for a descending pyramid such as McGill's: `[6, 4, 2]`
     * is 6 holds in the first set, 4 in the second, 2 in the third. It gives
     * the sets and reps, so it comes with `holdSeconds` and without them.
     */
    pyramid: z.optional(z.array(z.int().check(z.gte(1), z.lte(100))).check(z.minLength(2, 'expected at least two sets'))),
    /** Seconds each hold lasts, e.g. "10" or "20–30". */
    holdSeconds: z.optional(Text),
    /** Whether the numbers are for each side. */
    perSide: z.optional(z.boolean()),
    /** How often, e.g. "Daily" or "2–3 days a week". */
    frequency: Text,
    /** Anything else, e.g. rest between sets. */
    note: z.optional(Text),
  })
  .check(
    z.refine((d) => d.pyramid === undefined || (d.sets === undefined && d.reps === undefined), {
      message: 'a pyramid gives the sets and reps: leave out sets and reps',
      path: ['pyramid'],
    }),
    z.refine((d) => d.pyramid === undefined || d.holdSeconds !== undefined, {
      message: 'a pyramid counts holds: give holdSeconds too',
      path: ['pyramid'],
    }),
  );

/** A number in figure units or degrees: finite, within ±360. */
const FigureNumber = z.number().check(z.gte(-360), z.lte(360));

/**
 * One keyframe of a movement figure: twelve numbers, in the order of
 * `POSE_FIELDS` (components/exercise-card/pose.ts): the hip's x and y, then
 * the direction in degrees of the trunk, head, near upper arm and forearm,
 * far upper arm and forearm, near thigh and shin, far thigh and shin
 * (0 forward, 90 down, 180 back, −90 up). README: "Movement figures".
 */
export const Pose = z.array(FigureNumber).check(z.length(12, 'expected 12 numbers: hipX, hipY, then 10 angles'));

export const EQUIPMENT_KINDS = ['mat', 'step', 'bench', 'chair', 'bar', 'wall'] as const;
/** Equipment drawn as a simple shape in the box it takes up, in figure units (160 × 120, floor at y = 112). */
export const Equipment = z.strictObject({
  kind: z.enum(EQUIPMENT_KINDS),
  x: FigureNumber,
  y: FigureNumber,
  w: z.number().check(z.gte(0), z.lte(160)),
  h: z.number().check(z.gte(0), z.lte(120)),
});

/** A side-view stick figure that moves between its poses, and back. */
export const Figure = z
  .strictObject({
    /** One sentence naming the start and end pose: the figure's text alternative. */
    alt: Text,
    poses: z.array(Pose).check(z.minLength(1, 'expected at least one pose'), z.maxLength(8)),
    /** The pose shown still (reduced motion, print, paused): an index into `poses`; the last one if left out. */
    key: z.optional(z.int().check(z.gte(0), z.lte(7))),
    /** Seconds to move from one pose to the next (default 1.5). */
    seconds: z.optional(z.number().check(z.gte(0.2), z.lte(10))),
    /** Seconds to stay at each pose (default 1). */
    hold: z.optional(z.number().check(z.gte(0), z.lte(30))),
    equipment: z.optional(z.array(Equipment)),
  })
  .check(
    z.refine((f) => f.key === undefined || f.key < f.poses.length, {
      message: 'key is an index into poses',
      path: ['key'],
    }),
  );

export const Exercise = z.strictObject({
  id: Id,
  name: Text,
  /** What it works, in plain words, e.g. ["stomach muscles", "buttocks (glutes)"]. */
  target: TextList,
  /** One line: what it is for (shown in compact cards). */
  purpose: Text,
  /** How it may help a runner's back (1–3 sentences): what it may do, never a promise. */
  why: Text,
  steps: z.array(Text).check(z.minLength(1, 'expected at least one step')),
  /**
   * Id of the timer protocol for its holds, in `protocols` (e.g. `mcgill-big-3`): the card then offers
   * "Start the holds", which opens that protocol's timer. Leave it out for exercises that count reps.
   */
  protocol: z.optional(Id),
  dosage: Dosage,
  tips: TextList,
  mistakes: TextList,
  easier: z.optional(Variation),
  harder: z.optional(Variation),
  caution: Text,
  evidence: Evidence,
  sources: SourceIds,
  /** A moving stick figure of the exercise (README: "Movement figures"). */
  figure: z.optional(Figure),
});

export const RedFlagQuestion = z.strictObject({
  id: Id,
  level: TriageLevel,
  /** The question, phrased so that "yes" means the flag is present. */
  question: Text,
  /** Help for words that need it, e.g. what "saddle area" means. */
  hint: z.optional(Text),
  /** The flag in plain words, listed in the result ("pain in both legs"). */
  reason: Text,
  sources: SourceIds,
});

/**
 * `{emergencyNumber}` in any text of a set is the page's `emergency-number`, or
 * `ui.redFlagChecker.defaultEmergencyNumber` ("your local emergency number");
 * `{adviceLine}` is the page's `advice-line`, or `ui.redFlagChecker.defaultAdviceLine`.
 */
export const RedFlagResult = z.strictObject({
  level: TriageLevel,
  /** Visually hidden prefix of the heading, e.g. "Immediate action required:". */
  prefix: Text,
  heading: Text,
  /** What to do, action first. */
  actions: TextList,
  sources: SourceIds,
});

/**
 * The signs to act on at once, shown in every result below `emergency`:
 * `intro` ("Call {emergencyNumber} at once if you get any of these:"), the
 * `signs` as a list, then `outro` ("Check again if anything else changes.").
 */
export const SafetyNet = z.strictObject({
  intro: Text,
  signs: TextList,
  outro: Text,
});

export const RedFlagSet = z.strictObject({
  id: Id,
  name: Text,
  /** Frames every question once: what they are about, and which time they ask about. */
  intro: Text,
  /** Always visible: what the checker is and is not, and who it is for. */
  disclaimer: Text,
  safetyNet: SafetyNet,
  questions: z.array(RedFlagQuestion).check(z.minLength(1, 'expected at least one question')),
  results: z.array(RedFlagResult).check(z.length(4, 'expected one result for each of the 4 levels')),
  sources: SourceIds,
});

export const CueGroup = z.strictObject({
  id: Id,
  name: Text,
  sources: SourceIds,
});

export const Cue = z.strictObject({
  id: Id,
  /** Id of its entry in `cueGroups`. */
  group: Id,
  /** A short instruction (12 words at most). */
  instruction: Text,
  /** Why, in one or two sentences. */
  why: Text,
  evidence: Evidence,
  sources: SourceIds,
});

const Seconds = z.int().check(z.gte(1), z.lte(86_400));
export const TimedPhase = z.strictObject({
  label: Text,
  seconds: Seconds,
});

/** A run of rounds: `work`, then `rest` between rounds (none after the last). */
export const ProtocolSet = z.strictObject({
  rounds: z.int().check(z.gte(1), z.lte(100)),
  work: TimedPhase,
  rest: z.optional(TimedPhase),
});

export const Protocol = z.strictObject({
  id: Id,
  label: Text,
  sets: z.array(ProtocolSet).check(z.minLength(1, 'expected at least one set')),
  /** Rest between sets (none after the last). */
  setRest: z.optional(TimedPhase),
  safetyNote: Text,
  sources: SourceIds,
});

/** One step of a routine: an exercise, and the timer for its holds if it has any. */
export const RoutineStep = z.strictObject({
  /** Id of its entry in `exercises`. */
  exercise: Id,
  /** Id of the timer protocol for its holds, in `protocols`; left out for an exercise that counts reps. */
  protocol: z.optional(Id),
});

/** A guided routine: exercises done one after another (`<stride-routine>`). */
export const Routine = z.strictObject({
  id: Id,
  name: Text,
  /** What it is for, how long it takes and how often (1–3 sentences). */
  intro: Text,
  /** When to stop or take care, shown before the steps. */
  safetyNote: Text,
  steps: z.array(RoutineStep).check(z.minLength(1, 'expected at least one step')),
  sources: SourceIds,
});

/** A group of UI strings with exactly these keys. */
function strings<const K extends string>(keys: readonly K[]) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, Text])) as Record<K, typeof Text>);
}

/**
 * The CLDR plural categories: a counted string gives the text for each
 * category its language uses (`Intl.PluralRules`); `other` is required and
 * stands in for any category left out.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export const PluralForms = z.strictObject({
  zero: z.optional(Text),
  one: z.optional(Text),
  two: z.optional(Text),
  few: z.optional(Text),
  many: z.optional(Text),
  other: Text,
});
/**
 * A UI string that changes with a count: plain text (the same for every
 * count) or `{ "one": "{sets} set", "other": "{sets} sets" }`. Each key's
 * comment names the placeholder whose number picks the form.
 */
export const Counted = z.union([Text, PluralForms]);

/**
 * Every UI string of every widget. `{name}` placeholders are filled in by the
 * widgets; text is always rendered as text, never as HTML.
 */
export const UiStrings = z.strictObject({
  common: strings([
    'sourcesHeading',
    'evidenceLabel',
    'errorHeading',
    'reset',
    /** `{month}`: when a web page source was read, e.g. "accessed {month}" → "accessed November 2026" */
    'accessed',
  ]),
  evidence: strings(EVIDENCE_LEVELS),
  evidenceDescriptions: strings(EVIDENCE_LEVELS),
  errors: strings([
    /** `{attribute}`, `{value}`, `{accepted}` */
    'invalidAttribute',
    /** `{attribute}`, `{accepted}` */
    'missingAttribute',
    /** `{attribute}`, `{value}`, `{accepted}`: an optional value that is ignored */
    'ignoredAttribute',
    'headingLevelAccepted',
    'themeAccepted',
  ]),
  exerciseCard: z.extend(
    strings([
      'targetLabel',
      'whyHeading',
      'stepsHeading',
      'showSteps',
      /** The name of the button on a moving figure that stops it ("Pause the movement")… */
      'pauseFigure',
      /** …and sets it moving again ("Play the movement"). */
      'playFigure',
      'dosageHeading',
      'perSide',
      /** `{frequency}` */
      'frequency',
      /** The button that opens the timer of an exercise with a `protocol`. */
      'startHolds',
      /** The same button while the timer is open: it closes the timer. */
      'hideTimer',
      /** Said by screen readers when the timer opens (the timer's own start button is `recoveryTimer.start`). */
      'timerOpen',
      /** Shown when the timer's code could not be loaded (offline, say). */
      'timerFailed',
      'tipsHeading',
      'mistakesHeading',
      'variationsHeading',
      'easierLabel',
      'harderLabel',
      'cautionHeading',
      /** Shown in the caution of every card: who should check with a professional before starting. */
      'generalCaution',
      'exerciseAccepted',
    ]),
    {
      /** `{sets}`, counted by `{sets}` (a range such as "2–3" counts as its upper end) */
      sets: Counted,
      /** `{reps}`, counted by `{reps}` */
      reps: Counted,
      /** `{seconds}`, counted by `{seconds}` */
      hold: Counted,
      /** `{seconds}`, `{sets}` (the `pyramidSet` of each set, as a list), counted by `{seconds}`: "10-second holds: 6 in set 1, 4 in set 2 and 2 in set 3" */
      pyramid: Counted,
      /** `{count}`, `{set}`, counted by `{count}`: one set of a pyramid, e.g. "6 in set 1" */
      pyramidSet: Counted,
    },
  ),
  redFlagChecker: strings([
    'yes',
    'no',
    'submit',
    'reset',
    'errorSummaryHeading',
    /** `{question}` */
    'unansweredError',
    'reasonsHeading',
    /** Visually hidden before each inline error, e.g. "Error:" */
    'errorPrefix',
    /** `{emergencyNumber}` without the `emergency-number` attribute, e.g. "your local emergency number" */
    'defaultEmergencyNumber',
    /** `{adviceLine}` without the `advice-line` attribute, e.g. "an urgent advice line" */
    'defaultAdviceLine',
    'setAccepted',
    /** What `emergency-number` and `advice-line` accept */
    'phoneNumberAccepted',
    /** Headings that group the questions by level, most severe first */
    'emergencyGroup',
    'urgentGroup',
    'soonGroup',
    'selfCareGroup',
    /** The review line when no clinician has reviewed the content: `{sourcesChecked}` (a month) */
    'reviewPending',
    /** The review line of reviewed content: `{by}`, `{role}`, `{date}` */
    'reviewDone',
    /** The review line without a role: `{by}`, `{date}` */
    'reviewDoneNoRole',
    /** Added after the review line when `nextDue` is given: `{nextDue}` */
    'reviewNextDue',
    /** Shown only where JavaScript is off (in a pre-rendered page): `{emergencyNumber}` */
    'needsJavaScript',
  ]),
  formCues: z.extend(
    strings([
      'heading',
      'whyLabel',
      'reset',
      'cuesAccepted',
      /** `{ids}`, `{accepted}`: ids in the `cues` attribute that are not in the catalogue (the known ones still show) */
      'unknownCues',
      'storageUnavailable',
    ]),
    {
      /** `{checked}`, `{total}`, counted by `{checked}`: "1 of 12 checked" */
      progress: Counted,
    },
  ),
  recoveryTimer: strings([
    'start',
    'pause',
    'resume',
    'reset',
    /** `{phase}`, `{round}`, `{rounds}` */
    'phaseRound',
    /** `{set}`, `{sets}` */
    'setOf',
    'ready',
    'complete',
    'timeLeft',
    'defaultWorkLabel',
    'defaultRestLabel',
    'safetyHeading',
    'protocolAccepted',
    'durationAccepted',
    'roundsAccepted',
    /** What is accepted when both `protocol` and `duration` are set, or neither */
    'protocolOrDuration',
    /** Heading when `duration` is used without `label` */
    'defaultHeading',
    /** Accessible name of the progress bar */
    'progressLabel',
    /** `{elapsed}`, `{total}`: the progress bar's text, e.g. "2:30 of 15:00 done" */
    'progressText',
  ]),
  routine: z.extend(
    strings([
      /** Heading of the routine's safety note */
      'safetyHeading',
      'back',
      'next',
      /** The next button on the last step */
      'finish',
      /** Heading shown when the routine is finished */
      'completeHeading',
      'restart',
      'routineAccepted',
    ]),
    {
      /** `{step}`, `{steps}`, counted by `{steps}`: "Step 2 of 4" */
      progress: Counted,
      /** `{step}`, `{steps}`, `{exercise}` (its name), counted by `{steps}`: what screen readers hear at each new step, "Step 2 of 4: Side plank" */
      stepAnnouncement: Counted,
      /** `{steps}`, counted by `{steps}`: "You have done all 4 exercises." */
      completeText: Counted,
    },
  ),
});

const IsoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date such as "2026-12-01"'));
const YearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month such as "2026-11"'));

/**
 * Who checked the content, in what role, when, and when it is next due. The
 * bundled catalogue says honestly that no clinician has reviewed it yet; a
 * clinic records its own clinical-safety review here. Shown by the red-flag
 * checker under its disclaimer.
 */
export const Review = z
  .strictObject({
    reviewed: z.boolean(),
    /** Who reviewed it, e.g. "Dr A Patel". */
    by: z.optional(Text),
    /** Their role, e.g. "clinical safety officer". */
    role: z.optional(Text),
    /** When it was reviewed. */
    date: z.optional(IsoDate),
    /** When the next review is due. */
    nextDue: z.optional(IsoDate),
    /** The month the content was last checked against its sources. */
    sourcesChecked: YearMonth,
  })
  .check(
    z.refine((r) => !r.reviewed || (r.by !== undefined && r.date !== undefined), {
      message: 'a reviewed catalogue names who reviewed it (by) and when (date)',
    }),
  );

/** Editors may point a catalogue at `catalogue.schema.json`; the widgets ignore it. */
const SchemaRef = z.optional(z.string());

export const Catalogue = z.strictObject({
  $schema: SchemaRef,
  version: Text,
  locale: Text,
  sources: z.array(Source),
  exercises: z.array(Exercise),
  redFlagSets: z.array(RedFlagSet),
  cueGroups: z.array(CueGroup),
  cues: z.array(Cue),
  protocols: z.array(Protocol),
  /** Optional in a whole catalogue (clinic catalogues written before routines existed stay valid): none if left out. */
  routines: z._default(z.array(Routine), []),
  ui: UiStrings,
  review: Review,
});

/**
 * What `loadCatalogue(…, { mode: 'merge' })` accepts: every top-level section
 * optional, each entry whole; `ui` may give any subset of groups and strings.
 */
export const CatalogueMerge = z.strictObject({
  $schema: SchemaRef,
  version: z.optional(Text),
  locale: z.optional(Text),
  sources: z.optional(z.array(Source)),
  exercises: z.optional(z.array(Exercise)),
  redFlagSets: z.optional(z.array(RedFlagSet)),
  cueGroups: z.optional(z.array(CueGroup)),
  cues: z.optional(z.array(Cue)),
  protocols: z.optional(z.array(Protocol)),
  routines: z.optional(z.array(Routine)),
  ui: z.optional(
    z.strictObject({
      common: z.optional(z.partial(UiStrings.shape.common)),
      evidence: z.optional(z.partial(UiStrings.shape.evidence)),
      evidenceDescriptions: z.optional(z.partial(UiStrings.shape.evidenceDescriptions)),
      errors: z.optional(z.partial(UiStrings.shape.errors)),
      exerciseCard: z.optional(z.partial(UiStrings.shape.exerciseCard)),
      redFlagChecker: z.optional(z.partial(UiStrings.shape.redFlagChecker)),
      formCues: z.optional(z.partial(UiStrings.shape.formCues)),
      recoveryTimer: z.optional(z.partial(UiStrings.shape.recoveryTimer)),
      routine: z.optional(z.partial(UiStrings.shape.routine)),
    }),
  ),
  /** Whole: a clinic's review replaces the bundled one. */
  review: z.optional(Review),
});

export type Catalogue = z.infer<typeof Catalogue>;
export type CatalogueMerge = z.infer<typeof CatalogueMerge>;
export type Source = z.infer<typeof Source>;
export type Exercise = z.infer<typeof Exercise>;
export type Figure = z.infer<typeof Figure>;
export type Equipment = z.infer<typeof Equipment>;
export type Dosage = z.infer<typeof Dosage>;
export type Variation = z.infer<typeof Variation>;
export type Evidence = z.infer<typeof Evidence>;
export type TriageLevel = z.infer<typeof TriageLevel>;
export type RedFlagSet = z.infer<typeof RedFlagSet>;
export type RedFlagQuestion = z.infer<typeof RedFlagQuestion>;
export type RedFlagResult = z.infer<typeof RedFlagResult>;
export type SafetyNet = z.infer<typeof SafetyNet>;
export type Review = z.infer<typeof Review>;
export type CueGroup = z.infer<typeof CueGroup>;
export type Cue = z.infer<typeof Cue>;
export type Protocol = z.infer<typeof Protocol>;
export type ProtocolSet = z.infer<typeof ProtocolSet>;
export type TimedPhase = z.infer<typeof TimedPhase>;
export type Routine = z.infer<typeof Routine>;
export type RoutineStep = z.infer<typeof RoutineStep>;
export type UiStrings = z.infer<typeof UiStrings>;
