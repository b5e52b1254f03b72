#!/usr/bin/env bash
# Load test of the packaged service against its hand-coded baseline, on loopback only.
# Builds the jar, starts it on an H2 file database in a temporary folder, warms it up, then measures
#   - start to first answer (ms from launching java to the first 201), of the fat jar and (service only, on a
#     fresh database) of the same jar extracted as Spring Boot recommends for production (jarmode tools extract),
#   - single-evaluation throughput (closed loop: wrk if installed, else bench/LoadDriver.java),
#   - p50/p99 latency at a constant rate (bench/LoadDriver.java, wrk2-style: latency from the scheduled send),
#   - heap used under load (jstat) and live heap after a full GC (jcmd),
#   - (service only) batch throughput: whole batches of 10,000 requests, persisted, timed end to end (six: the
#     JIT warms over the first batches, as it would over a quarter end of a hundred such batches),
#   - (service only) warm rules reloads: an edit to a copy of rules/ followed by POST /api/v1/rulesets/reload,
# and then does the same against the baseline (POST /bench/v1/evaluations, the policy hand-coded in Java,
# same validation, mapping and decision-log rows). Persistence is on in both. Every step is bounded in
# time and request count; the servers it started are stopped by their pid when it ends. The warm-up is 60 s
# because the JIT is still compiling before that: a fresh server spent 2.9 ms of CPU per request in its
# first 15 s under load and 0.8 ms after a minute (server CPU time per request at 600/s).
#
# Settings (environment): PORT=18080 REQUEST=saas-all-guardrails CONNECTIONS=8 WARMUP_SECONDS=60
#   SECONDS_PER_RUN=20 RATE=1000 RATE_SECONDS=30 RATE_CONNECTIONS=32 RELOADS=20 BATCHES=6 BATCH_ITEMS=10000
#   SERVER_JAVA_OPTS=-Xmx512m  TARGETS="service baseline"  SKIP_BUILD=1 (reuse target/)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
REQUEST=${REQUEST:-saas-all-guardrails}
CONNECTIONS=${CONNECTIONS:-8}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
RATE=${RATE:-1000}
RATE_SECONDS=${RATE_SECONDS:-30}
RATE_CONNECTIONS=${RATE_CONNECTIONS:-32}
RELOADS=${RELOADS:-20}
BATCHES=${BATCHES:-6}
BATCH_ITEMS=${BATCH_ITEMS:-10000}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xmx512m}
TARGETS=${TARGETS:-service baseline}
BODY="$PWD/bench/requests/$REQUEST.json"
# The load's caller: a throwaway key for loopback runs, and its BCrypt hash (cost 10).
BENCH_USER=bench
BENCH_KEY=bench-load-key
BENCH_HASH='$2a$10$YGaZEEfl/COdOjUK.MhSku/n9c65TjY2b34u3pD5m4LLJY1IB2Fpa'
WORK=$(mktemp -d /tmp/kpi-load.XXXXXX)
SERVER_PID=""
JSTAT_PID=""

