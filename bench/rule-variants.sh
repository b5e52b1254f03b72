#!/usr/bin/env bash
# Makes the copies of rules/ that EngineVariantsProbe compares with rules/ itself (README, Performance, "Merging
# rules does not buy it either" and "Where the guardrails' half goes"), derived from the folder as it is now, so they
# follow the analysts' edits:
#   <dir>/merged   scoring.drl computes achievement and score in one rule per KPI for point targets
#   <dir>/noguard  without guardrails.drl
#   <dir>/nomsg    guardrails.drl whose message helpers (pct, listed) return "": what the numbers in messages cost
#   <dir>/nocap    guardrails.drl without the rules that cap, reduce or withhold: what detecting alone costs
# Usage: bench/rule-variants.sh /tmp/rvar   then   EngineVariantsProbe "mvel=rules,mvel=/tmp/rvar/merged,mvel=/tmp/rvar/noguard"
#        or EngineVariantsProbe "mvel=rules,mvel=/tmp/rvar/nomsg,mvel=/tmp/rvar/nocap,mvel=/tmp/rvar/noguard"
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?output folder}
rm -rf "$OUT/merged" "$OUT/noguard" "$OUT/nomsg" "$OUT/nocap"
mkdir -p "$OUT"
for variant in merged noguard nomsg nocap; do cp -r rules "$OUT/$variant"; done
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

python3 - "$OUT" <<'PY'
import re, sys
out = sys.argv[1]
path = out + '/nomsg/guardrails.drl'
s = open(path).read()
helpers = ['return ratio.multiply(new BigDecimal("100")).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()'
           '.toPlainString() + "%";',
           'List<String> sorted = new ArrayList<>(kpis);\n    Collections.sort(sorted);\n    return String.join(", ", sorted);']
for body in helpers:
    if body not in s:
        sys.exit('rules/guardrails.drl no longer has: ' + body.split('\n')[0])
    s = s.replace(body, 'return "";')
open(path, 'w').write(s)
path = out + '/nocap/guardrails.drl'
rules = re.split(r'(?=^rule ")', open(path).read(), flags=re.M)
kept = [r for r in rules if not re.match(r'rule "[A-Z_0-9]+: (cap|reduce|withhold) ', r)]
if len(kept) == len(rules):
    sys.exit('rules/guardrails.drl has no rule named "<ID>: cap|reduce|withhold ..." any more')
open(path, 'w').write(''.join(kept))
PY
echo "made $OUT/merged, $OUT/noguard, $OUT/nomsg and $OUT/nocap"
