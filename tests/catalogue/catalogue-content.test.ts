/**
 * The bundled catalogue against the content brief (the project's clinical
 * content brief, revision 2, kept outside this repository). The brief's ids, levels, groups,
 * evidence, sources, dosages and timer phases are written out here by hand,
 * independently of the JSON, so a lost or changed entry fails a test.
 */
import { expect } from '@open-wc/testing';
import catalogue from '../../src/catalogue/catalogue.json';
import { Catalogue, type Dosage, type Evidence } from '../../src/catalogue/schema';
import { referenceIssues } from '../../src/catalogue/integrity';

// ---------------------------------------------------------------- the brief (revision 2)

const SOURCE_IDS = [
  'nhs-back-pain', 'girft-ces-2023', 'nhs-sepsis', 'nhs-back-pathway-2017', 'nhs-sprains', 'nice-ng59',
  'nice-cks-lbp', 'nice-cks-sciatica', 'nice-ng65', 'finucane-2020', 'verhagen-2016', 'acp-2017', 'french-2006',
  'acsm-stretching', 'mcgill-big3', 'who-exercise-2023', 'heiderscheit-2011', 'schubert-2014', 'lieberman-2015',
  'anderson-2020', 'teng-powers-2014', 'teng-powers-2015', 'teng-powers-2016', 'souza-2016', 'nielsen-2014',
  'belavy-2017', 'neason-2024', 'coaching-practice',
];
/** Web pages that change: cited with the month they were read, never a year. */
const WEB_PAGES = ['nhs-back-pain', 'girft-ces-2023', 'nhs-sepsis', 'nhs-sprains', 'nice-cks-lbp', 'nice-cks-sciatica'];
/** The one entry that is not a citation. */
const NOT_A_CITATION = 'coaching-practice';
/** The only DOIs the brief confirms; any other would be invented. */
const DOIS: Record<string, string> = {
  'finucane-2020': '10.2519/jospt.2020.9971',
  'who-exercise-2023': '10.1007/s10926-023-10124-4',
  'teng-powers-2014': '10.2519/jospt.2014.5249',
  'neason-2024': '10.1136/bjsports-2024-108245',
};
/** Publication years, and volume, issue and pages only where the brief gives them. */
const PUBLICATIONS: Record<string, { year: number; details?: string; authors?: string }> = {
  'nhs-back-pathway-2017': { year: 2017 },
  'nice-ng59': { year: 2016, details: 'updated 2020' },
  'nice-ng65': { year: 2017 },
  'finucane-2020': { year: 2020, details: '50(7):350–372', authors: 'Finucane LM et al.' },
  'verhagen-2016': { year: 2016, details: '25(9):2788–2802', authors: 'Verhagen AP et al.' },
  'acp-2017': { year: 2017, details: '166(7):514–530', authors: 'Qaseem A et al.' },
  'french-2006': { year: 2006, details: 'CD004750', authors: 'French SD et al.' },
  'acsm-stretching': { year: 2021 },
  'mcgill-big3': { year: 2015, authors: 'McGill S' },
  'who-exercise-2023': { year: 2023, details: '33(4):636–650', authors: 'Verville L et al.' },
  'heiderscheit-2011': { year: 2011, details: '43(2):296–302', authors: 'Heiderscheit BC et al.' },
  'schubert-2014': { year: 2014, details: '6(3):210–217', authors: 'Schubert AG et al.' },
  'lieberman-2015': { year: 2015, details: '218(21):3406–3414', authors: 'Lieberman DE, Warrener AG, Wang J, Castillo ER' },
  'anderson-2020': { year: 2020, details: '50(5):885–917', authors: 'Anderson LM et al.' },
  'teng-powers-2014': { year: 2014, authors: 'Teng HL, Powers CM' },
  'teng-powers-2015': { year: 2015, details: '47(3):625–630', authors: 'Teng HL, Powers CM' },
  'teng-powers-2016': { year: 2016, details: '51(7):519–524', authors: 'Teng HL, Powers CM' },
  'souza-2016': { year: 2016, details: '27(1):217–236', authors: 'Souza RB' },
  'nielsen-2014': { year: 2014, details: '44(10):739–747', authors: 'Nielsen RO et al.' },
  'belavy-2017': { year: 2017, details: '7:45975', authors: 'Belavý DL et al.' },
  'neason-2024': { year: 2024, authors: 'Neason C et al.' },
};
/** Sources removed by revision 2: nothing may cite or mention them. */
const REMOVED_SOURCES = ['seed-blogs', 'nhs-ces-leaflets', 'nhs-pathway-slide'];

