'use strict';
// bench/lib/openloop.js — open-loop (fixed-rate) HTTP/1.1 load generator, no dependencies.
//
// Request i is *due* at start + i/rate, whether or not earlier requests have been answered.
// A due request goes out on an idle keep-alive connection (up to --connections are opened);
// when none is idle it waits in a queue. Latency is measured from the due time, not from the
// send time, so queueing in the server (or behind a slow connection) shows up in the
// percentiles — wrk's closed loop hides it ("coordinated omission"; wrk2 corrects it the same way).
// Requests still unanswered when the run ends count as unfinished and enter the percentiles with
// their age at that moment (a lower bound).
//
//   node openloop.js --url http://127.0.0.1:3000 --requests reqs.json --rate 500 --duration 10
//                    [--connections 64] [--grace 5]
// reqs.json: {"requests": ["GET /api/tags HTTP/1.1\r\nHost: ...\r\n\r\n", ...]} (raw requests;
// each is picked uniformly with a seeded PRNG). Prints one line: BENCH_JSON {...} (µs).

const net = require('node:net');

function args() {
  const a = { connections: 64, duration: 10, rate: 100, grace: 5 };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i += 2) a[v[i].replace(/^--/, '')] = v[i + 1];
  for (const k of ['connections', 'duration', 'rate', 'grace']) a[k] = Number(a[k]);
  return a;
}

const opt = args();
const reqs = require(require('node:path').resolve(opt.requests)).requests.map((r) => Buffer.from(r));
const url = new URL(opt.url);
const host = url.hostname;
const port = Number(url.port || 80);
const total = Math.max(1, Math.round(opt.rate * opt.duration));
const interval = 1e3 / opt.rate; // ms

let seed = 12345;
function rnd(n) { // xorshift32, deterministic sequence
  seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}

const now = () => performance.now();
const lat = new Float64Array(total);
let nlat = 0;
let scheduled = 0;
let completed = 0;
let non2xx = 0;
let errors = 0;
let connects = 0;
const statuses = {};
const pending = []; // due times (ms) waiting for a connection
let pendHead = 0;
const conns = [];
let start = 0;
let finished = false;

function record(due, status) {
  lat[nlat++] = (now() - due) * 1000;
  completed += 1;
  if (status < 200 || status > 299) {
    non2xx += 1;
    statuses[status] = (statuses[status] || 0) + 1;
  }
}

function newConn() {
  const c = { sock: null, busy: false, due: 0, buf: Buffer.alloc(0), alive: true };
  c.sock = net.connect({ host, port, noDelay: true });
  connects += 1;
  c.sock.on('data', (d) => onData(c, d));
  const dead = () => {
    if (!c.alive) return;
    c.alive = false;
    const i = conns.indexOf(c);
    if (i >= 0) conns.splice(i, 1);
    if (c.busy) {
      c.busy = false;
      errors += 1;
      lat[nlat++] = (now() - c.due) * 1000;
    }
    dispatch();
  };
  c.sock.on('error', dead);
  c.sock.on('close', dead);
  conns.push(c);
  return c;
}

// Minimal HTTP/1.1 response framing: Content-Length, chunked, or no body (204/304).
function onData(c, d) {
  c.buf = c.buf.length ? Buffer.concat([c.buf, d]) : d;
  for (;;) {
    if (!c.busy) { c.buf = Buffer.alloc(0); return; }
    const he = c.buf.indexOf('\r\n\r\n');
    if (he < 0) return;
    const head = c.buf.toString('latin1', 0, he);
    const status = Number(head.slice(9, 12));
    let end;
    const cl = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (cl) {
      end = he + 4 + Number(cl[1]);
      if (c.buf.length < end) return;
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      let p = he + 4;
      for (;;) {
        const le = c.buf.indexOf('\r\n', p);
        if (le < 0) return;
        const size = parseInt(c.buf.toString('latin1', p, le), 16);
        if (size === 0) {
          const te = c.buf.indexOf('\r\n\r\n', le);
          if (te < 0) return;
          end = te + 4;
          break;
        }
        p = le + 2 + size + 2;
        if (c.buf.length < p) return;
      }
    } else {
      end = he + 4; // 204/304 or no body
    }
    c.buf = c.buf.subarray(end);
    c.busy = false;
    record(c.due, status);
    if (/\r\nconnection:\s*close/i.test(head)) { c.sock.destroy(); return; }
    dispatch();
  }
}

function dispatch() {
  while (pendHead < pending.length) {
    let c = conns.find((x) => !x.busy && x.alive);
    if (!c) {
      if (conns.length >= opt.connections) return;
      c = newConn();
    }
    c.busy = true;
    c.due = pending[pendHead++];
    c.sock.write(reqs[rnd(reqs.length)]);
  }
  if (pendHead > 4096 && pendHead * 2 > pending.length) {
    pending.splice(0, pendHead);
    pendHead = 0;
  }
}

function tick() {
  const t = now();
  const due = Math.min(total, Math.floor((t - start) / interval) + 1);
  while (scheduled < due) pending.push(start + interval * scheduled++);
  dispatch();
  if (scheduled < total) {
    setTimeout(tick, Math.max(0, start + interval * scheduled - now() - 0.5));
  } else if (!finished) {
    finished = true;
    const deadline = now() + opt.grace * 1000;
    const wait = () => {
      const inflight = conns.filter((x) => x.busy).length + (pending.length - pendHead);
      if (inflight === 0 || now() > deadline) report(); else setTimeout(wait, 5);
    };
    wait();
  }
}

function pct(sorted, q) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))];
}

function report() {
  const endT = now();
  let unfinished = 0;
  for (const c of conns) if (c.busy) { lat[nlat++] = (endT - c.due) * 1000; unfinished += 1; }
  for (let i = pendHead; i < pending.length; i += 1) { lat[nlat++] = (endT - pending[i]) * 1000; unfinished += 1; }
  const s = Float64Array.from(lat.subarray(0, nlat)).sort();
  let sum = 0;
  for (const x of s) sum += x;
  const out = {
    target_rate: opt.rate, duration_s: opt.duration, scheduled, completed, unfinished,
    achieved_rps: Math.round((completed / opt.duration) * 10) / 10,
    non2xx, statuses, errors: { socket: errors }, connections_opened: connects,
    lat_us: {
      mean: Math.round(nlat ? sum / nlat : 0), max: Math.round(s.length ? s[s.length - 1] : 0),
      p50: Math.round(pct(s, 50)), p90: Math.round(pct(s, 90)),
      p99: Math.round(pct(s, 99)), p999: Math.round(pct(s, 99.9)),
    },
  };
  process.stdout.write(`BENCH_JSON ${JSON.stringify(out)}\n`);
  for (const c of conns) c.sock.destroy();
  process.exit(0);
}

// warm the connection pool lightly (one connection), then start the clock
const first = newConn();
first.sock.once('connect', () => { start = now(); tick(); });
first.sock.once('error', (e) => { console.error(`openloop: ${e.message}`); process.exit(2); });
