import { expect } from '@open-wc/testing';
import type { Cue, CueGroup } from '../../src/catalogue/schema';
import { selectCues } from '../../src/components/form-cues/select-cues';

const group = (id: string) => ({ id }) as CueGroup;
const cue = (id: string, groupId: string) => ({ id, group: groupId }) as Cue;
const groups = [group('posture'), group('arms'), group('stride')];
const cues = [cue('tall-posture', 'posture'), cue('arms-bent', 'arms'), cue('arms-forward', 'arms'), cue('quick-steps', 'stride')];

/** The selection as `group: cue, cue` lines. */
function shown(attribute: string | null) {
  const { groups: selected, unknown } = selectCues(groups, cues, attribute);
  return { shown: selected.map((g) => `${g.group.id}: ${g.cues.map((c) => c.id).join(', ')}`), unknown };
}

describe('selectCues', () => {
  it('absent, empty or only commas and spaces: every cue, grouped, in catalogue order', () => {
    const all = ['posture: tall-posture', 'arms: arms-bent, arms-forward', 'stride: quick-steps'];
    for (const attribute of [null, '', ' , ,']) expect(shown(attribute)).to.deep.equal({ shown: all, unknown: [] });
  });

  it('cue ids and group ids, in catalogue order whatever the attribute order; groups with nothing shown are left out', () => {
    expect(shown(' quick-steps ,arms ')).to.deep.equal({ shown: ['arms: arms-bent, arms-forward', 'stride: quick-steps'], unknown: [] });
    expect(shown('arms-forward,tall-posture')).to.deep.equal({ shown: ['posture: tall-posture', 'arms: arms-forward'], unknown: [] });
  });

  it('names unknown ids once each, and still shows the known ones', () => {
    expect(shown('nope, arms-bent, nope, sprint')).to.deep.equal({ shown: ['arms: arms-bent'], unknown: ['nope', 'sprint'] });
    expect(shown('nope')).to.deep.equal({ shown: [], unknown: ['nope'] });
  });
});
