/**
 * The plain-language rules behind `npm run content:check`
 * (`scripts/content-rules.mjs`), on small catalogues written here, so every
 * rule is shown to pass honest text and to fail the text it is for. The
 * bundled catalogue is only used to check which of its strings are read.
 */
import { expect } from '@open-wc/testing';
import catalogue from '../../src/catalogue/catalogue.json';
import {
  INSTRUCTION_MAX_WORDS,
  QUESTION_MAX_WORDS,
  READING_AGE_MAX,
  SENTENCE_MAX_WORDS,
  catalogueTexts,
  contentProblems,
  countSyllables,
  expandPlaceholders,
  fleschKincaidGrade,
  isEnglish,
  readingAge,
  sectionReadingAges,
  sentences,
  textCounts,
  unexplainedJargon,
  words,
} from '../../scripts/content-rules.mjs';

/** `n` plain one-syllable words, e.g. for word limits. */
function plainWords(n: number): string {
  return Array.from({ length: n }, (_, i) => ['run', 'and', 'walk', 'then', 'rest'][i % 5]).join(' ');
}

/** A small, clean catalogue; each test spoils one string of a copy. */
function cleanCatalogue() {
  return {
    $schema: 'https://example.org/catalogue.schema.json',
    version: '1.0.0',
    locale: 'en-GB',
    sources: [{ id: 'nhs-back-pain', title: 'A very long published title that has far more than twenty words in it and uses terms like lumbar erector spinae and piriformis without saying what they mean at all', year: 2026, url: 'https://www.nhs.uk/conditions/back-pain/' }],
    exercises: [
      {
        id: 'bird-dog',
        name: 'Bird dog',
        target: ['back of thighs (hamstrings)', 'stomach and back muscles'],
        why: 'It may help your back stay still while you move.',
        steps: ['Kneel on all fours.', 'Reach one arm forward and the other leg back.'],
        dosage: { sets: '2–3', reps: '8', perSide: true, frequency: 'Daily' },
        evidence: 'expert',
        sources: ['nhs-back-pain'],
      },
    ],
    redFlagSets: [
      {
        id: 'low-back-pain',
        name: 'Back pain checker',
        intro: 'These questions are about your back pain. Answer about now.',
        questions: [
          { id: 'both-legs', level: 'emergency', question: 'Do you have pain in both legs?', reason: 'Pain in both legs', sources: ['nhs-back-pain'] },
        ],
        results: [{ level: 'emergency', heading: 'Get help now', actions: ['Call {emergencyNumber} now.'], sources: ['nhs-back-pain'] }],
        sources: ['nhs-back-pain'],
      },
    ],
    cueGroups: [{ id: 'stride', name: 'Stride', sources: ['nhs-back-pain'] }],
    cues: [{ id: 'quick-steps', group: 'stride', instruction: 'Take quick, short steps.', why: 'It may ease the load.', evidence: 'research', sources: ['nhs-back-pain'] }],
    protocols: [{ id: 'ice', label: 'Cold pack', sets: [{ rounds: 1, work: { label: 'Cold on', seconds: 900 } }], safetyNote: 'Wrap it in a cloth.', sources: ['nhs-back-pain'] }],
    ui: { evidence: { expert: 'Expert' }, exerciseCard: { sets: '{sets} sets' } },
    review: { reviewed: false, sourcesChecked: '2026-11' },
  };
}

