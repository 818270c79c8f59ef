-- Mixed workload: 70 % reads / 30 % writes, by request count.
--   reads : 25 GET article, 15 GET list, 10 GET list?tag, 10 GET profile, 5 GET feed, 5 GET tags
--   writes: 10 POST article, 10 POST comment, 5 POST favorite, 5 DELETE favorite
-- Writes are made by the bench users; `bench/seed --reset-writes` undoes them.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local C = require("common")
local P
local plan = {}
local function add(n, fn) for _ = 1, n do plan[#plan + 1] = fn end end

C.on_init = function()
  P = D.prefix
  add(25, function() return wrk.format("GET", P .. "/articles/" .. C.pick(D.slugs)) end)
  add(15, function() return wrk.format("GET", P .. "/articles?limit=20") end)
  add(10, function() return wrk.format("GET", P .. "/articles?tag=" .. D.tags[math.random(math.min(10, #D.tags))] .. "&limit=20") end)
  add(10, function() return wrk.format("GET", P .. "/profiles/" .. C.pick(D.usernames)) end)
  add(5, function() return wrk.format("GET", P .. "/articles/feed?limit=20", C.auth(C.pick(D.tokens))) end)
  add(5, function() return wrk.format("GET", P .. "/tags") end)
  add(10, function() return wrk.format("POST", P .. "/articles", C.auth_json(C.pick(D.tokens)), C.new_article_body()) end)
  add(10, function() return wrk.format("POST", P .. "/articles/" .. C.pick(D.slugs) .. "/comments", C.auth_json(C.pick(D.tokens)), C.new_comment_body()) end)
  add(5, function() return wrk.format("POST", P .. "/articles/" .. C.pick(D.slugs) .. "/favorite", C.auth(C.pick(D.tokens))) end)
  add(5, function() return wrk.format("DELETE", P .. "/articles/" .. C.pick(D.slugs) .. "/favorite", C.auth(C.pick(D.tokens))) end)
  assert(#plan == 100)
end
request = function() return plan[math.random(100)]() end
