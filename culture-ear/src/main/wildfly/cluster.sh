#!/usr/bin/env bash
# Starts the cluster on this machine; mvn -Pcluster package runs it with the server, the EAR and a
# working directory. CLUSTER_NODES WildFly nodes (default 2) from the same build on one PostgreSQL
# database (DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD), behind haproxy on CLUSTER_PORT (default
# 8080) with sticky sessions and health checks.
#
# Node i runs with the port offset CLUSTER_PORT_OFFSET × i (default 100: HTTP 8180, 8280, …; JGroups
# 7700, 7800, …), is named culture-i, and keeps its data (the transaction log among it) and logs in
# <work>/node-i; node-i/start starts it again with the cluster's settings (node-i/pid: its JVM). Nodes
# start one after the other, each once the one before is ready. Ctrl-C, or the end of this script for
# any reason, stops everything it started.
set -euo pipefail

wildfly_home=$(realpath "$1")
ear=$(realpath "$2")
mkdir -p "$3"
work=$(realpath "$3")
nodes=${CLUSTER_NODES:-2}
port=${CLUSTER_PORT:-8080}
step=${CLUSTER_PORT_OFFSET:-100}

if ! command -v haproxy >/dev/null; then
  echo "Installing haproxy"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi

rm -f "$work"/node-*/pid "$work/haproxy.pid" # of an earlier run: not ours to stop
stop() {
  trap - EXIT INT TERM
  echo "Stopping the cluster"
  local pids alive
  pids=$(cat "$work"/node-*/pid "$work/haproxy.pid" 2>/dev/null || true)
  for pid in $pids; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 60); do
    alive=$(for pid in $pids; do kill -0 "$pid" 2>/dev/null && echo "$pid"; done)
    [[ -z $alive ]] && break
    sleep 1
  done
  for pid in $alive; do kill -9 "$pid" 2>/dev/null || true; done
}
trap stop EXIT INT TERM

# one key seals the decision log on every node (a node's own generated key would not verify the others')
if [[ -z ${DECISION_LOG_KEY:-} ]]; then
  [[ -f $work/decision-log.key ]] || (umask 077 && head -c 32 /dev/urandom | base64 > "$work/decision-log.key")
  DECISION_LOG_KEY=$(cat "$work/decision-log.key")
  export DECISION_LOG_KEY
fi

# the settings every node reads (README, "Settings"), kept for node-i/start: a restarted node runs as its peers
(umask 077 && export -p | grep -E '^declare -x (DB_|SMTP_|MAIL_|PUBLIC_URL|DEMO_DATA|FIRST_ADMIN_EMAIL|HISTORY_CLEANUP_WINDOW|SESSION_|OIDC_|DECISION_LOG_KEY)' \
  > "$work/settings" || true)
chmod 600 "$work/settings" # umask covers a new file only; one left by an earlier run keeps its mode

members=$(for ((i = 1; i <= nodes; i++)); do printf '127.0.0.1[%d],' $((7600 + step * i)); done)
members=${members%,}
http() { echo $((8080 + step * $1)); }
ready() { curl -fs -o /dev/null "http://127.0.0.1:$(http "$1")/api/health/ready"; }

for ((i = 1; i <= nodes; i++)); do
  base="$work/node-$i"
  # this build's configuration and application; data and logs stay from one start to the next
  rm -rf "$base/configuration" "$base/deployments"
  mkdir -p "$base/deployments"
  cp -r "$wildfly_home/standalone/configuration" "$base/"
  cp "$ear" "$base/deployments/"
  cat > "$base/start" <<EOF
#!/usr/bin/env bash
# Starts node culture-$i in the background (its JVM's pid in $base/pid, its console in $base/console.log).
source "$work/settings"
export LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$base/pid"
"$wildfly_home/bin/standalone.sh" --server-config=standalone-culture-ha.xml \\
  -Djboss.server.base.dir="$base" -Djboss.node.name=culture-$i -Djboss.tx.node.id=culture-$i \\
  -Djboss.socket.binding.port-offset=$((step * i)) -Dculture.cluster.members="$members" \\
  >> "$base/console.log" 2>&1 &
EOF
  chmod +x "$base/start"
  "$base/start"
  echo "Node culture-$i starting on port $(http "$i") (log: $base/console.log)"
  for _ in $(seq 300); do ready "$i" && break; sleep 1; done
  ready "$i" || { echo "Node culture-$i did not become ready; see $base/console.log"; exit 1; }
done

# sticky by a cookie of the proxy's own; a node that fails its health check gets no new requests,
# and a request to a node that is gone goes to another, where the session is replicated
{
  cat <<EOF
global
    log stdout format raw local0 warning
defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    retries 3
    option redispatch
frontend culture
    bind 127.0.0.1:$port
    # the client's address for the nodes, replacing any the client sent itself; the nodes trust the
    # other forwarded headers too, so none of them comes from the client
    http-request set-header X-Forwarded-For %[src]
    http-request set-header X-Forwarded-Proto http
    http-request del-header X-Forwarded-Host
    http-request del-header X-Forwarded-Port
    default_backend nodes
backend nodes
    balance roundrobin
    cookie CULTURE_NODE insert indirect nocache httponly
    option httpchk GET /api/health/ready
    http-check expect status 200
    default-server inter 2s fall 2 rise 2
EOF
  for ((i = 1; i <= nodes; i++)); do
    echo "    server culture-$i 127.0.0.1:$(http "$i") check cookie culture-$i"
  done
} > "$work/haproxy.cfg"
haproxy -db -f "$work/haproxy.cfg" &
echo $! > "$work/haproxy.pid"
echo "Cluster of $nodes nodes at http://localhost:$port (Ctrl-C stops it)"
wait "$(cat "$work/haproxy.pid")"
