# awscg-fcli.bash: drive awscg FCLI coprocesses from bash. Source it, then:
#   fcli_start ID [AWSCG]        start a coprocess named ID (AWSCG: the awscg to run, default awscg on PATH); its
#                                commands write to this shell's stdout and stderr
#   fcli_argv ID ARG...          send a command (the arguments after "awscg"); entries of the array FCLI_ENV
#                                (NAME=VALUE) override the coprocess's environment for this command only
#   fcli_reply ID                wait for the next answer of ID, into REPLY (an exit code for argv and flush)
#   fcli_run ID ARG...           fcli_argv then fcli_reply; returns the command's exit code
#   fcli_echo ID TEXT / fcli_flush ID   the protocol's echo and flush requests (then fcli_reply)
#   fcli_stop ID                 close ID's request FIFO (the coprocess exits 0) and wait for it; returns its status
# Framing (README, "FCLI coprocess"): each request and answer is a netstring, <byte count>:<payload>, and a request's
# payload is NUL-terminated strings: "argv", the argument count, the arguments, then NAME=VALUE entries.

_FCLI_FDS=()

fcli_start() {
  local id=$1 awscg=${2:-awscg} dir pid req resp
  dir=$(mktemp -d "${TMPDIR:-/tmp}/awscg-fcli.XXXXXX") || return 1   # mktemp -d makes it 0700
  mkfifo -m 600 "$dir/request" "$dir/response" || return 1
  # The new coprocess must not inherit the FIFO ends of the others: holding another's request FIFO open for writing
  # would keep that one from ever seeing end of stream at fcli_stop.
  (
    for fd in "${_FCLI_FDS[@]}"; do eval "exec $fd>&-"; done
    FCLI_VERSION=1 FCLI_REQUEST_FIFO="$dir/request" FCLI_RESPONSE_FIFO="$dir/response" exec "$awscg" </dev/null
  ) &
  pid=$!
  # The coprocess opens the response FIFO first without blocking, so this order cannot deadlock.
  exec {req}>"$dir/request" {resp}<"$dir/response"
  _FCLI_FDS+=("$req" "$resp")
  printf -v "FCLI_${id}_REQ" %s "$req"
  printf -v "FCLI_${id}_RESP" %s "$resp"
  printf -v "FCLI_${id}_PID" %s "$pid"
  printf -v "FCLI_${id}_DIR" %s "$dir"
}

# One netstring of NUL-terminated fields. LC_ALL=C makes ${#f} a byte count.
_fcli_frame() {
  local LC_ALL=C n=0 f
  for f in "$@"; do n=$((n + ${#f} + 1)); done
  printf '%d:' "$n"
  printf '%s\0' "$@"
  printf ','
}

_fcli_send() {
  local fd="FCLI_${1}_REQ"
  shift
  [ -n "${!fd}" ] || { echo "fcli: no coprocess named ${fd#FCLI_}" >&2; return 2; }
  _fcli_frame "$@" >&"${!fd}"
}

fcli_argv() {
  local id=$1
  shift
  _fcli_send "$id" argv "$#" "$@" "${FCLI_ENV[@]}"
}

fcli_echo() { _fcli_send "$1" echo "$2"; }
fcli_flush() { _fcli_send "$1" flush; }

fcli_reply() {
  local LC_ALL=C fd="FCLI_${1}_RESP" len
  IFS= read -r -d : -u "${!fd}" len || { echo "fcli: coprocess $1 ended" >&2; return 255; }
  IFS= read -r -N "$((len + 1))" -u "${!fd}" REPLY || { echo "fcli: coprocess $1 ended inside an answer" >&2; return 255; }
  REPLY=${REPLY%,}
}

fcli_run() {
  fcli_argv "$@" || return
  fcli_reply "$1" || return
  return "$REPLY"
}

fcli_stop() {
  local req="FCLI_${1}_REQ" resp="FCLI_${1}_RESP" pid="FCLI_${1}_PID" dir="FCLI_${1}_DIR" status
  eval "exec {$req}>&- {$resp}<&-"
  local open=() fd
  for fd in "${_FCLI_FDS[@]}"; do [ "$fd" = "${!req}" ] || [ "$fd" = "${!resp}" ] || open+=("$fd"); done
  _FCLI_FDS=("${open[@]}")
  wait "${!pid}"
  status=$?
  rm -rf "${!dir}"
  unset "$req" "$resp" "$pid" "$dir"
  return "$status"
}
