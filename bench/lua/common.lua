-- bench/lua/common.lua — shared by every wrk scenario script.
-- Loads the data file that bench/run writes (BENCH_DATA: tokens, slugs, usernames, tags, prefix),
-- counts non-2xx responses per status in every thread, and prints one machine-readable line
--   BENCH_JSON {...}
-- at the end with requests, duration, errors, non-2xx and p50/p90/p99/p99.9 latency (µs).
local M = {}

D = dofile(assert(os.getenv("BENCH_DATA"), "BENCH_DATA is not set"))
M.D = D

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local function seed_rng()
  -- deterministic per thread: same request sequence for every target
  math.randomseed(1000003 * (tonumber(tid) or 1) + 17)
  for _ = 1, 10 do math.random() end
end

function init(args)
  seed_rng()
  if M.on_init then M.on_init(args) end
end

non2xx = 0
statuses = {}
function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    local k = tostring(status)
    statuses[k] = (statuses[k] or 0) + 1
  end
end

function done(summary, latency, requests)
  local n, st = 0, {}
  for _, t in ipairs(threads) do
    n = n + (t:get("non2xx") or 0)
    for k, v in pairs(t:get("statuses") or {}) do st[k] = (st[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(st) do parts[#parts + 1] = string.format('"%s":%d', k, v) end
  local e = summary.errors
  local function p(q)
    if summary.requests == 0 then return 0 end
    return latency:percentile(q)
  end
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"non2xx":%d,"statuses":{%s},' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"lat_us":{"mean":%.1f,"stdev":%.1f,"max":%d,"p50":%d,"p90":%d,"p99":%d,"p999":%d}}\n',
    summary.requests, summary.duration, summary.bytes, n, table.concat(parts, ","),
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency.stdev, latency.max, p(50), p(90), p(99), p(99.9)))
end

function M.pick(t) return t[math.random(#t)] end

function M.auth(token) return { ["Authorization"] = "Token " .. token } end

M.json_headers = { ["Content-Type"] = "application/json" }

function M.auth_json(token)
  return { ["Authorization"] = "Token " .. token, ["Content-Type"] = "application/json" }
end

-- precomputed GET requests over a list of paths (cheap request() for wrk)
function M.gets(paths, headers)
  local out = {}
  for i, p in ipairs(paths) do out[i] = wrk.format("GET", D.prefix .. p, headers) end
  return out
end

local words = { "latency", "memory", "thread", "queue", "cache", "socket", "buffer", "index",
  "query", "server", "dragon", "river", "garden", "signal", "vector", "stream", "parser", "kernel" }
function M.words(n)
  local w = {}
  for i = 1, n do w[i] = words[math.random(#words)] end
  return table.concat(w, " ")
end

local seq = 0
function M.new_article_body()
  seq = seq + 1
  local title = string.format("Bench %d %d %s", tonumber(tid) or 0, seq, M.words(4))
  -- two distinct tags: the spec's uniqueItems rejects a repeated one (the legacy service
  -- silently de-duplicates), and the benchmark must send valid input to both
  local t1, t2 = M.pick(D.tags), M.pick(D.tags)
  while #D.tags > 1 and t2 == t1 do t2 = M.pick(D.tags) end
  local tags = string.format('"%s","%s"', t1, t2)
  local body = M.words(120)
  return string.format(
    '{"article":{"title":"%s","description":"%s","body":"%s","tagList":[%s]}}',
    title, M.words(12), body, tags)
end

function M.new_comment_body()
  return string.format('{"comment":{"body":"%s"}}', M.words(25))
end

return M
