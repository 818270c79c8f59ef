-- GET /api/articles/{slug} (anonymous) over the popularity-weighted slug sample
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local C = require("common")
local reqs
C.on_init = function()
  local paths = {}
  for i, s in ipairs(D.slugs) do paths[i] = "/articles/" .. s end
  reqs = C.gets(paths)
end
request = function() return C.pick(reqs) end
