-- GET /api/articles?limit=20 (anonymous; first page, or offsets 0..80 with BENCH_PAGES=1)
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local C = require("common")
local reqs
C.on_init = function()
  local paths = { "/articles?limit=20" }
  if os.getenv("BENCH_PAGES") == "1" then
    for off = 20, 80, 20 do paths[#paths + 1] = "/articles?limit=20&offset=" .. off end
  end
  reqs = C.gets(paths)
end
request = function() return C.pick(reqs) end
