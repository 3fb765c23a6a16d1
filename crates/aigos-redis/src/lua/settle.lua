-- Commits (ARGV[1] the actual amount) or releases (ARGV[1] '-') a reservation.
-- KEYS[1] the reservation. Returns 1, -1 (unknown) or -2 (actual above it).
local r = redis.call('HMGET', KEYS[1], 'amount', 'accounts')
if not r[1] then
  return -1
end
local amount = tonumber(r[1])
local actual = 0
if ARGV[1] ~= '-' then
  actual = tonumber(ARGV[1])
  if actual > amount then
    return -2
  end
end
for account in string.gmatch(r[2], '[^\n]+') do
  redis.call('HINCRBY', account, 'reserved', -amount)
  if actual > 0 then
    redis.call('HINCRBY', account, 'spent', actual)
  end
end
redis.call('DEL', KEYS[1])
return 1
