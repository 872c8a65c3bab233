import 'stride-widgets/red-flag-checker';

const checker = document.querySelector('stride-red-flag-checker')!; // a StrideRedFlagChecker
const output = document.querySelector('output')!;

checker.addEventListener('stride-triage', (e) => {
  output.value = e.detail.level; // 'emergency' | 'urgent' | 'soon' | 'self-care'
});
