/**
 * The bundled catalogue against the content brief
 * (`/work/shared/content/brief.md`). The brief's ids, levels, groups,
 * evidence, sources, dosages and timer phases are written out here by hand,
 * independently of the JSON, so a lost or changed entry fails a test.
 */
import { expect } from '@open-wc/testing';
import catalogue from '../../src/catalogue/catalogue.json';
import { Catalogue, type Dosage, type Evidence } from '../../src/catalogue/schema';
import { referenceIssues } from '../../src/catalogue/integrity';

// ---------------------------------------------------------------- the brief

const SOURCE_IDS = [
  'nhs-back-pain', 'girft-ces-2023', 'nhs-back-pathway-2017', 'nhs-sprains', 'nice-ng59', 'nice-cks-lbp',
  'nice-ng65', 'finucane-2020', 'verhagen-2016', 'acp-2017', 'french-2006', 'acsm-stretching',
  'mcgill-big3', 'who-exercise-2023', 'heiderscheit-2011', 'schubert-2014', 'lieberman-2015',
  'anderson-2020', 'teng-powers-2014', 'teng-powers-2015', 'teng-powers-2016', 'souza-2016',
  'nielsen-2014', 'belavy-2017', 'neason-2024', 'seed-blogs', 'nhs-sepsis', 'nice-cks-sciatica',
];

type BriefDosage = Pick<Dosage, 'sets' | 'reps' | 'holdSeconds'> & { perSide?: true };
type BriefExercise = { id: string; name: string; evidence: Evidence; sources: string[]; dosage: BriefDosage; variations: boolean };

const PYRAMID: BriefDosage = { sets: '3', reps: '6, 4, 2', holdSeconds: '10' };
const STRETCH: BriefDosage = { sets: '2–4', holdSeconds: '15–30', perSide: true };

const EXERCISES: BriefExercise[] = [
  { id: 'bird-dog', name: 'Bird dog', evidence: 'expert', sources: ['mcgill-big3', 'nice-ng59'], dosage: { ...PYRAMID, perSide: true }, variations: true },
  { id: 'side-plank', name: 'Side plank', evidence: 'expert', sources: ['mcgill-big3'], dosage: { ...PYRAMID, perSide: true }, variations: true },
  { id: 'curl-up', name: 'McGill curl-up', evidence: 'expert', sources: ['mcgill-big3'], dosage: PYRAMID, variations: true },
  { id: 'plank', name: 'Front plank', evidence: 'convention', sources: ['seed-blogs'], dosage: { sets: '3', holdSeconds: '20–30' }, variations: true },
  { id: 'glute-bridge', name: 'Glute bridge', evidence: 'research', sources: ['teng-powers-2016', 'seed-blogs'], dosage: { sets: '2–3', reps: '10', holdSeconds: '2' }, variations: true },
  { id: 'dead-bug', name: 'Dead bug', evidence: 'convention', sources: ['seed-blogs'], dosage: { sets: '2–3', reps: '6–8', perSide: true }, variations: true },
  { id: 'superman', name: 'Superman', evidence: 'convention', sources: ['seed-blogs'], dosage: { sets: '2', reps: '8', holdSeconds: '2–3' }, variations: true },
  { id: 'back-extension', name: 'Prone back extension', evidence: 'convention', sources: ['seed-blogs'], dosage: { sets: '2', reps: '8–10' }, variations: true },
  { id: 'squat', name: 'Bodyweight squat', evidence: 'convention', sources: ['seed-blogs', 'who-exercise-2023'], dosage: { sets: '2–3', reps: '8–12' }, variations: true },
  { id: 'reverse-lunge', name: 'Reverse lunge', evidence: 'convention', sources: ['seed-blogs'], dosage: { sets: '2–3', reps: '8', perSide: true }, variations: true },
  { id: 'bulgarian-split-squat', name: 'Bulgarian split squat', evidence: 'convention', sources: ['seed-blogs'], dosage: { sets: '2–3', reps: '6–8', perSide: true }, variations: true },
  { id: 'romanian-deadlift', name: 'Romanian deadlift (hip hinge)', evidence: 'convention', sources: ['seed-blogs'], dosage: { sets: '2–3', reps: '8' }, variations: true },
  { id: 'hanging-knee-raise', name: 'Hanging knee raise', evidence: 'convention', sources: ['seed-blogs'], dosage: { sets: '2–3', reps: '6–10' }, variations: true },
  { id: 'hamstring-stretch', name: 'Hamstring stretch', evidence: 'guideline', sources: ['acsm-stretching'], dosage: STRETCH, variations: true },
  { id: 'hip-flexor-stretch', name: 'Kneeling hip-flexor stretch', evidence: 'guideline', sources: ['acsm-stretching', 'souza-2016'], dosage: STRETCH, variations: true },
  { id: 'quad-stretch', name: 'Standing quad stretch', evidence: 'guideline', sources: ['acsm-stretching'], dosage: STRETCH, variations: true },
  { id: 'glute-stretch', name: 'Figure-four glute stretch', evidence: 'guideline', sources: ['acsm-stretching'], dosage: STRETCH, variations: true },
  { id: 'cobra', name: 'Cobra (press-up)', evidence: 'convention', sources: ['seed-blogs'], dosage: { reps: '5–10', holdSeconds: '2–3' }, variations: true },
  { id: 'cat-camel', name: 'Cat–camel', evidence: 'expert', sources: ['mcgill-big3'], dosage: { reps: '5–6' }, variations: false },
  { id: 'russian-twist', name: 'Russian twist', evidence: 'convention', sources: ['seed-blogs', 'belavy-2017'], dosage: { sets: '2', reps: '10' }, variations: true },
];

