#!/usr/bin/env bash
# Load test of the packaged service against its hand-coded baseline, on loopback only.
# Builds the jar, starts it on an H2 file database in a temporary folder, warms it up, then measures
#   - start to first answer (ms from launching java to the first 201), of the fat jar and (service only, on a
#     fresh database) of the same jar extracted as Spring Boot recommends for production (jarmode tools extract),
#     the extracted one twice: a first start with an empty rules cache, then a restart that finds the tables kept,
#   - single-evaluation throughput (closed loop: bench/LoadDriver.java, and wrk too if installed),
#   - p50/p99 latency at a constant rate (bench/LoadDriver.java, wrk2-style: latency from the scheduled send),
#   - heap used under load (jstat) and live heap after a full GC (jcmd),
#   - (service only) batch throughput: whole batches of 10,000 requests, persisted, timed end to end (six: the
#     JIT warms over the first batches, as it would over a quarter end of a hundred such batches),
#   - (service only) warm rules reloads: an edit to a copy of rules/ followed by POST /api/v1/rulesets/reload,
# and the same against the baseline (POST /bench/v1/evaluations, the policy hand-coded in Java, same validation,
# mapping and decision-log rows), started beside the service on the next port: the two take turns, round after
# round, for throughput and for latency. Persistence is on in both. Every step is bounded in
# time and request count; the servers it started are stopped by their pid when it ends. The warm-up is 120 s
# because the JIT is still compiling before that: under closed-loop load the service did 1,024, 1,979 and then
# 3,500-4,200 requests/s in successive 30 s, its C2 compiler thread using 12 s of CPU between 30 and 60 s
# and under 1 s per 30 s after 90 s (jstat -compiler and the thread's CPU time).
#
# Settings (environment): PORT=18080 (the baseline on the next port) REQUEST=saas-all-guardrails CONNECTIONS=8
#   WARMUP_SECONDS=120 SECONDS_PER_RUN=20 ROUNDS=3 RATE=1000 RATE_SECONDS=30 RATE_ROUNDS=2 RATE_CONNECTIONS=32
#   RELOADS=20 BATCHES=6 BATCH_ITEMS=10000
#   SERVER_JAVA_OPTS="-Xms512m -Xmx512m -XX:+UseParallelGC"  TARGETS="service baseline"  SKIP_BUILD=1 (reuse target/)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
REQUEST=${REQUEST:-saas-all-guardrails}
CONNECTIONS=${CONNECTIONS:-8}
WARMUP_SECONDS=${WARMUP_SECONDS:-120}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
ROUNDS=${ROUNDS:-3}
RATE=${RATE:-1000}
RATE_SECONDS=${RATE_SECONDS:-30}
RATE_ROUNDS=${RATE_ROUNDS:-2}
RATE_CONNECTIONS=${RATE_CONNECTIONS:-32}
RELOADS=${RELOADS:-20}
BATCHES=${BATCHES:-6}
BATCH_ITEMS=${BATCH_ITEMS:-10000}
# A heap of fixed size: started small, G1 kept it at about 240 MB under load, its old generation filled with garbage
# awaiting a marking cycle, and eden shrank until a young GC ran every 75 ms. The parallel collector: on two cores
# it costs the service about a tenth less CPU per evaluation than G1, single or in batches (README, Performance).
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}
TARGETS=${TARGETS:-service baseline}
BODY="$PWD/bench/requests/$REQUEST.json"
# The load's caller: a throwaway key for loopback runs, and its BCrypt hash (cost 10).
BENCH_USER=bench
BENCH_KEY=bench-load-key
BENCH_HASH='$2a$10$YGaZEEfl/COdOjUK.MhSku/n9c65TjY2b34u3pD5m4LLJY1IB2Fpa'
WORK=$(mktemp -d /tmp/kpi-load.XXXXXX)
SERVER_PID=""
JSTAT_PIDS=()
declare -A PIDS=() URLS=()

