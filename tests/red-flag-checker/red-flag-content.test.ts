/**
 * The bundled red-flag question set against the content brief
 * (`shared/content/brief.md`, revision 2). The brief's ids, levels, sources,
 * hint facts and result facts are written out here by hand, independently of
 * the JSON, so a lost or changed entry fails a test. Safety-critical: see the
 * README, "How the checker decides".
 */
import { expect } from '@open-wc/testing';
import catalogue from '../../src/catalogue/catalogue.json';
import { Catalogue, type TriageLevel } from '../../src/catalogue/schema';

type BriefQuestion = { id: string; level: TriageLevel; sources: string[]; question: RegExp[]; hint?: RegExp[] };

/** Revision 2's table, in its order (most severe first): the flag's key words, and the facts its hint must carry. */
const QUESTIONS: BriefQuestion[] = [
  { id: 'both-legs', level: 'emergency', sources: ['nhs-back-pain', 'girft-ces-2023', 'finucane-2020'], question: [/both legs/, /pain/, /tingling/, /weakness/, /numbness/], hint: [/2 weeks/, /getting worse/, /jelly legs/, /wobbly/, /tired muscles after a run/i, /not sure, answer yes/] },
  { id: 'saddle-numbness', level: 'emergency', sources: ['nhs-back-pain', 'girft-ces-2023'], question: [/numbness or tingling/, /genitals/, /buttocks/, /back passage/], hint: [/small patch/, /saddle/, /wipe/] },
  { id: 'bladder-bowel', level: 'emergency', sources: ['nhs-back-pain', 'girft-ces-2023'], question: [/new/, /pee/, /poo/], hint: [/hard to start peeing/, /leak pee or poo/, /cannot feel when you need to go/] },
  { id: 'sexual-function', level: 'emergency', sources: ['girft-ces-2023', 'nhs-back-pain'], question: [/new change/, /sex/], hint: [/last few weeks/, /erection/, /less feeling in your genitals/] },
  { id: 'chest-pain', level: 'emergency', sources: ['nhs-back-pain'], question: [/chest pain/], hint: [/sudden, severe, tearing pain/, /back or tummy/] },
  { id: 'very-unwell', level: 'emergency', sources: ['nhs-sepsis', 'nice-cks-lbp'], question: [/very unwell/, /high temperature/, /cancer treatment/], hint: [/confused/, /short of breath/, /blotchy, grey or blue/, /sepsis/] },
  { id: 'serious-accident', level: 'emergency', sources: ['nhs-back-pain', 'verhagen-2016'], question: [/serious accident/, /hard fall/], hint: [/car crash/, /fall from a height/] },
  { id: 'one-leg-worsening', level: 'urgent', sources: ['nice-cks-sciatica', 'nhs-back-pathway-2017'], question: [/leg/, /weaker/, /more numb/], hint: [/drags or slaps/] },
  { id: 'fall-or-injury', level: 'urgent', sources: ['nice-cks-lbp', 'finucane-2020'], question: [/suddenly/, /fall/, /knock/, /lift/, /over 70/, /weak bones/], hint: [/osteoporosis/, /steroid tablets long term/, /small fall can break a bone in the spine/] },
  { id: 'fever', level: 'urgent', sources: ['nhs-back-pain', 'nice-cks-lbp'], question: [/high temperature/, /hot and shivery/, /unwell/], hint: [/38°C or above/, /chest or back feels hot/] },
  { id: 'infection-risk', level: 'urgent', sources: ['nice-cks-lbp', 'finucane-2020'], question: [/weak immune system/, /inject drugs not prescribed/, /back operation/], hint: [/cancer treatment/, /medicines that lower immunity/, /HIV/, /Insulin does not count/, /serious infection/, /injection in your back/] },
  { id: 'weight-loss', level: 'urgent', sources: ['nhs-back-pain', 'verhagen-2016'], question: [/losing weight without trying/], hint: [/eating less or training more/] },
  { id: 'cancer-history', level: 'urgent', sources: ['nice-cks-lbp', 'verhagen-2016'], question: [/ever had cancer/], hint: [/long time ago/] },
  { id: 'lump-or-shape', level: 'urgent', sources: ['nhs-back-pain'], question: [/lump or swelling/, /changed shape/] },
  { id: 'night-or-rest-pain', level: 'urgent', sources: ['nhs-back-pain', 'nice-cks-lbp'], question: [/rest/, /worse at night/], hint: [/all the time/, /however you lie or sit/, /keeps you awake/, /turn over in bed does not count/] },
  { id: 'cough-sneeze', level: 'urgent', sources: ['nhs-back-pain'], question: [/coughing, sneezing or straining on the toilet/] },
  { id: 'upper-back', level: 'urgent', sources: ['nhs-back-pain'], question: [/high up/, /shoulder blades/] },
  { id: 'steroids-osteoporosis', level: 'soon', sources: ['nice-cks-lbp', 'verhagen-2016'], question: [/steroid tablets long term/, /osteoporosis/], hint: [/weaker bones that break more easily/] },
  { id: 'new-pain-age', level: 'soon', sources: ['nice-cks-lbp', 'nhs-back-pathway-2017'], question: [/under 20/, /over 50/, /new/], hint: [/worth checking/] },
  { id: 'morning-stiffness', level: 'soon', sources: ['nice-ng65'], question: [/3 months/, /45/, /moving ease/], hint: [/second half of the night/, /inflammation/] },
  { id: 'one-leg-symptoms', level: 'soon', sources: ['nice-ng59', 'nice-cks-sciatica'], question: [/pain, tingling or numbness/, /one leg/], hint: [/sciatica/, /whether or not it is getting worse/] },
  { id: 'not-improving', level: 'soon', sources: ['nhs-back-pain'], question: [/no better/, /2–3 weeks/, /at home/] },
  { id: 'stops-daily-life', level: 'soon', sources: ['nhs-back-pain'], question: [/normal daily/, /severe/, /getting worse/], hint: [/hard to think, talk, sleep or move/] },
  { id: 'struggling', level: 'soon', sources: ['nhs-back-pain'], question: [/worried/, /struggling to cope/] },
];