const CUE_GROUPS = [
  { id: 'posture', name: 'Posture' },
  { id: 'arms', name: 'Arms' },
  { id: 'stride', name: 'Stride and landing' },
  { id: 'core-and-hips', name: 'Core and hips' },
];

const CUES: { id: string; group: string; evidence: Evidence; sources: string[] }[] = [
  { id: 'quick-steps', group: 'stride', evidence: 'research', sources: ['heiderscheit-2011', 'schubert-2014'] },
  { id: 'land-under-hips', group: 'stride', evidence: 'research', sources: ['lieberman-2015', 'heiderscheit-2011'] },
  { id: 'soft-landing', group: 'stride', evidence: 'research', sources: ['anderson-2020'] },
  { id: 'tall-posture', group: 'posture', evidence: 'convention', sources: ['seed-blogs'] },
  { id: 'slight-lean', group: 'posture', evidence: 'research', sources: ['teng-powers-2014', 'teng-powers-2015'] },
  { id: 'relaxed-shoulders', group: 'posture', evidence: 'convention', sources: ['seed-blogs'] },
  { id: 'arms-bent', group: 'arms', evidence: 'convention', sources: ['seed-blogs'] },
  { id: 'arms-forward', group: 'arms', evidence: 'convention', sources: ['seed-blogs'] },
  { id: 'hips-level', group: 'core-and-hips', evidence: 'convention', sources: ['seed-blogs'] },
  { id: 'core-engaged', group: 'core-and-hips', evidence: 'convention', sources: ['seed-blogs'] },
  { id: 'hip-extension', group: 'core-and-hips', evidence: 'expert', sources: ['souza-2016'] },
  { id: 'build-gradually', group: 'stride', evidence: 'research', sources: ['nielsen-2014'] },
];

