#!/usr/bin/env bash
# The resident-host benchmark: per-command wall time of aws, awscg cold (resident off, NativeAOT) and awscg through
# its resident daemon, for sqs send-message, dynamodb put-item and s3api put-object, against one local moto_server
# over HTTP and over HTTPS through a keep-alive TLS front (nginx, self-signed, verification off on both CLIs: moto
# answers every request with Connection: close, so connection reuse only shows behind the front). Then a 200-command
# script each way and through awscg batch --parallel 8, with the TLS handshakes of each way counted at the front
# (distinct connections in nginx's access log, and how many of them resumed a session). Also: the warm in-process
# time of each request (awscg batch of 200, per command), the thin client's own start against an empty NativeAOT
# program and /bin/true. Results: tools/AwsCodegen.Benchmarks/results/resident/ (hyperfine JSON, counts,
# summary.md, resident.png); with --docs, the summary replaces the resident section of docs/benchmarks.md.
# usage: tools/AwsCodegen.Benchmarks/resident-bench.sh [--quick] [--docs] [--awscg PATH]
#   --awscg PATH   time this published awscg (say artifacts/awscg/awscg from the main job) instead of publishing one
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$here/results/resident"
runs=10; warmup=2; docs=0; given=""; aws_script_runs=1; script_runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) runs=3; warmup=1; script_runs=1 ;;
    --docs) docs=1 ;;
    --awscg) given="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift ;;
    *) echo "usage: $0 [--quick] [--docs] [--awscg PATH]" >&2; exit 2 ;;
  esac
  shift
done
for tool in hyperfine nginx openssl moto_server aws; do
  command -v "$tool" >/dev/null && continue
  if [ "$tool" = hyperfine ] || [ "$tool" = nginx ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get install -y -q "$tool" || (apt-get update -q && apt-get install -y -q "$tool")) >/tmp/awscg-apt.log 2>&1 \
      || { echo "error: apt-get install $tool failed (log: /tmp/awscg-apt.log)" >&2; exit 2; }
  else
    echo "error: $tool is missing (apt-get install hyperfine nginx openssl; pip install \"moto[server]\" awscli==1.45.11)" >&2; exit 2
  fi
done
PATH="$PATH:/usr/sbin"

rm -rf "$out"; mkdir -p "$out"
if [ -n "$given" ]; then
  awscg="$given"
else
  echo "== publishing awscg (NativeAOT)"
  dotnet publish "$repo/tools/AwsCodegen.Cli" -c Release -o "$out/awscg" -v quiet -nologo >"$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
  awscg="$out/awscg/awscg"
fi
[ -x "$awscg" ] || { echo "error: no $awscg" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 100); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $1), 0.2)" 2>/dev/null && return; sleep 0.1; done; echo "error: nothing listens on $1" >&2; exit 1; }
port=$(free_port); tls=$(free_port)
scratch=$(mktemp -d)
env -i PATH="$PATH" HOME="$scratch" AWS_EC2_METADATA_DISABLED=true AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing \
  AWS_DEFAULT_REGION=us-east-1 moto_server -H 127.0.0.1 -p "$port" >"$scratch/moto.log" 2>&1 &
moto=$!

# The TLS front: one nginx worker, keep-alive for as long as a run lasts, a session cache, and an access log that
# names each request's connection and whether that connection resumed a TLS session ("r") or made a full one (".").
mkdir -p "$scratch/nginx/logs" "$scratch/nginx/tmp"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -keyout "$scratch/nginx/key.pem" -out "$scratch/nginx/cert.pem" 2>/dev/null
cat > "$scratch/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1;
daemon off;
pid $scratch/nginx/nginx.pid;
error_log $scratch/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $scratch/nginx/tmp/body; proxy_temp_path $scratch/nginx/tmp/proxy;
  fastcgi_temp_path $scratch/nginx/tmp/fastcgi; uwsgi_temp_path $scratch/nginx/tmp/uwsgi; scgi_temp_path $scratch/nginx/tmp/scgi;
  log_format tls '\$connection \$connection_requests \$ssl_session_reused \$request_method \$status';
  server {
    listen 127.0.0.1:$tls ssl;
    ssl_certificate $scratch/nginx/cert.pem;
    ssl_certificate_key $scratch/nginx/key.pem;
    ssl_session_cache shared:tls:1m;
    keepalive_timeout 600s;
    keepalive_requests 1000000;
    client_max_body_size 0;
    access_log $scratch/nginx/logs/access.log tls;
    location / {
      proxy_pass http://127.0.0.1:$port;
      proxy_set_header Host \$http_host;
      proxy_http_version 1.1;
      proxy_request_buffering off;
    }
  }
}
CONF
nginx -p "$scratch/nginx" -c "$scratch/nginx/nginx.conf" >"$scratch/nginx/logs/stdout.log" 2>&1 &
front=$!
trap '"$awscg" daemon stop >/dev/null 2>&1; kill $moto $front 2>/dev/null; rm -rf "$scratch"' EXIT
wait_port "$port"; wait_port "$tls"