describe('content rules: text selection', () => {
  it('reads every reader-facing string with its JSON path and section', () => {
    const texts = catalogueTexts(cleanCatalogue());
    expect(texts.map((t) => t.path)).to.deep.equal([
      'exercises[0].name',
      'exercises[0].target[0]',
      'exercises[0].target[1]',
      'exercises[0].why',
      'exercises[0].steps[0]',
      'exercises[0].steps[1]',
      'exercises[0].dosage.sets',
      'exercises[0].dosage.reps',
      'exercises[0].dosage.frequency',
      'redFlagSets[0].name',
      'redFlagSets[0].intro',
      'redFlagSets[0].questions[0].question',
      'redFlagSets[0].questions[0].reason',
      'redFlagSets[0].results[0].heading',
      'redFlagSets[0].results[0].actions[0]',
      'cueGroups[0].name',
      'cues[0].instruction',
      'cues[0].why',
      'protocols[0].label',
      'protocols[0].sets[0].work.label',
      'protocols[0].safetyNote',
      'ui.evidence.expert',
      'ui.exerciseCard.sets',
    ]);
    const sectionOf = Object.fromEntries(texts.map((t) => [t.path, t.section]));
    expect(sectionOf['cueGroups[0].name']).to.equal('cues');
    expect(sectionOf['exercises[0].why']).to.equal('exercises');
    expect(sectionOf['ui.evidence.expert']).to.equal('ui');
  });

  it('leaves out sources, ids, enum values (equipment kinds too), dates, URLs, $schema, locale and version; reads figure text', () => {
    const texts = catalogueTexts(catalogue).map((t) => t.text);
    const ids = [...catalogue.exercises, ...catalogue.cues, ...catalogue.protocols, ...catalogue.redFlagSets].map((e) => e.id);
    expect(texts).to.include.members(['Bird dog', catalogue.exercises[0].steps[0], catalogue.ui.exerciseCard.whyHeading, catalogue.exercises[0].figure.alt]);
    const kinds = catalogue.exercises.flatMap((e) => e.figure.equipment?.map((q) => q.kind) ?? []);
    expect(kinds).to.include.members(['mat', 'step', 'bar', 'wall']);
    for (const excluded of [...ids, ...catalogue.sources.map((s) => s.title), 'expert', 'emergency', ...kinds, catalogue.locale, catalogue.version]) {
      expect(texts, excluded).not.to.include(excluded);
    }
    expect(catalogueTexts(catalogue).some((t) => t.path.startsWith('sources'))).to.equal(false);
  });

  it('reads a new section as its own, without its id references, dates or URLs', () => {
    const routines = [
      {
        id: 'mcgill-daily',
        name: 'McGill big 3, daily',
        // Ids without a hyphen are known by their key.
        steps: ['cat-camel', { exercise: 'plank', protocol: 'ice' }],
        updated: '2026-11-23',
        link: 'https://example.org/routine',
      },
    ];
    expect(catalogueTexts({ routines })).to.deep.equal([
      { path: 'routines[0].name', section: 'routines', text: 'McGill big 3, daily' },
    ]);
  });

  it('reports the sections of the bundled catalogue, cue groups counted with cues', () => {
    const sections = sectionReadingAges(catalogue).map((s) => s.section);
    expect(sections).to.include.members(['exercises', 'redFlagSets', 'cues', 'protocols', 'ui']);
    expect(sections).not.to.include.members(['sources', 'cueGroups']);
  });
});

describe('content rules: counting', () => {
  it('counts placeholders as their default text, or as one word', () => {
    expect(expandPlaceholders('Call {emergencyNumber} or {adviceLine}.')).to.equal(
      'Call your local emergency number or an urgent advice line.',
    );
    expect(words(expandPlaceholders('{sets} sets of {reps}'))).to.have.length(4);
  });

  it('counts words as runs with a letter or digit', () => {
    expect(words('Do 2–3 sets × 8 — A&E, then rest.')).to.deep.equal(['Do', '2–3', 'sets', '8', 'A&E,', 'then', 'rest.']);
  });

  it('ends sentences at . ! ? ; and … but not inside "2.5" or after "e.g."', () => {
    expect(sentences('Hold it, e.g. for 2.5 seconds. Rest; then "go!" Is it easy? Next… end')).to.deep.equal([
      'Hold it, e.g. for 2.5 seconds.',
      'Rest;',
      'then "go!"',
      'Is it easy?',
      'Next…',
      'end',
    ]);
    expect(sentences('Tips')).to.deep.equal(['Tips']);
    expect(sentences('')).to.deep.equal([]);
  });

  it('counts syllables of known words', () => {
    const known: Record<string, number> = {
      the: 1, back: 1, knees: 1, walked: 1, tucked: 1, called: 1, times: 1, bridge: 1, breathe: 1,
      table: 2, muscle: 2, muscles: 2, running: 2, lifted: 2, minutes: 2, gently: 2, safely: 2,
      being: 2, lying: 2, stomach: 2, numbness: 2, quiet: 2, question: 2, settled: 2, trial: 2,
      special: 2, McGill: 2, any: 2, boxes: 2, places: 2, needed: 2, shoulders: 2,
      exercise: 3, position: 3, carefully: 3, catalogue: 3, easier: 3,
      exercises: 4, gradually: 4, emergency: 4, physiotherapist: 6,
      NHS: 3, '10': 1, '2–3': 2, 'walk.': 1, '"Rest,"': 1,
    };
    for (const [word, syllables] of Object.entries(known)) expect(countSyllables(word), word).to.equal(syllables);
  });

  it('computes the Flesch–Kincaid grade and the reading age of a known passage', () => {
    const passage = ['Bend your knees. Lift the weight slowly and carefully.'];
    // By hand: 9 words, 2 sentences, 12 syllables (care-ful-ly, slow-ly).
    const counts = textCounts(passage);
    expect(counts).to.deep.equal({ words: 9, sentences: 2, syllables: 12 });
    // 0.39 × 9/2 + 11.8 × 12/9 − 15.59 = 1.898…
    expect(fleschKincaidGrade(counts)).to.be.closeTo(1.8983, 0.0001);
    expect(readingAge(passage)).to.equal(6.9);
    expect(fleschKincaidGrade({ words: 0, sentences: 0, syllables: 0 })).to.be.NaN;
  });

  it('counts each list item as its own sentence', () => {
    // One string of two items would be one 12-word sentence; as a list, two of 6.
    expect(textCounts(['Run and walk then rest run', 'and walk then rest run and'])).to.deep.equal({ words: 12, sentences: 2, syllables: 12 });
    expect(textCounts(['Run and walk then rest run and walk then rest run and'])).to.deep.equal({ words: 12, sentences: 1, syllables: 12 });
  });
});