type Phase = [label: string, seconds: number];
type BriefSet = { rounds: number; work: Phase; rest?: Phase };
const PROTOCOLS: { id: string; label: string; sets: BriefSet[]; setRest?: Phase; sources: string[] }[] = [
  { id: 'ice', label: 'Cold pack', sets: [{ rounds: 1, work: ['Cold on', 15 * 60] }], sources: ['nhs-sprains', 'french-2006'] },
  { id: 'heat', label: 'Heat pack', sets: [{ rounds: 1, work: ['Heat on', 20 * 60] }], sources: ['french-2006', 'acp-2017'] },
  { id: 'stretch-holds', label: 'Stretch holds', sets: [{ rounds: 4, work: ['Hold', 30], rest: ['Switch sides', 10] }], sources: ['acsm-stretching'] },
  {
    id: 'mcgill-big-3',
    label: 'McGill big 3 holds',
    sets: [6, 4, 2].map((rounds) => ({ rounds, work: ['Hold', 10] as Phase, rest: ['Relax', 5] as Phase })),
    setRest: ['Rest', 30],
    sources: ['mcgill-big3'],
  },
  { id: 'plank-holds', label: 'Plank holds', sets: [{ rounds: 3, work: ['Hold', 30], rest: ['Rest', 30] }], sources: ['seed-blogs'] },
  { id: 'run-walk', label: 'Return-to-run intervals', sets: [{ rounds: 8, work: ['Run', 60], rest: ['Walk', 2 * 60] }], sources: ['neason-2024'] },
];

const SAFETY_CAUTION = 'Stop if you feel sharp pain, numbness or pain spreading down a leg.';

// ---------------------------------------------------------------- helpers

const parsed = Catalogue.safeParse(catalogue);
if (!parsed.success) throw new Error(`The bundled catalogue does not match the schema: ${JSON.stringify(parsed.error.issues)}`);
const data: Catalogue = parsed.data;
const set = data.redFlagSets.find((s) => s.id === 'low-back-pain')!;
const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`no entry "${id}"`);
  return found;
};
const words = (text: string) => text.trim().split(/\s+/).length;

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

// ---------------------------------------------------------------- content

