-- GET /api/articles/feed?limit=20 as one of the bench users (Authorization: Token <jwt>)
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local C = require("common")
local reqs
C.on_init = function()
  reqs = {}
  for i, t in ipairs(D.tokens) do
    reqs[i] = wrk.format("GET", D.prefix .. "/articles/feed?limit=20", C.auth(t))
  end
end
request = function() return C.pick(reqs) end