type BriefDosage = Pick<Dosage, 'sets' | 'reps' | 'holdSeconds' | 'pyramid'> & { perSide?: true };
type BriefExercise = { id: string; name: string; evidence: Evidence; sources: string[]; dosage: BriefDosage; variations: [easier: string, harder: string] | null };

const PYRAMID: BriefDosage = { pyramid: [6, 4, 2], holdSeconds: '10' };
const STRETCH: BriefDosage = { sets: '2–4', holdSeconds: '15–30', perSide: true };

const EXERCISES: BriefExercise[] = [
  { id: 'bird-dog', name: 'Bird dog', evidence: 'expert', sources: ['mcgill-big3', 'nice-ng59'], dosage: { ...PYRAMID, perSide: true }, variations: ['Arm or leg only', 'Add a weight'] },
  { id: 'side-plank', name: 'Side plank', evidence: 'expert', sources: ['mcgill-big3'], dosage: { ...PYRAMID, perSide: true }, variations: ['From your knees', 'Top leg raised'] },
  { id: 'curl-up', name: 'McGill curl-up', evidence: 'expert', sources: ['mcgill-big3'], dosage: PYRAMID, variations: ['Head supported', 'Elbows lifted'] },
  { id: 'plank', name: 'Front plank', evidence: 'convention', sources: ['coaching-practice', 'nice-ng59'], dosage: { sets: '3', holdSeconds: '20–30' }, variations: ['From your knees', 'Lift one foot'] },
  { id: 'glute-bridge', name: 'Glute bridge', evidence: 'convention', sources: ['teng-powers-2016', 'coaching-practice'], dosage: { sets: '2–3', reps: '10', holdSeconds: '2' }, variations: ['Both feet down', 'Single-leg bridge'] },
  { id: 'dead-bug', name: 'Dead bug', evidence: 'convention', sources: ['coaching-practice', 'nice-ng59'], dosage: { sets: '2–3', reps: '6–8', perSide: true }, variations: ['Arms only', 'Opposite arm and leg'] },
  { id: 'superman', name: 'Superman (lying arm and leg lift)', evidence: 'convention', sources: ['coaching-practice'], dosage: { sets: '2', reps: '8', holdSeconds: '2–3' }, variations: ['One arm at a time', 'Opposite arm and leg'] },
  { id: 'back-extension', name: 'Lying back extension', evidence: 'convention', sources: ['coaching-practice'], dosage: { sets: '2', reps: '8–10' }, variations: ['On your forearms', 'Hands by your head'] },
  { id: 'squat', name: 'Bodyweight squat', evidence: 'convention', sources: ['coaching-practice', 'who-exercise-2023'], dosage: { sets: '2–3', reps: '8–12' }, variations: ['Sit to a chair', 'Hold a weight'] },
  { id: 'reverse-lunge', name: 'Reverse lunge', evidence: 'convention', sources: ['coaching-practice'], dosage: { sets: '2–3', reps: '8', perSide: true }, variations: ['Hold a support', 'Hold weights'] },
  { id: 'bulgarian-split-squat', name: 'Split squat, back foot raised', evidence: 'convention', sources: ['coaching-practice'], dosage: { sets: '2–3', reps: '6–8', perSide: true }, variations: ['Lower step', 'Hold weights'] },
  { id: 'romanian-deadlift', name: 'Hip hinge (Romanian deadlift)', evidence: 'convention', sources: ['coaching-practice'], dosage: { sets: '2–3', reps: '8' }, variations: ['Broom handle along your back', 'light weights'] },
  { id: 'hanging-knee-raise', name: 'Hanging knee raise', evidence: 'convention', sources: ['coaching-practice'], dosage: { sets: '2–3', reps: '6–10' }, variations: ['Lying knee raise', 'Slower lowering'] },
  { id: 'hamstring-stretch', name: 'Hamstring stretch', evidence: 'convention', sources: ['acsm-stretching'], dosage: STRETCH, variations: ['with a strap', 'Standing'] },
  { id: 'hip-flexor-stretch', name: 'Kneeling hip-flexor stretch', evidence: 'expert', sources: ['souza-2016', 'acsm-stretching'], dosage: STRETCH, variations: ['Half-kneeling', 'One arm overhead'] },
  { id: 'quad-stretch', name: 'Standing thigh stretch', evidence: 'convention', sources: ['acsm-stretching'], dosage: STRETCH, variations: ['Hold a support', 'No support'] },
  { id: 'glute-stretch', name: 'Figure-four buttock stretch', evidence: 'convention', sources: ['acsm-stretching'], dosage: STRETCH, variations: ['Lying', 'Seated'] },
  { id: 'cobra', name: 'Cobra (press-up)', evidence: 'convention', sources: ['coaching-practice'], dosage: { reps: '5–10', holdSeconds: '2–3' }, variations: ['On your forearms', 'Straight arms'] },
  { id: 'cat-camel', name: 'Cat–camel', evidence: 'expert', sources: ['mcgill-big3'], dosage: { reps: '5–6' }, variations: null },
  { id: 'russian-twist', name: 'Russian twist', evidence: 'convention', sources: ['coaching-practice'], dosage: { sets: '2', reps: '10' }, variations: ['Smaller turn, hands on chest', 'Hold a light weight'] },
];