describe('bundled catalogue: shape and references', () => {
  it('validates against the Catalogue schema', () => {
    const result = Catalogue.safeParse(catalogue);
    expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
  });

  it('has no reference problems', () => {
    expect(referenceIssues(data)).to.deep.equal([]);
  });

  it('is version 1.0.0 in en-GB', () => {
    expect(data.version).to.equal('1.0.0');
    expect(data.locale).to.equal('en-GB');
  });

  it('has exactly the sources of the brief, each with a title and a publisher or authors', () => {
    expect(data.sources.map((s) => s.id)).to.have.members(SOURCE_IDS);
    expect(data.sources).to.have.length(28);
    for (const s of data.sources) {
      expect(s.title, s.id).to.not.be.empty;
      expect(Boolean(s.publisher || s.authors), `${s.id} has a publisher or authors`).to.equal(true);
      if (s.url) expect(s.url, s.id).to.match(/^https:\/\//);
    }
  });

  it('gives every content entry at least one source', () => {
    const entries: [string, { sources: string[] }][] = [
      ...data.exercises.map((e) => [`exercise ${e.id}`, e] as [string, { sources: string[] }]),
      ...data.cues.map((c) => [`cue ${c.id}`, c] as [string, { sources: string[] }]),
      ...data.cueGroups.map((g) => [`group ${g.id}`, g] as [string, { sources: string[] }]),
      ...data.protocols.map((p) => [`protocol ${p.id}`, p] as [string, { sources: string[] }]),
      ...data.redFlagSets.map((s) => [`set ${s.id}`, s] as [string, { sources: string[] }]),
      ...set.questions.map((q) => [`question ${q.id}`, q] as [string, { sources: string[] }]),
      ...set.results.map((r) => [`result ${r.level}`, r] as [string, { sources: string[] }]),
    ];
    for (const [name, entry] of entries) expect(entry.sources, name).to.not.be.empty;
  });
});

describe('bundled catalogue: exercises', () => {
  it('has the 20 exercises of the brief, in its order', () => {
    expect(data.exercises.map((e) => e.id)).to.deep.equal(EXERCISES.map((e) => e.id));
  });

  for (const brief of EXERCISES) {
    it(`${brief.id}: name, evidence, sources and dosage match the brief`, () => {
      const e = byId(data.exercises, brief.id);
      expect(e.name).to.equal(brief.name);
      expect(e.evidence).to.equal(brief.evidence);
      expect(e.sources).to.deep.equal(brief.sources);
      expect(e.dosage.sets).to.equal(brief.dosage.sets);
      expect(e.dosage.reps).to.equal(brief.dosage.reps);
      expect(e.dosage.holdSeconds).to.equal(brief.dosage.holdSeconds);
      expect(Boolean(e.dosage.perSide)).to.equal(Boolean(brief.dosage.perSide));
      expect(e.dosage.frequency).to.not.be.empty;
    });

    it(`${brief.id}: 3–6 steps, 2–3 tips, 1–3 mistakes, a safety caution`, () => {
      const e = byId(data.exercises, brief.id);
      expect(e.steps.length).to.be.within(3, 6);
      expect(e.tips.length).to.be.within(2, 3);
      expect(e.mistakes.length).to.be.within(1, 3);
      expect(e.target).to.not.be.empty;
      expect(e.caution).to.contain(SAFETY_CAUTION);
      expect(Boolean(e.easier), 'easier').to.equal(brief.variations);
      expect(Boolean(e.harder), 'harder').to.equal(brief.variations);
    });
  }

  it('uses en dashes in ranges, never hyphens', () => {
    for (const e of data.exercises) {
      for (const value of [e.dosage.sets, e.dosage.reps, e.dosage.holdSeconds, e.dosage.frequency]) {
        if (value) expect(value, e.id).to.not.match(/\d-\d/);
      }
    }
  });

  it('gives the exercise-specific cautions of the brief', () => {
    expect(byId(data.exercises, 'russian-twist').caution).to.match(/flare-up/).and.match(/feet down/i).and.match(/small/);
    expect(byId(data.exercises, 'back-extension').caution).to.match(/pinches/);
    expect(byId(data.exercises, 'romanian-deadlift').caution).to.match(/pain-free/).and.match(/light/);
  });

  it('tells the reader to start easier if it hurts more than mild discomfort', () => {
    for (const e of data.exercises) {
      const note = `${e.dosage.note ?? ''} ${e.caution}`;
      expect(note, e.id).to.match(/more than mild discomfort|never pain/);
    }
  });
});

describe('bundled catalogue: form cues', () => {
  it('has the 4 groups of the brief', () => {
    expect(data.cueGroups.map((g) => ({ id: g.id, name: g.name }))).to.deep.equal(CUE_GROUPS);
  });

  it('has the 12 cues of the brief with their groups, evidence and sources', () => {
    expect(data.cues.map((c) => c.id)).to.have.members(CUES.map((c) => c.id));
    expect(data.cues).to.have.length(12);
    for (const brief of CUES) {
      const c = byId(data.cues, brief.id);
      expect(c.group, brief.id).to.equal(brief.group);
      expect(c.evidence, brief.id).to.equal(brief.evidence);
      expect(c.sources, brief.id).to.deep.equal(brief.sources);
    }
  });

  it('keeps every instruction to 12 words or fewer, and every why to 1–2 sentences', () => {
    for (const c of data.cues) {
      expect(words(c.instruction), `${c.id}: "${c.instruction}"`).to.be.at.most(12);
      const sentences = c.why.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, `${c.id}: "${c.why}"`).to.be.within(1, 2);
    }
  });

  it('is honest about cadence and foot strike', () => {
    expect(byId(data.cues, 'quick-steps').why).to.match(/5–10%/).and.match(/180/);
    expect(byId(data.cues, 'soft-landing').why).to.match(/do not force/i);
  });
});

describe('bundled catalogue: timer protocols', () => {
  it('has the 6 protocols of the brief', () => {
    expect(data.protocols.map((p) => p.id)).to.deep.equal(PROTOCOLS.map((p) => p.id));
  });

  for (const brief of PROTOCOLS) {
    it(`${brief.id}: label, phases, seconds and sources match the brief`, () => {
      const p = byId(data.protocols, brief.id);
      expect(p.label).to.equal(brief.label);
      const phase = (ph?: { label: string; seconds: number }) => (ph ? [ph.label, ph.seconds] : undefined);
      expect(p.sets.map((s) => ({ rounds: s.rounds, work: phase(s.work), rest: phase(s.rest) }))).to.deep.equal(
        brief.sets.map((s) => ({ rounds: s.rounds, work: s.work, rest: s.rest })),
      );
      expect(phase(p.setRest)).to.deep.equal(brief.setRest);
      expect(p.sources).to.deep.equal(brief.sources);
      expect(p.safetyNote).to.not.be.empty;
    });
  }

  it('ice: wrapped, never on bare skin, 10–20 minutes, when to stop, and weak evidence', () => {
    const note = byId(data.protocols, 'ice').safetyNote;
    expect(note).to.match(/cloth/).and.match(/bare skin/).and.match(/10–20 minutes/);
    expect(note).to.match(/burns/).and.match(/numb/).and.match(/circulation/).and.match(/weak/);
  });
});

