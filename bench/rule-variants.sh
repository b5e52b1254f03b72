#!/usr/bin/env bash
# Makes the copies of rules/ that EngineVariantsProbe compares with rules/ itself (README, Performance, "Merging
# rules does not buy it either"), derived from the folder as it is now, so they follow the analysts' edits:
#   <dir>/merged   scoring.drl computes achievement and score in one rule per KPI for point targets
#   <dir>/noguard  without guardrails.drl
# Usage: bench/rule-variants.sh /tmp/rvar   then   EngineVariantsProbe "mvel=rules,mvel=/tmp/rvar/merged,mvel=/tmp/rvar/noguard"
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?output folder}
rm -rf "$OUT/merged" "$OUT/noguard"
mkdir -p "$OUT"
cp -r rules "$OUT/merged"
cp -r rules "$OUT/noguard"
rm "$OUT/noguard/guardrails.drl"

S="$OUT/merged/scoring.drl"
HIGHER='insert(new Achievement($k, Decimals.ratio($m.getActual(), $m.getTarget())));'
LOWER='insert(new Achievement($k, Decimals.ratio($m.getTarget(), $m.getActual())));'
for line in 'function BigDecimal scoringFloor()' "$HIGHER" "$LOWER"; do
  grep -qF "$line" "$S" || { echo "rules/scoring.drl no longer has: $line" >&2; exit 1; }
done
python3 - "$S" "$HIGHER" "$LOWER" <<'PY'
import sys
path, higher, lower = sys.argv[1:]
s = open(path).read()
floor = s.index('\n', s.index('function BigDecimal scoringFloor()')) + 1
s = s[:floor] + '''
// The variant: a point target's achievement and its score in one step, so one firing and one insert per KPI.
function KpiScore scored(PlanKpi k, BigDecimal achievement) {
    Achievement a = new Achievement(k, achievement);
    return new KpiScore(a, achievement.compareTo(scoringFloor()) < 0 ? BigDecimal.ZERO
            : achievement.min(achievementCap()).multiply(Decimals.HUNDRED));
}
''' + s[floor:]
s = s.replace(higher, 'insert(scored($k, Decimals.ratio($m.getActual(), $m.getTarget())));')
s = s.replace(lower, 'insert(scored($k, Decimals.ratio($m.getTarget(), $m.getActual())));')
open(path, 'w').write(s)
PY
echo "made $OUT/merged and $OUT/noguard"
