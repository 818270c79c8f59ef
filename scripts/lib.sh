# scripts/lib.sh — shared by scripts/run and scripts/test: build and a private PostgreSQL cluster.
# Sourced, not executed. Expects ROOT (repo root) to be set.

die() { echo "conduit: $*" >&2; exit 1; }
say() { echo "conduit: $*" >&2; }

# ---- build ----
# conduit_build DIR [cmake args...]: configure once, then build incrementally.
conduit_build() {
    local dir=$1; shift
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S "$ROOT" -B "$dir" "$@" >/dev/null || die "cmake configure failed ($dir)"
    else
        cmake -S "$ROOT" -B "$dir" "$@" >/dev/null || die "cmake configure failed ($dir)"
    fi
    cmake --build "$dir" -j "$(nproc)" -- --no-print-directory >"$dir/build.log" 2>&1 || {
        cat "$dir/build.log" >&2; die "build failed ($dir)"; }
    # Surface warnings and the generator's notes (e.g. operations without a handler).
    grep -E 'warning:|missing handler|not implemented' "$dir/build.log" >&2 || true
}

# ---- private PostgreSQL ----
# The cluster lives under .data/ (git-ignored). PostgreSQL refuses to run as root, so as root the
# server runs as Debian's `postgres` user, which must be able to reach the data folder; when the
# checkout is somewhere it cannot (e.g. under /root), the data goes to /var/tmp/conduit-<hash>
# and .data links there. Clients connect over TCP on 127.0.0.1 with a generated password that is
# stored only in the data folder.

pg_bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] && [ -x "$d/pg_ctl" ] || die "PostgreSQL server binaries not found (run scripts/deps)"
    echo "$d"
}

# Run a command as the PostgreSQL OS user (root → postgres; anyone else → themselves).
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

pg_data_root() {
    local want="$ROOT/.data"
    if [ -L "$want" ] || [ -d "$want" ]; then
        readlink -f "$want"; return
    fi
    mkdir -p "$want"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$want"
        if ! runuser -u postgres -- test -w "$want"; then
            rmdir "$want"
            local alt="/var/tmp/conduit-$(printf %s "$ROOT" | md5sum | cut -c1-12)"
            mkdir -p "$alt" && chown postgres: "$alt" && chmod 700 "$alt"
            ln -s "$alt" "$want"
        fi
    fi
    readlink -f "$want"
}

# pg_up NAME PORT [fast]: create (first time) and start cluster NAME on 127.0.0.1:PORT; prints
# the application's DATABASE_URL. "fast" trades durability for speed (tests only).
pg_up() {
    local name=$1 port=$2 mode=${3:-}
    local bin root dir
    bin=$(pg_bindir)
    root=$(pg_data_root)
    dir="$root/$name"
    if [ ! -f "$dir/PG_VERSION" ]; then
        say "creating PostgreSQL cluster in $dir"
        mkdir -p "$dir"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
        chmod 700 "$dir"
        local superpw apppw
        superpw=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
        apppw=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
        local pwfile="$dir.pw.tmp"
        printf '%s\n' "$superpw" >"$pwfile"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$pwfile"
        as_pg "$bin/initdb" -D "$dir" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
            --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 ||
            { rm -f "$pwfile"; cat "$dir.initdb.log" >&2; die "initdb failed"; }
        rm -f "$pwfile"
        printf '%s' "$superpw" >"$dir/.superpw"
        printf '%s' "$apppw" >"$dir/.apppw"
        chmod 600 "$dir/.superpw" "$dir/.apppw"
        cat >>"$dir/postgresql.conf" <<CONF
# conduit: private cluster, TCP on loopback only, no unix socket (paths may be too long)
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
shared_buffers = 128MB
CONF
        if [ "$mode" = fast ]; then
            printf '%s\n' "fsync = off" "synchronous_commit = off" "full_page_writes = off" \
                >>"$dir/postgresql.conf"
        elif [ "$mode" = bench ]; then
            # the legacy service's benchmark cluster settings, so both databases get the same
            printf '%s\n' "shared_buffers = 256MB" >>"$dir/postgresql.conf"
        fi
        touch "$dir/.conduit-new"
    fi
    if ! as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            die "port $port is in use by another program; set CONDUIT_PG_PORT"
        fi
        as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
            -o "-p $port" start >/dev/null || { tail -n 20 "$dir/server.log" >&2; die "PostgreSQL did not start"; }
    fi
    local superpw apppw
    superpw=$(cat "$dir/.superpw")
    apppw=$(cat "$dir/.apppw")
    if [ -f "$dir/.conduit-new" ]; then
        PGPASSWORD=$superpw "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
            -v ON_ERROR_STOP=1 -v pw="$apppw" >/dev/null <<'SQL' || die "creating the conduit role failed"
CREATE ROLE conduit LOGIN PASSWORD :'pw';
CREATE DATABASE conduit OWNER conduit;
SQL
        rm -f "$dir/.conduit-new"
    fi
    echo "postgresql://conduit:$apppw@127.0.0.1:$port/conduit"
}

# pg_psql_admin NAME PORT SQL...: run SQL as the cluster's superuser.
pg_psql_admin() {
    local name=$1 port=$2; shift 2
    local dir
    dir="$(pg_data_root)/$name"
    PGPASSWORD=$(cat "$dir/.superpw") "$(pg_bindir)/psql" -q -h 127.0.0.1 -p "$port" -U postgres \
        -d postgres -v ON_ERROR_STOP=1 "$@"
}

# pg_running NAME: true when cluster NAME exists and its postmaster is running (whoever started it).
pg_running() {
    local dir
    dir="$(pg_data_root)/$1"
    [ -f "$dir/PG_VERSION" ] && as_pg "$(pg_bindir)/pg_ctl" -D "$dir" status >/dev/null 2>&1
}

# pg_down NAME: stop cluster NAME. Callers stop only a cluster they started themselves (see
# scripts/run): another program may be using one that was already running.
pg_down() {
    local name=$1 dir
    dir="$(pg_data_root)/$name"
    [ -f "$dir/PG_VERSION" ] || return 0
    as_pg "$(pg_bindir)/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}