describe('bundled catalogue: wording rules', () => {
  const all = strings(data);

  it('contains no pseudo-science, "no pain, no gain" or cures', () => {
    for (const [path, text] of all) {
      expect(text, path).to.not.match(/detox|alkaline|no pain,? no gain|miracle|\bcure[sd]?\b|supplement/i);
    }
  });

  it('mentions bed rest only to say avoid it', () => {
    const mentions = all.filter(([, text]) => /bed rest/i.test(text));
    expect(mentions).to.not.be.empty;
    for (const [path, text] of mentions) expect(text, path).to.match(/avoid bed rest/i);
  });

  it('names no medicines: only "ask a pharmacist about pain relief"', () => {
    for (const [path, text] of all) {
      expect(text, path).to.not.match(/ibuprofen|paracetamol|naproxen|codeine|nsaid|painkiller|tablets? (for|to)/i);
    }
    expect(all.some(([, text]) => text.includes('Ask a pharmacist about pain relief.'))).to.equal(true);
  });

  it('mentions manipulation or massage only as something that may help alongside exercise', () => {
    // Source titles are citations, not advice ("step rate manipulation").
    for (const [path, text] of all.filter(([p]) => !p.startsWith('sources'))) {
      if (/manipulation|massage|chiropract|osteopath/i.test(text)) expect(text, path).to.match(/may help alongside exercise/);
    }
  });

  it('keeps the placeholders the widgets fill in', () => {
    const { ui } = data;
    expect(ui.errors.invalidAttribute).to.include('{attribute}').and.include('{value}').and.include('{accepted}');
    expect(ui.errors.missingAttribute).to.include('{attribute}').and.include('{accepted}');
    expect(ui.errors.ignoredAttribute).to.include('{attribute}').and.include('{value}').and.include('{accepted}');
    expect(ui.exerciseCard.sets).to.include('{sets}');
    expect(ui.exerciseCard.reps).to.include('{reps}');
    expect(ui.exerciseCard.hold).to.include('{seconds}');
    expect(ui.exerciseCard.frequency).to.include('{frequency}');
    expect(ui.redFlagChecker.unansweredError).to.include('{question}');
    expect(ui.formCues.progress).to.equal('{checked} of {total} checked');
    expect(ui.recoveryTimer.phaseRound).to.include('{phase}').and.include('{round}').and.include('{rounds}');
    expect(ui.recoveryTimer.setOf).to.include('{set}').and.include('{sets}');
    expect(ui.common.evidenceLabel).to.equal('Evidence:');
  });
});

// ---------------------------------------------------------------- referenceIssues

