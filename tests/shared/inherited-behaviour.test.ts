import '../../src/index';
import { runInheritedSuite } from './inherited-behaviour.suite';

// Each widget with the attributes it needs to render normally.
runInheritedSuite('stride-exercise-card', '<stride-exercise-card exercise="bird-dog"></stride-exercise-card>');
runInheritedSuite('stride-red-flag-checker', '<stride-red-flag-checker></stride-red-flag-checker>');
runInheritedSuite('stride-form-cues', '<stride-form-cues></stride-form-cues>');
runInheritedSuite('stride-recovery-timer', '<stride-recovery-timer protocol="stretch-holds"></stride-recovery-timer>');
runInheritedSuite('stride-routine', '<stride-routine routine="mcgill-daily"></stride-routine>');
