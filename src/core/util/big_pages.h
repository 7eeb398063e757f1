#pragma once
// An allocator for large arrays built in one go (the picking BVH): on Linux it asks for
// transparent huge pages, so tens of megabytes fault in as a few 2 MB pages instead of
// thousands of 4 kB ones. Elsewhere, or for small arrays, it is the plain allocator.
#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace myo {

template <class T>
struct BigPageAllocator {
  using value_type = T;
  BigPageAllocator() = default;
  template <class U>
  BigPageAllocator(const BigPageAllocator<U>&) {}

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
#if defined(__linux__)
    constexpr std::size_t kHuge = std::size_t{2} << 20;
    if (bytes >= kHuge) {
      void* p = nullptr;
      if (posix_memalign(&p, kHuge, bytes) != 0) throw std::bad_alloc();
      madvise(p, bytes, MADV_HUGEPAGE); // a hint: without it the pages are simply small
      return static_cast<T*>(p);
    }
#endif
    if (void* p = std::malloc(bytes ? bytes : 1)) return static_cast<T*>(p);
    throw std::bad_alloc();
  }
  void deallocate(T* p, std::size_t) noexcept { std::free(p); }
  template <class U>
  bool operator==(const BigPageAllocator<U>&) const { return true; }
};

template <class T>
using BigVector = std::vector<T, BigPageAllocator<T>>;

} // namespace myo
