#include "backoff.h"

#include <algorithm>

namespace lintas::sync {
namespace {

std::uint64_t randomSeed()
{
    std::random_device device;
    return (std::uint64_t(device()) << 32) ^ device();
}

} // namespace

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, std::uint64_t seed)
    : m_base(std::max(base, std::chrono::milliseconds(1))), m_cap(std::max(cap, std::chrono::milliseconds(0))),
      m_random(seed != 0 ? seed : randomSeed())
{
}

std::chrono::milliseconds Backoff::ceiling() const
{
    // Doubling stops at the cap, so the shift never overflows however many attempts failed.
    std::chrono::milliseconds bound = m_base;
    for (int i = 0; i < m_attempt && bound < m_cap; ++i)
        bound *= 2;
    return std::min(bound, m_cap);
}

std::chrono::milliseconds Backoff::next()
{
    const auto bound = ceiling();
    if (bound < m_cap)
        ++m_attempt; // past the cap the count no longer matters, and never overflows
    std::uniform_int_distribution<std::int64_t> pick(0, bound.count());
    return std::chrono::milliseconds(pick(m_random));
}

} // namespace lintas::sync
