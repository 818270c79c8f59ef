-- GET /api/profiles/{username} (anonymous) over the sampled usernames
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local C = require("common")
local reqs
C.on_init = function()
  local paths = {}
  for i, u in ipairs(D.usernames) do paths[i] = "/profiles/" .. u end
  reqs = C.gets(paths)
end
request = function() return C.pick(reqs) end
