-- GET /api/tags
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local C = require("common")
local req
C.on_init = function() req = wrk.format("GET", D.prefix .. "/tags") end
request = function() return req end
