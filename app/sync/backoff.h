#pragma once

#include <chrono>
#include <cstdint>
#include <random>

namespace lintas::sync {

// Reconnect delays with exponential backoff and full jitter (DESIGN.md section 5): the n-th delay after a loss
// is uniform in [0, min(cap, base · 2^n)]. Full jitter spreads the desks of a whole region that lost their
// server at the same moment, so they do not all knock again at the same instant. reset() after a WELCOME.
//
//   Backoff backoff(500ms, 30s);
//   timer.expires_after(backoff.next());   // 0–500 ms, then 0–1 s, 0–2 s, … 0–30 s
//   …WELCOME… backoff.reset();
class Backoff
{
public:
    // seed 0: a random seed; tests pass their own for a repeatable sequence.
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, std::uint64_t seed = 0);

    // The next delay; counts one more attempt.
    std::chrono::milliseconds next();
    // The upper bound of the delay next() will draw.
    std::chrono::milliseconds ceiling() const;
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    int m_attempt = 0;
    std::mt19937_64 m_random;
};

} // namespace lintas::sync
