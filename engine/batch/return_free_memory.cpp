#include "batch/return_free_memory.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace apdr::batch {

void return_free_memory() {
#if defined(__GLIBC__)
  // Trims the top of every arena and releases the free pages inside them.
  malloc_trim(0);
#endif
}

}  // namespace apdr::batch