const STRETCHES = ['hamstring-stretch', 'hip-flexor-stretch', 'quad-stretch', 'glute-stretch'];

/** The brief's "Exercise → timer links": every other exercise counts reps and has no timer. */
const TIMER_LINKS: Record<string, string> = {
  'bird-dog': 'mcgill-big-3',
  'side-plank': 'mcgill-big-3',
  'curl-up': 'mcgill-big-3',
  plank: 'plank-holds',
  ...Object.fromEntries(STRETCHES.map((id) => [id, 'stretch-holds'])),
};
const BACKWARD_BENDS = ['superman', 'back-extension', 'cobra'];

const CUE_GROUPS = [
  { id: 'posture', name: 'Posture', sources: ['coaching-practice', 'teng-powers-2014', 'teng-powers-2015'] },
  { id: 'arms', name: 'Arms', sources: ['coaching-practice'] },
  { id: 'stride', name: 'Stride and landing', sources: ['heiderscheit-2011', 'schubert-2014', 'lieberman-2015', 'anderson-2020', 'nielsen-2014'] },
  { id: 'core-and-hips', name: 'Core and hips', sources: ['coaching-practice', 'souza-2016'] },
];

const CUES: { id: string; group: string; evidence: Evidence; sources: string[] }[] = [
  { id: 'quick-steps', group: 'stride', evidence: 'research', sources: ['heiderscheit-2011', 'schubert-2014'] },
  { id: 'land-under-hips', group: 'stride', evidence: 'research', sources: ['lieberman-2015', 'heiderscheit-2011'] },
  { id: 'soft-landing', group: 'stride', evidence: 'research', sources: ['anderson-2020'] },
  { id: 'tall-posture', group: 'posture', evidence: 'convention', sources: ['coaching-practice'] },
  { id: 'slight-lean', group: 'posture', evidence: 'research', sources: ['teng-powers-2014', 'teng-powers-2015'] },
  { id: 'relaxed-shoulders', group: 'posture', evidence: 'convention', sources: ['coaching-practice'] },
  { id: 'arms-bent', group: 'arms', evidence: 'convention', sources: ['coaching-practice'] },
  { id: 'arms-forward', group: 'arms', evidence: 'convention', sources: ['coaching-practice'] },
  { id: 'hips-level', group: 'core-and-hips', evidence: 'convention', sources: ['coaching-practice'] },
  { id: 'core-engaged', group: 'core-and-hips', evidence: 'convention', sources: ['coaching-practice'] },
  { id: 'hip-extension', group: 'core-and-hips', evidence: 'expert', sources: ['souza-2016'] },
  { id: 'build-gradually', group: 'stride', evidence: 'research', sources: ['nielsen-2014'] },
];

type Phase = [label: string, seconds: number];
type BriefSet = { rounds: number; work: Phase; rest?: Phase };
const PROTOCOLS: { id: string; label: string; sets: BriefSet[]; setRest?: Phase; sources: string[] }[] = [
  { id: 'ice', label: 'Cold pack', sets: [{ rounds: 1, work: ['Cold on', 15 * 60] }], sources: ['nhs-back-pain', 'french-2006'] },
  { id: 'heat', label: 'Heat pack', sets: [{ rounds: 1, work: ['Heat on', 20 * 60] }], sources: ['french-2006', 'acp-2017', 'nhs-back-pain'] },
  { id: 'stretch-holds', label: 'Stretch holds', sets: [{ rounds: 4, work: ['Hold', 30], rest: ['Switch sides', 10] }], sources: ['acsm-stretching'] },
  {
    id: 'mcgill-big-3',
    label: 'McGill big 3 holds',
    sets: [6, 4, 2].map((rounds) => ({ rounds, work: ['Hold', 10] as Phase, rest: ['Relax', 5] as Phase })),
    setRest: ['Rest', 30],
    sources: ['mcgill-big3'],
  },
  { id: 'plank-holds', label: 'Plank holds', sets: [{ rounds: 3, work: ['Hold', 30], rest: ['Rest', 30] }], sources: ['coaching-practice'] },
  {
    id: 'run-walk',
    label: 'Return-to-run intervals',
    sets: [
      { rounds: 1, work: ['Warm-up walk', 5 * 60] },
      { rounds: 8, work: ['Run', 60], rest: ['Walk', 2 * 60] },
      { rounds: 1, work: ['Cool-down walk', 5 * 60] },
    ],
    sources: ['neason-2024'],
  },
];

