-- POST /api/users/login with the sampled users' emails (all share the dataset password)
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local C = require("common")
local reqs
C.on_init = function()
  reqs = {}
  for i, e in ipairs(D.emails) do
    reqs[i] = wrk.format("POST", D.prefix .. "/users/login", C.json_headers,
      string.format('{"user":{"email":"%s","password":"%s"}}', e, D.password))
  end
end
request = function() return C.pick(reqs) end