const LEVELS: TriageLevel[] = ['emergency', 'urgent', 'soon', 'self-care'];
const PREFIXES: Record<TriageLevel, string> = {
  emergency: 'Immediate action required:',
  urgent: 'Urgent advice:',
  soon: 'Non-urgent advice:',
  'self-care': 'Self-care advice:',
};
const REMOVED_SOURCES = ['seed-blogs', 'nhs-ces-leaflets', 'nhs-pathway-slide'];

const data: Catalogue = Catalogue.parse(catalogue);
const set = data.redFlagSets.find((s) => s.id === 'low-back-pain')!;
const ui = data.ui.redFlagChecker;
const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`no entry "${id}"`);
  return found;
};
const result = (level: TriageLevel) => set.results.find((r) => r.level === level)!;
const allText = (level: TriageLevel) => [result(level).heading, ...result(level).actions].join(' ');

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('bundled catalogue: red-flag questions (revision 2)', () => {
  it('has one set, low-back-pain, with the 24 questions of the brief in its order: 7 emergency, 10 urgent, 7 soon', () => {
    expect(data.redFlagSets.map((s) => s.id)).to.deep.equal(['low-back-pain']);
    expect(set.questions.map((q) => [q.id, q.level])).to.deep.equal(QUESTIONS.map((q) => [q.id, q.level]));
    const count = (level: TriageLevel) => set.questions.filter((q) => q.level === level).length;
    expect([count('emergency'), count('urgent'), count('soon'), count('self-care')]).to.deep.equal([7, 10, 7, 0]);
  });

  for (const brief of QUESTIONS) {
    it(`${brief.id}: level, sources, the flag's words and the hint's facts`, () => {
      const q = byId(set.questions, brief.id);
      expect(q.level).to.equal(brief.level);
      expect(q.sources).to.deep.equal(brief.sources);
      for (const words of brief.question) expect(q.question, `${brief.id} question`).to.match(words);
      if (brief.hint) {
        expect(q.hint, `${brief.id} has a hint`).to.be.a('string');
        for (const fact of brief.hint) expect(q.hint, `${brief.id} hint`).to.match(fact);
      }
      expect(q.reason, brief.id).to.not.be.empty;
      expect(q.reason, brief.id).to.not.match(/\?$/);
    });
  }

  it('one-leg-symptoms has no "not getting worse" qualifier, and one-leg-worsening is about weakness or numbness', () => {
    expect(byId(set.questions, 'one-leg-symptoms').question).to.not.match(/not getting worse|getting worse/);
    expect(byId(set.questions, 'one-leg-worsening').question).to.not.match(/pain|tingling/);
  });

  it('asks each question directly: no "Do you have back pain and …" prefix, and each ends with a question mark', () => {
    for (const q of set.questions) {
      expect(q.question, q.id).to.not.match(/^do you have back pain and/i);
      expect(q.question, q.id).to.match(/\?$/);
    }
  });

  it('frames the questions once in the intro, and says when to answer about the past', () => {
    expect(set.intro).to.match(/back pain and your health/).and.match(/now or the last few weeks/).and.match(/asks about the past/);
  });

  it('has group headings for each level, most severe first', () => {
    expect(ui.emergencyGroup).to.match(/emergency/i);
    expect(ui.urgentGroup).to.match(/today/i);
    expect(ui.soonGroup).to.not.be.empty;
  });
});

