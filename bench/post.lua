-- wrk script for bench/load.sh: POST the JSON file named by $BODY to the URL given to wrk.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
-- HTTP Basic for the load's caller: AUTH is base64 of user:key.
if os.getenv("AUTH") then wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH") end

local non2xx = 0
response = function(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