/** The brief's "Routines" table: each step as [exercise, timer protocol or none]. */
const ROUTINES: { id: string; name: string; steps: [exercise: string, protocol?: string][]; sources: string[] }[] = [
  {
    id: 'mcgill-daily',
    name: 'McGill big 3, daily',
    steps: [['cat-camel'], ['curl-up', 'mcgill-big-3'], ['side-plank', 'mcgill-big-3'], ['bird-dog', 'mcgill-big-3']],
    sources: ['mcgill-big3'],
  },
  {
    id: 'runner-strength',
    name: 'Runner strength, 2–3 times a week',
    steps: [['glute-bridge'], ['dead-bug'], ['reverse-lunge'], ['side-plank', 'mcgill-big-3']],
    sources: ['coaching-practice', 'nice-ng59'],
  },
];

const SAFETY_CAUTION = 'Stop if you feel sharp pain, numbness, tingling or pain spreading down a leg.';

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

  it('has exactly the 28 sources of the brief, each citation with a title and a publisher or authors', () => {
    expect(data.sources.map((s) => s.id)).to.have.members(SOURCE_IDS);
    expect(data.sources).to.have.length(28);
    for (const s of data.sources.filter((x) => x.id !== NOT_A_CITATION)) {
      expect(s.title, s.id).to.not.be.empty;
      expect(Boolean(s.publisher || s.authors), `${s.id} has a publisher or authors`).to.equal(true);
      if (s.url) expect(s.url, s.id).to.match(/^https:\/\//);
    }
  });

  it('dates every web page by the month it was read (accessed, YYYY-MM), never by a year', () => {
    for (const id of WEB_PAGES) {
      const s = byId(data.sources, id);
      expect(s.accessed, id).to.match(/^\d{4}-\d{2}$/);
      expect(s.year, id).to.equal(undefined);
    }
  });

  it('gives every publication its year, and volume and pages only as the brief gives them', () => {
    const publications = data.sources.filter((s) => !WEB_PAGES.includes(s.id) && s.id !== NOT_A_CITATION);
    expect(publications.map((s) => s.id)).to.have.members(Object.keys(PUBLICATIONS));
    for (const s of publications) {
      const brief = PUBLICATIONS[s.id];
      expect(s.year, s.id).to.equal(brief.year);
      expect(s.accessed, s.id).to.equal(undefined);
      expect(s.details, s.id).to.equal(brief.details);
      if (brief.authors) expect(s.authors, s.id).to.equal(brief.authors);
    }
  });

  it('has only the DOIs the brief confirms, and no DOI dressed up as a URL', () => {
    for (const s of data.sources) {
      expect(s.doi, s.id).to.equal(DOIS[s.id]);
      expect(s.url ?? '', s.id).to.not.match(/doi\.org/);
    }
  });

  it('keeps coaching-practice an honest label: its title says what it is, with no date, author or link', () => {
    const s = byId(data.sources, NOT_A_CITATION);
    expect(s).to.deep.equal({ id: NOT_A_CITATION, title: 'Common running-coach practice: not a published study' });
  });

  it('mentions none of the removed sources anywhere', () => {
    const json = JSON.stringify(catalogue);
    for (const id of REMOVED_SOURCES) expect(json, id).to.not.include(id);
  });

  it('two-author papers name both authors, without "et al."', () => {
    for (const id of ['teng-powers-2014', 'teng-powers-2015', 'teng-powers-2016']) {
      expect(byId(data.sources, id).authors, id).to.equal('Teng HL, Powers CM');
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
      expect(e.dosage.pyramid).to.deep.equal(brief.dosage.pyramid);
      expect(e.dosage.holdSeconds).to.equal(brief.dosage.holdSeconds);
      expect(Boolean(e.dosage.perSide)).to.equal(Boolean(brief.dosage.perSide));
      expect(e.dosage.frequency).to.not.be.empty;
    });

    it(`${brief.id}: 3–6 short steps, 2–3 tips, 1–3 mistakes, the safety caution, the brief's variations`, () => {
      const e = byId(data.exercises, brief.id);
      expect(e.steps.length).to.be.within(3, 6);
      for (const step of e.steps) expect(words(step), step).to.be.at.most(12);
      expect(e.tips.length).to.be.within(2, 3);
      expect(e.mistakes.length).to.be.within(1, 3);
      expect(e.target).to.not.be.empty;
      expect(e.caution.startsWith(SAFETY_CAUTION), e.caution).to.equal(true);
      if (brief.variations) {
        expect(e.easier?.name.toLowerCase(), 'easier').to.include(brief.variations[0].toLowerCase());
        expect(e.harder?.name.toLowerCase(), 'harder').to.include(brief.variations[1].toLowerCase());
      } else {
        expect(e.easier, 'easier').to.equal(undefined);
        expect(e.harder, 'harder').to.equal(undefined);
      }
    });

    it(`${brief.id}: "why" says what it may do, and promises no fix`, () => {
      const { why } = byId(data.exercises, brief.id);
      expect(why).to.match(/\bmay\b/);
      expect(why).to.not.match(/\b(fix|fixes|cure|cures|prevents?|protects?|stops back pain)\b/i);
    });
  }

  it('rates no stretch as guideline (ACSM gives a dose, not a back-pain benefit), and the glute bridge as convention', () => {
    for (const id of STRETCHES) expect(byId(data.exercises, id).evidence, id).to.not.equal('guideline');
    expect(data.exercises.filter((e) => e.evidence === 'guideline')).to.deep.equal([]);
    expect(byId(data.exercises, 'glute-bridge').evidence).to.equal('convention');
  });

  it('spells out the pyramids, 10-second holds of 6, 4 and 2, per side for the bird dog and side plank', () => {
    for (const id of ['bird-dog', 'side-plank', 'curl-up']) {
      const { dosage } = byId(data.exercises, id);
      expect(dosage.pyramid, id).to.deep.equal([6, 4, 2]);
      expect(dosage.holdSeconds, id).to.equal('10');
      expect(dosage.note, id).to.match(/Rest 30 seconds between sets/);
    }
  });

  it('links the exercises with holds to their timer protocol, as the brief lists, and no other', () => {
    const linked = Object.fromEntries(data.exercises.filter((e) => e.protocol !== undefined).map((e) => [e.id, e.protocol]));
    expect(linked).to.deep.equal(TIMER_LINKS);
  });

  it("each linked protocol's holds fit the card's dosage: hold length, pyramid or number of holds, rest", () => {
    /** "20–30" → [20, 30]; "10" → [10, 10]. */
    const range = (text: string | undefined) => {
      const [low, high = low] = (text ?? '').split('–').map(Number);
      return [low, high];
    };
    for (const [id, protocolId] of Object.entries(TIMER_LINKS)) {
      const { dosage } = byId(data.exercises, id);
      const protocol = byId(data.protocols, protocolId);
      const [shortest, longest] = range(dosage.holdSeconds);
      for (const s of protocol.sets) expect(s.work.seconds, `${id}: hold`).to.be.within(shortest, longest);
      if (dosage.pyramid) {
        expect(protocol.sets.map((s) => s.rounds), `${id}: pyramid`).to.deep.equal(dosage.pyramid);
      } else {
        const holds = protocol.sets.reduce((n, s) => n + s.rounds, 0);
        const [fewest, most] = range(dosage.sets);
        // Stretches alternate sides: each side gets half the holds.
        const perSide = protocol.sets[0].rest?.label === 'Switch sides' ? holds / 2 : holds;
        expect(perSide, `${id}: holds`).to.be.within(fewest, most);
      }
      // "Rest 30 seconds between sets": the rest between McGill's sets, or between plank holds.
      const rest = /Rest (\d+) seconds between sets/.exec(dosage.note ?? '')?.[1];
      if (rest) expect((protocol.setRest ?? protocol.sets[0].rest)?.seconds, `${id}: rest`).to.equal(Number(rest));
    }
  });

  it('explains "brace" wherever a card uses it, and "neutral spine" is never used', () => {
    for (const e of data.exercises) {
      const card = strings(e).map(([, text]) => text).join(' ');
      if (/\bbrac(e|ed|ing)\b/i.test(card)) expect(card, e.id).to.match(/tighten your stomach muscles a little/i);
      expect(card, e.id).to.not.match(/neutral spine/i);
    }
  });

  it('the superman never lifts both arms and both legs at once', () => {
    const superman = byId(data.exercises, 'superman');
    const doing = [...superman.steps, superman.purpose, superman.why, superman.easier!.how, superman.harder!.how].join(' ');
    expect(doing).to.not.match(/both arms|both legs|arms and legs/i);
    expect(superman.steps.join(' ')).to.match(/one arm|right arm/i);
    expect(superman.mistakes.join(' ')).to.match(/both arms and both legs/);
  });

  it('names the side or limb in steps where it could be unclear', () => {
    for (const id of ['bird-dog', 'side-plank', 'dead-bug', 'reverse-lunge', 'bulgarian-split-squat', 'hamstring-stretch', 'hip-flexor-stretch', 'quad-stretch', 'glute-stretch']) {
      expect(byId(data.exercises, id).steps.join(' '), id).to.match(/\b(right|left)\b/);
    }
    // The brief's own example: pull the thigh of the leg that is still on the floor.
    expect(byId(data.exercises, 'glute-stretch').steps.join(' ')).to.match(/right ankle over your left knee.*Pull your left thigh/);
  });

  it('uses en dashes in ranges, never hyphens', () => {
    for (const e of data.exercises) {
      for (const value of [e.dosage.sets, e.dosage.reps, e.dosage.holdSeconds, e.dosage.frequency]) {
        if (value) expect(value, e.id).to.not.match(/\d-\d/);
      }
    }
  });

  it('gives the backward-bending moves their caution: worse pain, spine conditions, under 20s', () => {
    for (const id of BACKWARD_BENDS) {
      const { caution } = byId(data.exercises, id);
      expect(caution, id).to.match(/Skip it if bending backwards makes your back or leg pain worse/);
      expect(caution, id).to.match(/stress fracture in the spine \(spondylolysis\)/);
      expect(caution, id).to.match(/slipped bone in the spine \(spondylolisthesis\)/);
      expect(caution, id).to.match(/narrow spinal canal \(stenosis\)/);
      expect(caution, id).to.match(/physiotherapist first/).and.match(/under 20/);
    }
  });

  it('gives the hip hinge, split squat, hanging knee raise and Russian twist their cautions', () => {
    expect(byId(data.exercises, 'romanian-deadlift').caution)
      .to.match(/flare-up/).and.match(/bending forward hurts/).and.match(/only a broom handle/).and.match(/pain-free/);
    expect(byId(data.exercises, 'bulgarian-split-squat').caution).to.match(/Hold a support/).and.match(/without arching your lower back/);
    const knee = byId(data.exercises, 'hanging-knee-raise');
    expect(knee.caution).to.match(/until your back has settled/).and.match(/without curling your lower back/);
    expect(strings(knee).map(([, t]) => t).join(' ')).to.not.match(/curl your pelvis/i);
    expect(byId(data.exercises, 'russian-twist').caution).to.match(/flare-up/).and.match(/turning hurts/).and.match(/Never lift your feet while holding a weight/);
    expect(byId(data.exercises, 'russian-twist').sources).to.not.include('belavy-2017');
  });

  it('keeps the specific cautions to the exercises that need them', () => {
    const specific = [...BACKWARD_BENDS, 'romanian-deadlift', 'bulgarian-split-squat', 'hanging-knee-raise', 'russian-twist'];
    for (const e of data.exercises.filter((x) => !specific.includes(x.id))) expect(e.caution, e.id).to.equal(SAFETY_CAUTION);
  });

  it('has one general caution, for every card: pregnancy, spine surgery, osteoporosis', () => {
    expect(data.ui.exerciseCard.generalCaution)
      .to.match(/pregnant/).and.match(/spine surgery/).and.match(/osteoporosis/).and.match(/physiotherapist or doctor/);
  });

  it('heads the why "How it may help your back", and guideline means a national guideline, nothing wider', () => {
    expect(data.ui.exerciseCard.whyHeading).to.equal('How it may help your back');
    expect(data.ui.evidenceDescriptions.guideline).to.equal('A national guideline recommends it.');
    expect(data.ui.evidenceDescriptions.convention).to.match(/not tested/);
    expect(data.ui.evidenceDescriptions.expert).to.match(/not tested/);
    expect(data.ui.evidenceDescriptions.research).to.match(/not always in people with back pain/);
  });

  it('tells the reader to start easier if it hurts more than mild discomfort', () => {
    for (const e of data.exercises) {
      const note = `${e.dosage.note ?? ''} ${e.caution}`;
      expect(note, e.id).to.match(/more than mild discomfort|never pain/);
    }
  });
});