describe('bundled catalogue: red-flag results (revision 2)', () => {
  it('has exactly one result per level, most severe first, with NHS care-card prefixes', () => {
    expect(set.results.map((r) => r.level)).to.deep.equal(LEVELS);
    for (const r of set.results) {
      expect(r.prefix, r.level).to.equal(PREFIXES[r.level]);
      expect(r.heading, r.level).to.not.be.empty;
      expect(r.actions, r.level).to.not.be.empty;
    }
  });

  it('emergency: call the number or go to the nearest emergency department now; do not drive; chest pain; do not wait; cauda equina', () => {
    const { actions } = result('emergency');
    expect(actions[0]).to.match(/^Call \{emergencyNumber\} now/).and.match(/nearest emergency department/);
    const text = actions.join(' ');
    expect(text).to.match(/Do not drive yourself/).and.match(/Do not wait/);
    expect(text).to.match(/chest pain, call \{emergencyNumber\}/).and.match(/Do not travel to hospital yourself/);
    expect(text).to.match(/tell staff you are worried about cauda equina syndrome/);
  });

  it('urgent: medical advice today, from a doctor or the advice line placeholder', () => {
    expect(allText('urgent')).to.match(/today/).and.match(/urgent appointment with a doctor/).and.match(/\{adviceLine\}/);
  });

  it('soon: a doctor or physiotherapist in the next few days, keeping gently active', () => {
    expect(allText('soon')).to.match(/doctor or physiotherapist/).and.match(/next few days/).and.match(/gently active/);
  });

  it('self-care: none reported, not a diagnosis, and the self-care advice of the brief', () => {
    const r = result('self-care');
    expect(r.heading).to.match(/did not report any red flags/);
    const text = r.actions.join(' ');
    expect(text).to.match(/not a diagnosis/);
    expect(text).to.match(/Stay active/).and.match(/Avoid bed rest/).and.match(/Heat may ease/).and.match(/gradually/);
    expect(text).to.match(/pharmacist about pain relief/).and.match(/2–6 weeks/).and.match(/not getting better/);
  });

  it('the safety net names the signs to act on at once, and to check again', () => {
    const net = set.safetyNet;
    expect(net.intro).to.match(/\{emergencyNumber\}/).and.match(/at once/);
    const signs = net.signs.join(' | ');
    expect(signs).to.match(/numbness or tingling around your genitals or bottom/);
    expect(signs).to.match(/new problems peeing or pooing/).and.match(/not feeling when you need to go/);
    expect(signs).to.match(/pain, tingling, weakness or numbness in both legs/);
    expect(signs).to.match(/chest pain/);
    expect(net.outro).to.match(/Check again/);
  });

  it('never says "all clear", "clear" or "fine" in a result', () => {
    for (const [path, text] of strings({ results: set.results, safetyNet: set.safetyNet })) {
      expect(text, path).to.not.match(/\b(all clear|clear|fine)\b/i);
    }
  });
});

