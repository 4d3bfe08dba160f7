#pragma once
// Gives memory freed by this process back to the system. glibc's malloc
// keeps a separate arena for each thread and keeps what is freed in it, so
// after each worker has parsed one long row, every worker would hold that
// row's peak for the rest of the run: memory would grow with --jobs even
// though only one long row is ever parsed at a time. Called after a long row.
namespace apdr::batch {

void return_free_memory();

}  // namespace apdr::batch