cleanup() {
  for p in "${JSTAT_PIDS[@]}" "${PIDS[@]}" $SERVER_PID; do
    kill "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
  # A run stores a few hundred thousand evaluations (about 3 GB); only the logs and results are worth keeping.
  rm -rf "$WORK"/*-db
  echo "logs and results kept in $WORK (databases deleted)"
}
trap cleanup EXIT

# Compiled once here: run as a source file, every call would compile it again, and the first call's compile
# would share the two cores with the server's start that it is timing.
javac -d "$WORK/driver" bench/LoadDriver.java
driver() { timeout 700 java -Xmx512m -cp "$WORK/driver" LoadDriver "$@"; }

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== building (mvn -B -q -DskipTests package; bench jar with -Pbench)"
  mvn -B -q -DskipTests package
  mvn -B -q -Pbench -DskipTests test-compile jar:test-jar@bench-jar
fi
cp -r rules "$WORK/rules"

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "== request $REQUEST, $CONNECTIONS connections, server opts $SERVER_JAVA_OPTS"
command -v wrk >/dev/null || echo "== wrk not installed: closed-loop rounds by LoadDriver only (apt-get install wrk for both)"

# Starts one target on its own port and times its first answer; both targets then stay up side by side.
start_target() {
  local name=$1 port=$2 path cmd
  local db="$WORK/$name-db/kpi"
  # One caller for the load, configured rather than created at first start, so its key is known here.
  local common=(--server.port="$port" --server.address=127.0.0.1 --spring.datasource.url="jdbc:h2:file:$db"
                --kpi.rules.dir="$WORK/rules" --kpi.rules.cache-dir="$WORK/rules-cache" --kpi.rules.watch=false
                "--kpi.security.users[0].name=$BENCH_USER" "--kpi.security.users[0].password-hash=$BENCH_HASH"
                "--kpi.security.users[0].roles=HR_SYSTEM,ANALYST")
  if [ "$name" = service ]; then
    path=/api/v1/evaluations
    cmd=(java $SERVER_JAVA_OPTS -jar target/kpi-policy.jar "${common[@]}")
  else
    path=/bench/v1/evaluations
    cmd=(java $SERVER_JAVA_OPTS -cp target/kpi-policy.jar -Dloader.path=target/kpi-policy-bench.jar
         org.springframework.boot.loader.launch.PropertiesLauncher "${common[@]}" --spring.profiles.active=bench)
  fi
  URLS[$name]="http://$BENCH_USER:$BENCH_KEY@127.0.0.1:$port$path"
  echo "== $name: ${cmd[*]}"
  local t0; t0=$(date +%s%3N)
  "${cmd[@]}" > "$WORK/$name.log" 2>&1 &
  PIDS[$name]=$!
  driver --mode first --url "${URLS[$name]}" --body "$BODY" --since-millis "$t0" --timeout-seconds 60 --label "$name" \
    | tee -a "$WORK/results.txt"
  grep -o 'Started KpiPolicyApplication in [0-9.]* seconds' "$WORK/$name.log" | sed "s/^/$name /" | tee -a "$WORK/results.txt" || true
  echo "-- $name warm-up ${WARMUP_SECONDS}s"
  driver --mode closed --url "${URLS[$name]}" --body "$BODY" --connections "$CONNECTIONS" --seconds "$WARMUP_SECONDS" \
    --label "$name-warmup" >/dev/null
  settle "${PIDS[$name]}"
}

# Waits (at most 60 s) until the server uses under 5 % of a core: a JIT still compiling what the warm-up ran, or a
# database still writing, would otherwise take the cores from the other target's round.
settle() {
  local pid=$1 prev now
  prev=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  for _ in $(seq 1 60); do
    sleep 1
    now=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    [ $((now - prev)) -lt $(($(getconf CLK_TCK) / 20)) ] && return
    prev=$now
  done
}

stop_target() {
  local name=$1
  kill "${PIDS[$name]}" 2>/dev/null || true
  wait "${PIDS[$name]}" 2>/dev/null || true
  unset "PIDS[$name]"
}

throughput_round() {
  local name=$1 round=$2
  if command -v wrk >/dev/null; then
    local out="$WORK/$name-$round.wrk" url=${URLS[$name]}
    BODY="$BODY" AUTH=$(printf '%s' "$BENCH_USER:$BENCH_KEY" | base64) timeout 700 wrk -t2 -c"$CONNECTIONS" \
      -d"${SECONDS_PER_RUN}s" --latency -s bench/post.lua "http://${url#*@}" > "$out"
    echo "$name-throughput-wrk round=$round throughput=$(awk '/Requests\/sec/ {print $2}' "$out")/s" \
      "p50=$(awk '$1=="50%" {print $2}' "$out") p99=$(awk '$1=="99%" {print $2}' "$out")" \
      "non2xx=$(awk '/Non-2xx/ {print $NF}' "$out")" | tee -a "$WORK/results.txt"
  fi
  # The driver is a fresh JVM each time: its first seconds (its own JIT) are not counted.
  driver --mode closed --url "${URLS[$name]}" --body "$BODY" --connections "$CONNECTIONS" --seconds "$SECONDS_PER_RUN" \
    --warmup-seconds 5 --label "$name-throughput-driver round=$round" | tee -a "$WORK/results.txt"
  settle "${PIDS[$name]}"
}

rate_round() {
  local name=$1 round=$2
  driver --mode rate --url "${URLS[$name]}" --body "$BODY" --connections "$RATE_CONNECTIONS" --rate "$RATE" \
    --seconds "$RATE_SECONDS" --max-requests $((RATE * RATE_SECONDS + 1)) --warmup-seconds 5 \
    --label "$name-rate round=$round" | tee -a "$WORK/results.txt"
  settle "${PIDS[$name]}"
}

heap() {
  local name=$1 pid=${PIDS[$1]}
  # jstat -gc: S0U S1U EU OU are columns 3 4 6 8 (KB); the most heap in use at any sample under load.
  awk 'NR>1 && $1 ~ /^[0-9.]+$/ {u=($3+$4+$6+$8)/1024; if (u>m) m=u} END {printf "'"$name"'-heap used_under_load_max=%.0fMB\n", m}' \
    "$WORK/$name.jstat" | tee -a "$WORK/results.txt"
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info > "$WORK/$name.heap"
  # G1 prints one line for its heap; the parallel collector one per generation.
  awk '/garbage-first heap|PSYoungGen|ParOldGen/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); kb+=v}}
       END {printf "'"$name"'-heap live_after_full_gc=%.0fMB\n", kb/1024}' \
    "$WORK/$name.heap" | tee -a "$WORK/results.txt"
}

# The extracted layout loads its classes from plain jars instead of jars nested in the fat jar. Started twice, each
# time on a fresh database: first with nothing in the rules cache (a first start ever), then again once the first
# start has kept what the decision tables compiled to (a restart). The fat jar's start after them is a restart too.
start_extracted() {
  local label=$1
  [ -d "$WORK/extracted" ] || java -Djarmode=tools -jar target/kpi-policy.jar extract --destination "$WORK/extracted" >/dev/null
  rm -rf "$WORK/extracted-db"
  local url="http://$BENCH_USER:$BENCH_KEY@127.0.0.1:$PORT/api/v1/evaluations"
  echo "== service, extracted ($label): java $SERVER_JAVA_OPTS -jar $WORK/extracted/kpi-policy.jar"
  local t0; t0=$(date +%s%3N)
  java $SERVER_JAVA_OPTS -jar "$WORK/extracted/kpi-policy.jar" --server.port="$PORT" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:h2:file:$WORK/extracted-db/kpi" --kpi.rules.dir="$WORK/rules" \
    --kpi.rules.cache-dir="$WORK/rules-cache" --kpi.rules.watch=false \
    "--kpi.security.users[0].name=$BENCH_USER" "--kpi.security.users[0].password-hash=$BENCH_HASH" \
    "--kpi.security.users[0].roles=HR_SYSTEM" > "$WORK/extracted-$label.log" 2>&1 &
  SERVER_PID=$!
  driver --mode first --url "$url" --body "$BODY" --since-millis "$t0" --timeout-seconds 60 \
    --label "service-extracted-$label" | tee -a "$WORK/results.txt"
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

if [[ " $TARGETS " == *" service "* ]]; then
  start_extracted first
  start_extracted restart
fi
port=$PORT
for target in $TARGETS; do
  start_target "$target" "$port"
  port=$((port + 1))
done

# Both servers stay up and take turns, round after round: the machine's other load changes over minutes, and
# a service measured first and a baseline measured ten minutes later would compare the two moments, not the two.
for target in $TARGETS; do
  jstat -gc "${PIDS[$target]}" 500 > "$WORK/$target.jstat" &
  JSTAT_PIDS+=($!)
done
for round in $(seq 1 "$ROUNDS"); do
  echo "-- throughput round $round of $ROUNDS: closed loop, $CONNECTIONS connections, ${SECONDS_PER_RUN}s each"
  for target in $TARGETS; do throughput_round "$target" "$round"; done
done
for round in $(seq 1 "$RATE_ROUNDS"); do
  echo "-- latency round $round of $RATE_ROUNDS: constant ${RATE}/s for ${RATE_SECONDS}s each"
  for target in $TARGETS; do rate_round "$target" "$round"; done
done
for p in "${JSTAT_PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
JSTAT_PIDS=()
for target in $TARGETS; do heap "$target"; done

if [[ " $TARGETS " == *" service "* ]]; then
  # The baseline has neither batches nor reloads; stopped first, so that it takes nothing from the service.
  for target in $TARGETS; do [ "$target" = service ] || stop_target "$target"; done
  url=${URLS[service]}
  if [ "$BATCHES" -gt 0 ]; then
    echo "-- $BATCHES batches of $BATCH_ITEMS requests (POST /api/v1/evaluations/batch)"
    driver --mode batch --url "${url%/evaluations}/evaluations/batch" --body "$BODY" \
      --items "$BATCH_ITEMS" --batches "$BATCHES" --label "service-batch" | tee -a "$WORK/results.txt"
  fi
  if [ "$RELOADS" -gt 0 ]; then
    echo "-- $RELOADS rules reloads (edit + POST /api/v1/rulesets/reload)"
    ms=()
    base="http://127.0.0.1:${url#*@127.0.0.1:}"
    base=${base%/api/v1/evaluations}
    for i in $(seq 1 "$RELOADS"); do
      echo "// bench reload $i $(date +%s%N)" >> "$WORK/rules/scoring.drl"
      ms+=("$(curl -s --max-time 30 -u "$BENCH_USER:$BENCH_KEY" -X POST "$base/api/v1/rulesets/reload" \
              | grep -o '"buildMillis":[0-9]*' | cut -d: -f2)")
    done
    echo "service-reload build_ms=${ms[*]}" | tee -a "$WORK/results.txt"
  fi
fi
for target in "${!PIDS[@]}"; do stop_target "$target"; done

echo "== results"
cat "$WORK/results.txt"
# Each round's ratio, then their median: the figure the README's target is about.
for client in driver wrk; do
  ratios=$(awk -v c="$client" '$1 == "service-throughput-" c || $1 == "baseline-throughput-" c {
                for (i=1;i<=NF;i++) if ($i ~ /^throughput=/) {v=$i; gsub(/throughput=|\/s/,"",v); if ($1 ~ /^service/) s[++n]=v; else b[++m]=v}}
              END {if (n && n==m) for (i=1;i<=n;i++) printf "%.0f\n", 100*s[i]/b[i]}' "$WORK/results.txt")
  [ -n "$ratios" ] || continue
  echo "service/baseline throughput ($client), round by round: $(echo $ratios | sed 's/ /%, /g')%;" \
       "median $(echo "$ratios" | sort -n | awk '{r[NR]=$1} END {print (NR%2 ? r[(NR+1)/2] : (r[NR/2]+r[NR/2+1])/2)}')%"
done