describe('bundled catalogue: the checker\'s disclaimer, contacts and review', () => {
  it('always shows the required disclaimer, for people aged 16 and over, with what to do for a child', () => {
    expect(set.disclaimer).to.match(
      /^This checker helps you decide where to get help\. It does not diagnose\. If you think you are seriously unwell, get help now\./,
    );
    expect(set.disclaimer).to.match(/16 and over/).and.match(/child under 16/).and.match(/contact a doctor/).and.match(/\{emergencyNumber\}/);
  });

  it('claims nothing about medical-device status, nor a clinical review, anywhere in the catalogue', () => {
    for (const [path, text] of strings(data)) {
      expect(text, path).to.not.match(/medical device/i);
      expect(text, path).to.not.match(/\b(clinically|medically) (reviewed|approved|validated)\b/i);
    }
  });

  it('names no UK service in the default English: general words for the emergency number and the advice line', () => {
    expect(ui.defaultEmergencyNumber).to.equal('your local emergency number');
    expect(ui.defaultAdviceLine).to.equal('an urgent advice line');
    for (const [path, text] of strings(set)) {
      expect(text, path).to.not.match(/\b(999|111|A&E|NHS 111)\b/);
    }
  });

  it('says honestly that no clinician has reviewed it yet, and when its sources were last checked', () => {
    expect(data.review.reviewed).to.equal(false);
    expect(data.review.by).to.equal(undefined);
    expect(data.review.sourcesChecked).to.match(/^\d{4}-\d{2}$/);
    expect(ui.reviewPending).to.match(/No clinician has reviewed/).and.match(/\{sourcesChecked\}/);
  });

  it('cites none of the removed sources, and every source it cites exists', () => {
    const cited = [set, ...set.questions, ...set.results].flatMap((x) => x.sources);
    for (const id of REMOVED_SOURCES) expect(cited, id).to.not.include(id);
    const known = new Set(data.sources.map((s) => s.id));
    for (const id of cited) expect(known.has(id), id).to.equal(true);
  });
});

describe('what we say about the content, outside the catalogue', () => {
  for (const path of ['/README.md', '/demo/index.html']) {
    it(`${path} claims neither a clinical review of the bundled content nor medical-device status`, async () => {
      const response = await fetch(path);
      expect(response.ok, path).to.equal(true);
      const words = (await response.text()).replace(/\s+/g, ' ');
      const claims = [
        // Any "is (not) a medical device" but the README's "Whether software is a medical device is for a regulator to decide".
        /(?<!whether software )\b(is|are)( not)? an? medical device\b/i,
        /\b(clinically|medically) (reviewed|approved|validated)\b/i,
        // "has not yet been reviewed by a clinician" is the honest statement; any other is a claim.
        /(?<!not (yet )?been )\breviewed by (a |our )?(clinician|doctor|physiotherapist)s?\b/i,
      ];
      for (const claim of claims) expect(claim.exec(words)?.[0] ?? null, `${path}: ${claim}`).to.equal(null);
    });
  }
});