describe('bundled catalogue: form cues', () => {
  it('has the 4 groups of the brief, citing coaching-practice rather than any blog', () => {
    expect(data.cueGroups.map((g) => ({ id: g.id, name: g.name, sources: g.sources }))).to.deep.equal(CUE_GROUPS);
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

  it('is honest about cadence and foot strike, and says landing quietly is coaching practice', () => {
    const quick = byId(data.cues, 'quick-steps');
    expect(quick.instruction).to.match(/about 5–10% more a minute/);
    expect(quick.why).to.match(/180/);
    const soft = byId(data.cues, 'soft-landing');
    expect(soft.instruction).to.match(/whichever part of your foot lands first/);
    expect(soft.why).to.match(/do not force/i).and.match(/Landing quietly is coaching practice/);
  });

  it('build-gradually gives no percentage: the study was small and specific', () => {
    const cue = byId(data.cues, 'build-gradually');
    expect(`${cue.instruction} ${cue.why}`).to.not.match(/%|per ?cent/i);
    expect(cue.why).to.match(/may raise the risk of some overuse injuries/);
  });

  it('no why repeats what the badge says', () => {
    for (const c of data.cues) expect(c.why, c.id).to.not.match(/coaching advice|not tested in trials|expert opinion|research shows/i);
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
    expect(note).to.match(/burns/).and.match(/numb or broken skin/).and.match(/circulation is poor/).and.match(/weak/);
    expect(byId(data.protocols, 'ice').sources).to.not.include('nhs-sprains');
  });

  it('heat: the same skin warnings as cold, and never fall asleep on a heat pad', () => {
    const note = byId(data.protocols, 'heat').safetyNote;
    expect(note).to.match(/warm, not hot/).and.match(/wrap it in a cloth/).and.match(/Check your skin/);
    expect(note).to.match(/numb or broken skin/).and.match(/circulation is poor/).and.match(/Never fall asleep on a heat pad/);
  });

  it('stretch holds: 2 holds per side, alternating', () => {
    const note = byId(data.protocols, 'stretch-holds').safetyNote;
    expect(note).to.match(/2 holds of 30 seconds per side/).and.match(/switching sides/).and.match(/never pain/);
  });

  it('McGill holds: 6, 4 then 2, rest between sets, breathe normally, per side and per exercise', () => {
    const note = byId(data.protocols, 'mcgill-big-3').safetyNote;
    expect(note).to.match(/6, then 4, then 2/).and.match(/30-second rest between sets/).and.match(/Breathe normally/);
    expect(note).to.match(/each side of each exercise/).and.match(/pain spreads down a leg/);
  });

  it('plank holds: natural curve, breathe, drop to the knees', () => {
    const note = byId(data.protocols, 'plank-holds').safetyNote;
    expect(note).to.match(/natural curve/).and.match(/Breathe normally/).and.match(/drop to your knees/);
    expect(note).to.not.match(/neutral/);
  });

  it('run–walk: a warm-up and cool-down with no rest between them, and the trial\'s rules', () => {
    const p = byId(data.protocols, 'run-walk');
    expect(p.setRest).to.equal(undefined);
    const note = p.safetyNote;
    expect(note).to.match(/walk briskly for 30 minutes without your back getting worse/);
    expect(note).to.match(/flat ground/).and.match(/easy pace/).and.match(/Rest a day between sessions/);
    expect(note).to.match(/two sessions that feel easy/).and.match(/no worse the next day/);
    expect(note).to.match(/30 seconds longer or walking 30 seconds less, no more than once a week/);
    expect(note).to.match(/worse the next day, go back a step/).and.match(/pain spreads down a leg/);
    expect(note).to.match(/tested in adults aged 18–45 with long-term back pain/);
  });
});

describe('bundled catalogue: routines', () => {
  it('has the 2 routines of the brief, with their names, steps, timers and sources', () => {
    expect(data.routines.map((r) => r.id)).to.deep.equal(ROUTINES.map((r) => r.id));
    for (const brief of ROUTINES) {
      const r = byId(data.routines, brief.id);
      expect(r.name, brief.id).to.equal(brief.name);
      expect(r.steps.map((step) => [step.exercise, step.protocol].filter(Boolean)), brief.id).to.deep.equal(brief.steps);
      expect(r.sources, brief.id).to.deep.equal(brief.sources);
    }
  });

  it('each timer is the one its exercise links to (brief: "Exercise → timer links")', () => {
    const holds: Record<string, string> = { 'bird-dog': 'mcgill-big-3', 'side-plank': 'mcgill-big-3', 'curl-up': 'mcgill-big-3' };
    for (const r of data.routines) for (const step of r.steps) expect(step.protocol, `${r.id}: ${step.exercise}`).to.equal(holds[step.exercise]);
  });

  it('McGill daily: trunk muscles that keep going, little load on the spine, about 15 minutes, every day', () => {
    const r = byId(data.routines, 'mcgill-daily');
    expect(r.intro).to.match(/McGill/).and.match(/keep going for longer/).and.match(/little load on your spine/);
    expect(r.intro).to.match(/about 15 minutes/).and.match(/every day/);
    expect(r.safetyNote).to.match(/pain spreads down a leg/).and.match(/numbness or tingling/);
    expect(r.safetyNote).to.match(/little soreness is OK/).and.match(/sharp pain is not/);
  });

  it('runner strength: hips and trunk, about 20 minutes, 2 or 3 days a week and not on days in a row', () => {
    const r = byId(data.routines, 'runner-strength');
    expect(r.intro).to.match(/hips and trunk/).and.match(/about 20 minutes/).and.match(/2 or 3 days a week/);
    expect(r.intro).to.match(/not on days next to each other/);
    expect(r.safetyNote).to.match(/easier version of each exercise/).and.match(/pain spreads down a leg/);
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
    // Counted strings: every plural form keeps them.
    const forms = (value: string | Record<string, string>) => (typeof value === 'string' ? [value] : Object.values(value));
    for (const form of forms(ui.exerciseCard.sets)) expect(form).to.include('{sets}');
    for (const form of forms(ui.exerciseCard.reps)) expect(form).to.include('{reps}');
    for (const form of forms(ui.exerciseCard.hold)) expect(form).to.include('{seconds}');
    for (const form of forms(ui.exerciseCard.pyramid)) expect(form).to.include('{seconds}').and.include('{sets}');
    for (const form of forms(ui.exerciseCard.pyramidSet)) expect(form).to.include('{count}').and.include('{set}');
    expect(ui.exerciseCard.sets).to.deep.equal({ one: '{sets} set', other: '{sets} sets' });
    expect(ui.common.accessed).to.include('{month}');
    expect(ui.exerciseCard.frequency).to.include('{frequency}');
    expect(ui.redFlagChecker.unansweredError).to.include('{question}');
    expect(ui.formCues.progress).to.equal('{checked} of {total} checked');
    expect(ui.recoveryTimer.phaseRound).to.include('{phase}').and.include('{round}').and.include('{rounds}');
    expect(ui.recoveryTimer.setOf).to.include('{set}').and.include('{sets}');
    expect(ui.common.evidenceLabel).to.equal('Evidence:');
    for (const form of forms(ui.routine.progress)) expect(form).to.include('{step}').and.include('{steps}');
    for (const form of forms(ui.routine.stepAnnouncement)) expect(form).to.include('{step}').and.include('{steps}').and.include('{exercise}');
    expect(forms(ui.routine.completeText).at(-1)).to.include('{steps}');
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

  it("reports an exercise's unknown protocol id, and a protocol removed from under it", () => {
    const c = copy();
    c.exercises[4].protocol = 'sauna';
    expect(referenceIssues(c)).to.deep.equal(['exercises[4].protocol: unknown protocol id "sauna"']);
    const d = copy();
    d.protocols = d.protocols.filter((p) => p.id !== 'plank-holds');
    const plank = d.exercises.findIndex((e) => e.id === 'plank');
    expect(referenceIssues(d)).to.deep.equal([`exercises[${plank}].protocol: unknown protocol id "plank-holds"`]);
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

  it('reports a routine\'s duplicate id, and its unknown exercises, protocols and sources, by their paths', () => {
    const c = copy();
    c.routines.push(structuredClone(c.routines[0]));
    c.routines[0].steps[1].exercise = 'handstand';
    c.routines[0].steps[2].protocol = 'sauna';
    c.routines[1].sources[1] = 'g';
    expect(referenceIssues(c)).to.deep.equal([
      'routines[2].id: duplicate id "mcgill-daily" (also routines[0])',
      'routines[0].steps[1].exercise: unknown exercise id "handstand"',
      'routines[0].steps[2].protocol: unknown protocol id "sauna"',
      'routines[1].sources[1]: unknown source id "g"',
    ]);
  });

  it('treats a missing section as empty', () => {
    expect(referenceIssues({})).to.deep.equal([]);
    const { exercises } = copy();
    expect(referenceIssues({ exercises: [exercises[3]] })).to.deep.equal([
      'exercises[0].protocol: unknown protocol id "plank-holds"',
      'exercises[0].sources[0]: unknown source id "coaching-practice"',
      'exercises[0].sources[1]: unknown source id "nice-ng59"',
    ]);
    const { routines } = copy();
    expect(referenceIssues({ routines: [routines[1]] })).to.deep.equal([
      'routines[0].sources[0]: unknown source id "coaching-practice"',
      'routines[0].sources[1]: unknown source id "nice-ng59"',
      ...routines[1].steps.map((step, i) => `routines[0].steps[${i}].exercise: unknown exercise id "${step.exercise}"`),
      'routines[0].steps[3].protocol: unknown protocol id "mcgill-big-3"',
    ]);
  });
});