export HOME="$scratch" AWS_EC2_METADATA_DISABLED=true AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing \
  AWS_DEFAULT_REGION=us-east-1 AWS_PAGER="" AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent \
  AWSCG_RESIDENT_DIR="$scratch/resident" PYTHONWARNINGS=ignore
http="--endpoint-url http://127.0.0.1:$port"
https="--endpoint-url https://127.0.0.1:$tls --no-verify-ssl"
"$awscg" dynamodb create-table --table-name bench --attribute-definitions AttributeName=pk,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH --billing-mode PAY_PER_REQUEST $http >/dev/null
"$awscg" s3api create-bucket --bucket bench $http >/dev/null
queue=$("$awscg" sqs create-queue --queue-name bench --query QueueUrl --output text $http)
echo "a small object" > "$scratch/small.txt"

declare -A commands=(
  [sqs-send-message]="sqs send-message --queue-url $queue --message-body hello"
  [dynamodb-put-item]="dynamodb put-item --table-name bench --item '{\"pk\":{\"S\":\"k\"}}'"
  [s3api-put-object]="s3api put-object --bucket bench --key small --body $scratch/small.txt"
)

echo "== the thin client's own start"
hyperfine -N -i --runs 100 --warmup 10 --export-json "$out/start.json" \
  -n true /bin/true -n thin-client "$awscg daemon x" | sed -n '/Summary/,$p'

for name in sqs-send-message dynamodb-put-item s3api-put-object; do
  for transport in http https; do
    endpoint=${!transport}
    echo "== $name over $transport"
    hyperfine -N --runs "$runs" --warmup "$warmup" --export-json "$out/$name-$transport.json" \
      -n awscg-cold "env AWSCG_RESIDENT=0 $awscg ${commands[$name]} $endpoint" \
      -n awscg-resident "$awscg ${commands[$name]} $endpoint" \
      -n aws "aws ${commands[$name]} $endpoint" | sed -n '/Summary/,$p'
    # The same request 200 times from one warm in-process engine: what a command costs once everything is warm.
    for i in $(seq 200); do echo "${commands[$name]} $endpoint"; done > "$scratch/warm.txt"
    hyperfine -N --runs 3 --warmup 1 --export-json "$out/$name-$transport-warm.json" -n warm-batch-200 "$awscg batch $scratch/warm.txt" >/dev/null
  done
done

# The 200-command script over HTTPS: the three commands in turn.
for i in $(seq 200); do
  case $((i % 3)) in 0) echo "${commands[sqs-send-message]} $https" ;; 1) echo "${commands[dynamodb-put-item]} $https" ;; 2) echo "${commands[s3api-put-object]} $https" ;; esac
done > "$scratch/script.txt"
printf '%s\n' 'while IFS= read -r line; do eval "$TOOL $line" >/dev/null 2>&1 || exit 1; done < "$1"' > "$scratch/loop.sh"
declare -A ways=(
  [aws-loop]="env TOOL=aws bash $scratch/loop.sh $scratch/script.txt"
  [awscg-cold-loop]="env TOOL='AWSCG_RESIDENT=0 $awscg' bash $scratch/loop.sh $scratch/script.txt"
  [awscg-resident-loop]="env TOOL=$awscg bash $scratch/loop.sh $scratch/script.txt"
  [awscg-batch-p8]="$awscg batch $scratch/script.txt --parallel 8"
)
log="$scratch/nginx/logs/access.log"
: > "$out/handshakes.tsv"
for way in aws-loop awscg-cold-loop awscg-resident-loop awscg-batch-p8; do
  echo "== script of 200 over https: $way"
  n=$script_runs; [ "$way" = aws-loop ] && n=$aws_script_runs
  hyperfine -N --runs "$n" --warmup 0 --export-json "$out/script-200-$way.json" -n "$way" "${ways[$way]}" | sed -n '/Time/p'
  # One more run, counted at the front from a cold start (a fresh daemon for the resident way).
  "$awscg" daemon stop >/dev/null 2>&1 || true
  before=$(wc -l < "$log")
  bash -c "${ways[$way]}" >/dev/null 2>&1
  sleep 0.3
  tail -n +"$((before + 1))" "$log" > "$scratch/window.log"
  requests=$(wc -l < "$scratch/window.log")
  connections=$(awk '{print $1}' "$scratch/window.log" | sort -u | wc -l)
  resumed=$(awk '$3 == "r" {print $1}' "$scratch/window.log" | sort -u | wc -l)
  printf '%s\t%s\t%s\t%s\n' "$way" "$requests" "$connections" "$resumed" >> "$out/handshakes.tsv"
  echo "   $requests requests on $connections TLS connections ($resumed resumed)"
done

py=python3; python3 -c 'import matplotlib' 2>/dev/null || { /usr/bin/python3 -c 'import matplotlib' 2>/dev/null && py=/usr/bin/python3; }
"$py" "$here/resident_report.py" "$out" "$runs" "$script_runs"
if [ "$docs" = 1 ]; then
  "$py" "$here/resident_report.py" --docs "$out" "$repo/docs/benchmarks.md"
  [ -f "$out/resident.png" ] && cp "$out/resident.png" "$repo/docs/resident-benchmarks.png"
fi
echo "== results in $out"
