-- Lifts a block and its penalties. KEYS[1] the agent's hash. Returns 1 if
-- it was blocked.
if redis.call('HGET', KEYS[1], 'b') == '1' then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
