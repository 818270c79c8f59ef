-- GET /api/articles?tag=<tag>&limit=20 — tags drawn from the 10 most used (popular-tag pages)
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local C = require("common")
local reqs
C.on_init = function()
  local paths = {}
  for i = 1, math.min(10, #D.tags) do paths[i] = "/articles?tag=" .. D.tags[i] .. "&limit=20" end
  reqs = C.gets(paths)
end
request = function() return C.pick(reqs) end
