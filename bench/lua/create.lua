-- POST /api/articles as a bench user: unique title, ~900-byte body, two existing tags
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local C = require("common")
local path
C.on_init = function() path = D.prefix .. "/articles" end
request = function()
  return wrk.format("POST", path, C.auth_json(C.pick(D.tokens)), C.new_article_body())
end