cleanup() {
  [ -n "$JSTAT_PID" ] && kill "$JSTAT_PID" 2>/dev/null || true
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
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

run_target() {
  local name=$1 path cmd
  local db="$WORK/$name-db/kpi"
  # One caller for the load, configured rather than created at first start, so its key is known here.
  local common=(--server.port="$PORT" --server.address=127.0.0.1 --spring.datasource.url="jdbc:h2:file:$db"
                --kpi.rules.dir="$WORK/rules" --kpi.rules.watch=false
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
  local url="http://$BENCH_USER:$BENCH_KEY@127.0.0.1:$PORT$path"
  echo "== $name: ${cmd[*]}"
  local t0; t0=$(date +%s%3N)
  "${cmd[@]}" > "$WORK/$name.log" 2>&1 &
  SERVER_PID=$!
  driver --mode first --url "$url" --body "$BODY" --since-millis "$t0" --timeout-seconds 60 --label "$name" \
    | tee -a "$WORK/results.txt"
  grep -o 'Started KpiPolicyApplication in [0-9.]* seconds' "$WORK/$name.log" | sed "s/^/$name /" | tee -a "$WORK/results.txt" || true

  echo "-- warm-up ${WARMUP_SECONDS}s"
  driver --mode closed --url "$url" --body "$BODY" --connections "$CONNECTIONS" --seconds "$WARMUP_SECONDS" --label "$name-warmup" >/dev/null

  jstat -gc "$SERVER_PID" 500 > "$WORK/$name.jstat" &
  JSTAT_PID=$!
  if command -v wrk >/dev/null; then
    echo "-- throughput: wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s"
    BODY="$BODY" AUTH=$(printf '%s' "$BENCH_USER:$BENCH_KEY" | base64) timeout 700 wrk -t2 -c"$CONNECTIONS" \
      -d"${SECONDS_PER_RUN}s" --latency -s bench/post.lua "http://127.0.0.1:$PORT$path" > "$WORK/$name.wrk"
    local rps p50 p99 non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.wrk")
    p50=$(awk '$1=="50%" {print $2}' "$WORK/$name.wrk")
    p99=$(awk '$1=="99%" {print $2}' "$WORK/$name.wrk")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/$name.wrk")
    echo "$name-throughput-wrk throughput=${rps}/s p50=$p50 p99=$p99 non2xx=${non2xx:-0}" | tee -a "$WORK/results.txt"
  fi
  echo "-- throughput: LoadDriver closed loop, $CONNECTIONS connections, ${SECONDS_PER_RUN}s"
  driver --mode closed --url "$url" --body "$BODY" --connections "$CONNECTIONS" --seconds "$SECONDS_PER_RUN" \
    --label "$name-throughput-driver" | tee -a "$WORK/results.txt"
  echo "-- constant rate ${RATE}/s for ${RATE_SECONDS}s"
  driver --mode rate --url "$url" --body "$BODY" --connections "$RATE_CONNECTIONS" --rate "$RATE" \
    --seconds "$RATE_SECONDS" --max-requests $((RATE * RATE_SECONDS + 1)) --label "$name-rate" | tee -a "$WORK/results.txt"
  kill "$JSTAT_PID" 2>/dev/null || true
  wait "$JSTAT_PID" 2>/dev/null || true
  JSTAT_PID=""
  # jstat -gc: S0U S1U EU OU are columns 3 4 6 8 (KB); the most heap in use at any sample under load.
  awk 'NR>1 && $1 ~ /^[0-9.]+$/ {u=($3+$4+$6+$8)/1024; if (u>m) m=u} END {printf "'"$name"'-heap used_under_load_max=%.0fMB\n", m}' \
    "$WORK/$name.jstat" | tee -a "$WORK/results.txt"
  jcmd "$SERVER_PID" GC.run >/dev/null
  jcmd "$SERVER_PID" GC.heap_info > "$WORK/$name.heap"
  awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); printf "'"$name"'-heap live_after_full_gc=%.0fMB\n", v/1024}}' \
    "$WORK/$name.heap" | tee -a "$WORK/results.txt"

  if [ "$name" = service ] && [ "$BATCHES" -gt 0 ]; then
    echo "-- $BATCHES batches of $BATCH_ITEMS requests (POST /api/v1/evaluations/batch)"
    driver --mode batch --url "http://$BENCH_USER:$BENCH_KEY@127.0.0.1:$PORT/api/v1/evaluations/batch" --body "$BODY" \
      --items "$BATCH_ITEMS" --batches "$BATCHES" --label "service-batch" | tee -a "$WORK/results.txt"
  fi

  if [ "$name" = service ] && [ "$RELOADS" -gt 0 ]; then
    echo "-- $RELOADS rules reloads (edit + POST /api/v1/rulesets/reload)"
    local ms=()
    for i in $(seq 1 "$RELOADS"); do
      echo "// bench reload $i $(date +%s%N)" >> "$WORK/rules/scoring.drl"
      ms+=("$(curl -s --max-time 30 -u "$BENCH_USER:$BENCH_KEY" -X POST "http://127.0.0.1:$PORT/api/v1/rulesets/reload" \
              | grep -o '"buildMillis":[0-9]*' | cut -d: -f2)")
    done
    echo "service-reload build_ms=${ms[*]}" | tee -a "$WORK/results.txt"
  fi
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# The extracted layout loads its classes from plain jars instead of jars nested in the fat jar.
start_extracted() {
  java -Djarmode=tools -jar target/kpi-policy.jar extract --destination "$WORK/extracted" >/dev/null
  local url="http://$BENCH_USER:$BENCH_KEY@127.0.0.1:$PORT/api/v1/evaluations"
  echo "== service, extracted: java $SERVER_JAVA_OPTS -jar $WORK/extracted/kpi-policy.jar"
  local t0; t0=$(date +%s%3N)
  java $SERVER_JAVA_OPTS -jar "$WORK/extracted/kpi-policy.jar" --server.port="$PORT" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:h2:file:$WORK/extracted-db/kpi" --kpi.rules.dir="$WORK/rules" --kpi.rules.watch=false \
    "--kpi.security.users[0].name=$BENCH_USER" "--kpi.security.users[0].password-hash=$BENCH_HASH" \
    "--kpi.security.users[0].roles=HR_SYSTEM" > "$WORK/extracted.log" 2>&1 &
  SERVER_PID=$!
  driver --mode first --url "$url" --body "$BODY" --since-millis "$t0" --timeout-seconds 60 --label "service-extracted" \
    | tee -a "$WORK/results.txt"
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

if [[ " $TARGETS " == *" service "* ]]; then
  start_extracted
fi
for target in $TARGETS; do
  run_target "$target"
done

echo "== results"
cat "$WORK/results.txt"
s=$(awk '/^service-throughput-driver/ {sub("throughput=","",$5); sub("/s","",$5); print $5}' "$WORK/results.txt")
b=$(awk '/^baseline-throughput-driver/ {sub("throughput=","",$5); sub("/s","",$5); print $5}' "$WORK/results.txt")
if [ -n "$s" ] && [ -n "$b" ]; then
  awk -v s="$s" -v b="$b" 'BEGIN {printf "service/baseline throughput (driver) = %.0f%%\n", 100*s/b}'
fi
