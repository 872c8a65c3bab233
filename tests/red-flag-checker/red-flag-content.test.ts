/**
 * The bundled red-flag question set against the content brief
 * (`shared/content/brief.md`, revision 2). The brief's ids, levels, sources and
 * result facts are written out here by hand, independently of the JSON, so a
 * lost or changed entry fails a test. Safety-critical: see README, "How the
 * checker decides".
 */
import { expect } from '@open-wc/testing';
import catalogue from '../../src/catalogue/catalogue.json';
import { Catalogue, type TriageLevel } from '../../src/catalogue/schema';

/** In the brief's order, which is most severe first. */
const QUESTIONS: { id: string; level: TriageLevel; sources: string[] }[] = [
  { id: 'both-legs', level: 'emergency', sources: ['nhs-back-pain', 'nice-cks-lbp', 'finucane-2020'] },
  { id: 'saddle-numbness', level: 'emergency', sources: ['nhs-back-pain', 'nice-cks-lbp'] },
  { id: 'bladder-bowel', level: 'emergency', sources: ['nhs-back-pain', 'nice-cks-lbp'] },
  { id: 'sexual-function', level: 'emergency', sources: ['girft-ces-2023'] },
  { id: 'chest-pain', level: 'emergency', sources: ['nhs-back-pain'] },
  { id: 'serious-accident', level: 'emergency', sources: ['nhs-back-pain', 'verhagen-2016'] },
  { id: 'one-leg-worsening', level: 'urgent', sources: ['nhs-back-pathway-2017', 'nice-cks-lbp'] },
  { id: 'fever', level: 'urgent', sources: ['nhs-back-pain', 'nice-cks-lbp'] },
  { id: 'weight-loss', level: 'urgent', sources: ['nhs-back-pain', 'verhagen-2016'] },
  { id: 'cancer-history', level: 'urgent', sources: ['nice-cks-lbp', 'verhagen-2016'] },
  { id: 'lump-or-shape', level: 'urgent', sources: ['nhs-back-pain'] },
  { id: 'night-or-rest-pain', level: 'urgent', sources: ['nhs-back-pain', 'nice-cks-lbp'] },
  { id: 'cough-sneeze', level: 'urgent', sources: ['nhs-back-pain'] },
  { id: 'upper-back', level: 'urgent', sources: ['nhs-back-pain'] },
  { id: 'steroids-osteoporosis', level: 'soon', sources: ['nice-cks-lbp', 'verhagen-2016'] },
  { id: 'morning-stiffness', level: 'soon', sources: ['nice-ng65'] },
  { id: 'one-leg-symptoms', level: 'soon', sources: ['nice-ng59'] },
  { id: 'not-improving', level: 'soon', sources: ['nhs-back-pain'] },
  { id: 'stops-daily-life', level: 'soon', sources: ['nhs-back-pain'] },
  { id: 'struggling', level: 'soon', sources: ['nhs-back-pain'] },
];

const LEVELS: TriageLevel[] = ['emergency', 'urgent', 'soon', 'self-care'];
const PREFIXES: Record<TriageLevel, string> = {
  emergency: 'Immediate action required:',
  urgent: 'Urgent advice:',
  soon: 'Non-urgent advice:',
  'self-care': 'Self-care advice:',
};

const DISCLAIMER =
  'This checker helps you decide where to get help. It does not diagnose. If you think you are seriously unwell, get help now.';

const data: Catalogue = Catalogue.parse(catalogue);
const set = data.redFlagSets.find((s) => s.id === 'low-back-pain')!;
const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`no entry "${id}"`);
  return found;
};

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('bundled catalogue: red-flag checker', () => {
  it('has one set, low-back-pain, with the 20 questions of the brief in its order and at its levels', () => {
    expect(data.redFlagSets.map((s) => s.id)).to.deep.equal(['low-back-pain']);
    expect(set.questions.map((q) => [q.id, q.level])).to.deep.equal(QUESTIONS.map((q) => [q.id, q.level]));
    for (const q of QUESTIONS) expect(byId(set.questions, q.id).sources, q.id).to.deep.equal(q.sources);
  });

  it('orders questions most severe first', () => {
    const ranks = set.questions.map((q) => LEVELS.indexOf(q.level));
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    expect(set.questions[0].level).to.equal('emergency');
  });

  it('phrases every question "Do you have back pain and …?" with a short reason', () => {
    for (const q of set.questions) {
      expect(q.question, q.id).to.match(/^Do you have back pain and .+\?$/);
      expect(q.reason, q.id).to.not.be.empty;
      expect(q.reason, q.id).to.not.match(/\?$/);
    }
  });

  it('explains the saddle area, bladder and bowel, and morning stiffness', () => {
    expect(byId(set.questions, 'saddle-numbness').hint).to.match(/saddle area/i);
    expect(byId(set.questions, 'bladder-bowel').hint).to.be.a('string').and.not.be.empty;
    expect(byId(set.questions, 'morning-stiffness').hint).to.match(/3 months/).and.match(/45/);
  });

  it('always shows the required disclaimer and an intro', () => {
    expect(set.disclaimer.startsWith(DISCLAIMER)).to.equal(true);
    expect(set.disclaimer).to.match(/not a medical device/);
    expect(set.intro).to.not.be.empty;
  });

  it('has exactly one result per level, most severe first, with NHS care-card prefixes', () => {
    expect(set.results.map((r) => r.level)).to.deep.equal(LEVELS);
    for (const r of set.results) {
      expect(r.prefix, r.level).to.equal(PREFIXES[r.level]);
      expect(r.heading, r.level).to.not.be.empty;
      expect(r.actions, r.level).to.not.be.empty;
    }
  });

  it('emergency: call the number now, do not drive, do not wait', () => {
    const { actions } = set.results.find((r) => r.level === 'emergency')!;
    expect(actions[0]).to.equal('Call {emergencyNumber} now or go to the nearest emergency department (A&E).');
    expect(actions.join(' ')).to.match(/Do not drive yourself/).and.match(/Do not wait/);
  });

  it('urgent: medical advice today, with NHS 111', () => {
    const r = set.results.find((x) => x.level === 'urgent')!;
    expect(`${r.heading} ${r.actions.join(' ')}`).to.match(/today/).and.match(/111/);
  });

  it('soon: a doctor or physiotherapist in the next few days; keep active; come back if it changes', () => {
    const text = set.results.find((x) => x.level === 'soon')!.actions.join(' ');
    expect(text).to.match(/doctor or physiotherapist/).and.match(/next few days/).and.match(/active/).and.match(/checker/);
  });

  it('self-care: no red flags reported, not a diagnosis, and the self-care advice', () => {
    const r = set.results.find((x) => x.level === 'self-care')!;
    expect(r.heading).to.match(/did not report any red flags/);
    const text = r.actions.join(' ');
    expect(text).to.match(/not a diagnosis/);
    expect(text).to.match(/active/).and.match(/Avoid bed rest/).and.match(/heat/i).and.match(/gradually/);
    expect(text).to.match(/2–6 weeks/).and.match(/not improving/).and.match(/new symptoms/).and.match(/pharmacist/);
  });

  it('never says "all clear", "clear" or "fine" in a result', () => {
    for (const [path, text] of strings(set.results, 'results')) {
      expect(text, path).to.not.match(/\b(all clear|clear|fine)\b/i);
    }
  });
});