describe('referenceIssues', () => {
  const copy = (): Catalogue => structuredClone(data);

  it('reports a duplicate id with both paths', () => {
    const c = copy();
    c.exercises[3].id = 'bird-dog';
    expect(referenceIssues(c)).to.deep.equal(['exercises[3].id: duplicate id "bird-dog" (also exercises[0])']);
  });

  it('reports duplicate ids in every section and within a question set', () => {
    const c = copy();
    c.sources[1].id = c.sources[0].id;
    c.cues[2].id = c.cues[0].id;
    c.cueGroups[3].id = c.cueGroups[1].id;
    c.protocols[5].id = c.protocols[4].id;
    c.redFlagSets[0].questions[4].id = 'both-legs';
    c.redFlagSets.push(structuredClone(c.redFlagSets[0]));
    expect(referenceIssues(c)).to.include.members([
      `sources[1].id: duplicate id "${data.sources[0].id}" (also sources[0])`,
      `cues[2].id: duplicate id "${data.cues[0].id}" (also cues[0])`,
      `cueGroups[3].id: duplicate id "${data.cueGroups[1].id}" (also cueGroups[1])`,
      `protocols[5].id: duplicate id "${data.protocols[4].id}" (also protocols[4])`,
      'redFlagSets[1].id: duplicate id "low-back-pain" (also redFlagSets[0])',
      'redFlagSets[0].questions[4].id: duplicate id "both-legs" (also redFlagSets[0].questions[0])',
      'redFlagSets[1].questions[4].id: duplicate id "both-legs" (also redFlagSets[1].questions[0])',
    ]);
  });

  it('reports an unknown source id by its path', () => {
    const c = copy();
    c.exercises[3].sources.push('foo');
    expect(referenceIssues(c)).to.deep.equal([`exercises[3].sources[${c.exercises[3].sources.length - 1}]: unknown source id "foo"`]);
  });

  it('reports unknown source ids in questions, results, sets, groups, cues and protocols', () => {
    const c = copy();
    c.redFlagSets[0].sources[0] = 'a';
    c.redFlagSets[0].questions[2].sources[1] = 'b';
    c.redFlagSets[0].results[3].sources[0] = 'c';
    c.cueGroups[0].sources[0] = 'd';
    c.cues[5].sources[0] = 'e';
    c.protocols[1].sources[1] = 'f';
    expect(referenceIssues(c)).to.deep.equal([
      'redFlagSets[0].sources[0]: unknown source id "a"',
      'redFlagSets[0].questions[2].sources[1]: unknown source id "b"',
      'redFlagSets[0].results[3].sources[0]: unknown source id "c"',
      'cueGroups[0].sources[0]: unknown source id "d"',
      'cues[5].sources[0]: unknown source id "e"',
      'protocols[1].sources[1]: unknown source id "f"',
    ]);
  });

  it('reports every reference to a removed source', () => {
    const c = copy();
    c.sources = c.sources.filter((s) => s.id !== 'nice-ng65');
    const q = set.questions.findIndex((x) => x.id === 'morning-stiffness');
    const expected = [
      `redFlagSets[0].sources[${set.sources.indexOf('nice-ng65')}]: unknown source id "nice-ng65"`,
      `redFlagSets[0].questions[${q}].sources[0]: unknown source id "nice-ng65"`,
      ...set.results.flatMap((r, i) =>
        r.sources.includes('nice-ng65')
          ? [`redFlagSets[0].results[${i}].sources[${r.sources.indexOf('nice-ng65')}]: unknown source id "nice-ng65"`]
          : [],
      ),
    ];
    expect(referenceIssues(c)).to.deep.equal(expected);
  });

  it('reports an unknown cue group', () => {
    const c = copy();
    c.cues[2].group = 'legs';
    expect(referenceIssues(c)).to.deep.equal(['cues[2].group: unknown cue group "legs"']);
  });

  it('reports a missing result level', () => {
    const c = copy();
    c.redFlagSets[0].results = c.redFlagSets[0].results.filter((r) => r.level !== 'soon');
    expect(referenceIssues(c)).to.deep.equal(['redFlagSets[0].results: no result for level "soon"']);
  });

  it('reports a duplicated result level and the level it displaced', () => {
    const c = copy();
    c.redFlagSets[0].results[2].level = 'urgent';
    expect(referenceIssues(c)).to.deep.equal([
      'redFlagSets[0].results[2].level: duplicate level "urgent" (also redFlagSets[0].results[1])',
      'redFlagSets[0].results: no result for level "soon"',
    ]);
  });

  it('treats a missing section as empty', () => {
    expect(referenceIssues({})).to.deep.equal([]);
    const { exercises } = copy();
    expect(referenceIssues({ exercises: [exercises[3]] })).to.deep.equal([
      'exercises[0].sources[0]: unknown source id "seed-blogs"',
    ]);
  });
});