describe('content rules: problems', () => {
  it('finds none in a clean catalogue', () => {
    expect(contentProblems(cleanCatalogue())).to.deep.equal([]);
  });

  it(`fails a step or cue instruction over ${INSTRUCTION_MAX_WORDS} words, with its path`, () => {
    const data = cleanCatalogue();
    data.exercises[0].steps[1] = `${plainWords(INSTRUCTION_MAX_WORDS)}.`;
    data.cues[0].instruction = plainWords(INSTRUCTION_MAX_WORDS + 1);
    expect(contentProblems(data)).to.deep.equal([
      `cues[0].instruction: 13 words (at most 12): "${plainWords(13)}"`,
    ]);
    data.exercises[0].steps[1] = `${plainWords(14)}.`;
    expect(contentProblems(data)[0]).to.equal(`exercises[0].steps[1]: 14 words (at most 12): "${plainWords(14)}."`);
  });

  it(`counts a placeholder as its default text in the limits`, () => {
    const data = cleanCatalogue();
    // 9 words + "your local emergency number" (4) = 13.
    data.exercises[0].steps[0] = `Stop and call {emergencyNumber} if ${plainWords(5)}.`;
    expect(contentProblems(data)).to.have.length(1);
    expect(contentProblems(data)[0]).to.match(/^exercises\[0\]\.steps\[0\]: 13 words \(at most 12\)/);
  });

  it(`fails a question over ${QUESTION_MAX_WORDS} words`, () => {
    const data = cleanCatalogue();
    data.redFlagSets[0].questions[0].question = `Is it ${plainWords(QUESTION_MAX_WORDS - 2)}?`;
    expect(contentProblems(data)).to.deep.equal([]);
    data.redFlagSets[0].questions[0].question = `Is it ${plainWords(9)}, or ${plainWords(9)}?`;
    expect(contentProblems(data)).to.deep.equal([
      `redFlagSets[0].questions[0].question: 21 words (at most 20): "Is it ${plainWords(9)}, or ${plainWords(9)}?"`,
    ]);
  });

  it(`fails any sentence over ${SENTENCE_MAX_WORDS} words, anywhere but the sources`, () => {
    const data = cleanCatalogue();
    data.exercises[0].why = `It may help. ${plainWords(SENTENCE_MAX_WORDS)}; ${plainWords(SENTENCE_MAX_WORDS)}.`;
    expect(contentProblems(data)).to.deep.equal([]);
    data.exercises[0].why = `It may help. ${plainWords(SENTENCE_MAX_WORDS + 1)}.`;
    data.protocols[0].safetyNote = `Call {emergencyNumber} if ${plainWords(16)}.`;
    data.ui.exerciseCard.sets = plainWords(21);
    expect(contentProblems(data)).to.deep.equal([
      `exercises[0].why: a sentence of 21 words (at most 20): "${plainWords(21)}."`,
      `protocols[0].safetyNote: a sentence of 22 words (at most 20): "Call your local emergency number if ${plainWords(16)}."`,
      `ui.exerciseCard.sets: a sentence of 21 words (at most 20): "${plainWords(21)}"`,
    ]);
  });

  it('reports a step too long as a whole once, not again for its sentence', () => {
    const data = cleanCatalogue();
    data.exercises[0].steps[0] = `${plainWords(22)}.`;
    expect(contentProblems(data)).to.deep.equal([`exercises[0].steps[0]: 22 words (at most 12): "${plainWords(22)}."`]);
  });

  it('fails a question that starts "Do you have back pain and", in any case', () => {
    const data = cleanCatalogue();
    data.redFlagSets[0].questions[0].question = 'do you have back pain AND pain in both legs?';
    expect(contentProblems(data)).to.deep.equal([
      'redFlagSets[0].questions[0].question: starts "Do you have back pain and" (the intro frames the questions once): "do you have back pain AND pain in both legs?"',
    ]);
    // The intro may frame the questions with the same words.
    data.redFlagSets[0].questions[0].question = 'Do you have pain in both legs?';
    data.redFlagSets[0].intro = 'Do you have back pain and want to know where to get help?';
    expect(contentProblems(data)).to.deep.equal([]);
  });

  it('fails a jargon word that the same string does not explain', () => {
    expect(unexplainedJargon('Keep a neutral spine.')).to.deep.equal(['neutral spine']);
    expect(unexplainedJargon('Hold a goblet of water; stretch the Piriformis and the lumbar area.')).to.deep.equal(['piriformis', 'goblet', 'lumbar']);
    expect(unexplainedJargon('Use two dowels.')).to.deep.equal(['dowel']);
    // Explained elsewhere is not explained here.
    expect(unexplainedJargon('Keep a neutral spine, as the step above says.')).to.deep.equal(['neutral spine']);
    const data = cleanCatalogue();
    data.exercises[0].steps[0] = 'Lie in the sphinx pose.';
    expect(contentProblems(data)).to.deep.equal(['exercises[0].steps[0]: "sphinx" is not explained in the same text: "Lie in the sphinx pose."']);
  });

  it('allows a jargon word that the same string explains', () => {
    for (const text of [
      'Deep buttock muscle (piriformis)',
      'Back of thighs and low back (lumbar and erector muscles)',
      'Piriformis (a deep buttock muscle)',
      'Keep a neutral spine: your back in its natural curve, not arched or rounded.',
      'Neutral spine means your back in its natural curve.',
      'Hold a broom handle, called a dowel, along your back.',
      'Lie on your front propped on your forearms, known as the "sphinx".',
    ]) {
      expect(unexplainedJargon(text), text).to.deep.equal([]);
    }
    // Brackets alone are not plain words first.
    expect(unexplainedJargon('(lumbar)')).to.deep.equal(['lumbar']);
  });

  it(`fails a section whose reading age is over ${READING_AGE_MAX}`, () => {
    const data = cleanCatalogue();
    data.protocols[0].safetyNote =
      'Temperature application necessitates considerable physiological monitoring. Discontinue immediately following unexpected discomfort.';
    const problems = contentProblems(data);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^protocols: reading age (\d+\.\d) \(at most 11\)$/);
    expect(Number(/reading age (\d+\.\d)/.exec(problems[0])![1])).to.be.greaterThan(READING_AGE_MAX);
    expect(sectionReadingAges(cleanCatalogue()).every((s) => s.readingAge <= READING_AGE_MAX)).to.equal(true);
  });

  it('checks only the word limits in a catalogue that is not in English (reading age, jargon and the question prefix are English rules)', () => {
    const english = cleanCatalogue();
    english.protocols[0].safetyNote =
      'Temperature application necessitates considerable physiological monitoring. Discontinue immediately following unexpected discomfort.';
    english.exercises[0].why = 'It works your lumbar muscles.';
    english.exercises[0].steps[0] = `${plainWords(13)}.`;
    const englishProblems = contentProblems(english);
    expect(englishProblems.some((p) => p.includes('reading age'))).to.equal(true);
    expect(englishProblems.some((p) => p.includes('"lumbar"'))).to.equal(true);
    const spanish = { ...english, locale: 'es' };
    expect(isEnglish(spanish)).to.equal(false);
    expect(isEnglish({ ...english, locale: 'en-GB' })).to.equal(true);
    expect(isEnglish({ ...english, locale: undefined })).to.equal(true);
    expect(contentProblems(spanish)).to.deep.equal([`exercises[0].steps[0]: 13 words (at most 12): "${plainWords(13)}."`]);
  });

  it('does not check source titles', () => {
    const data = cleanCatalogue();
    expect(data.sources[0].title.split(' ').length).to.be.greaterThan(SENTENCE_MAX_WORDS);
    expect(contentProblems(data)).to.deep.equal([]);
  });
});
