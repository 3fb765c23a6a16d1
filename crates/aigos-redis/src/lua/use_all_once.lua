-- Marks every key used, all or none. KEYS the single-use keys; ARGV their
-- time to live in ms, in the same order. Returns the 0-based indices of the
-- keys already used (and marks none), or an empty list (all marked).
local used = {}
for i, k in ipairs(KEYS) do
  if redis.call('EXISTS', k) == 1 then
    used[#used + 1] = i - 1
  end
end
if #used > 0 then
  return used
end
for i, k in ipairs(KEYS) do
  redis.call('SET', k, '1', 'PX', math.max(1, tonumber(ARGV[i])))
end
return used
