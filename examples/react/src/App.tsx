import { useRef, useState } from 'react';
import type {} from 'stride-widgets/jsx'; // types the stride-* elements in JSX
import 'stride-widgets/exercise-card';
import 'stride-widgets/red-flag-checker';
import type { StrideRedFlagChecker } from 'stride-widgets/red-flag-checker';

export function App() {
  const checker = useRef<StrideRedFlagChecker>(null);
  const [level, setLevel] = useState('none yet');
  const [reasons, setReasons] = useState<string[]>([]);

  return (
    <main>
      <stride-exercise-card exercise="bird-dog" heading-level="2"></stride-exercise-card>
      <stride-red-flag-checker
        ref={checker}
        emergency-number="999"
        advice-line="111"
        onstride-triage={(e) => {
          setLevel(e.detail.level);
          setReasons(checker.current?.result?.reasons ?? []);
        }}
      ></stride-red-flag-checker>
      <p>
        Result: <output id="level">{level}</output> (<output id="reasons">{reasons.join(', ')}</output>)
      </p>
    </main>
  );
}
