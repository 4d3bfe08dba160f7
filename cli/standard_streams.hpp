#pragma once
// The three standard streams, made safe before anything else runs.
namespace apdr::cli {

// Opens each of file descriptors 0, 1 and 2 that is closed onto /dev/null,
// so that no file apdr opens (a temporary output) can become standard
// output or error and receive diagnostics. The stand-ins fail as the closed
// streams would: standard input is opened for writing only, so reading it
// fails ("cannot read standard input"); standard output and error for
// reading only, so writing them fails (exit 3 for standard output).
// Also ignores SIGXFSZ, so a write past the file size limit fails with
// EFBIG and is reported like a full disk instead of killing the process.
void prepare_standard_streams();

// False when standard input cannot be read: it was closed when apdr
// started, or is open for writing only.
bool standard_input_readable();

// Whether the arguments name standard input: a `-` that is not the value
// of an output option (-o, --output, --summary, --save), or the verb `ask`
// without --answers FILE (it reads the answers from there).
bool arguments_read_standard_input(int argc, char** argv);

// Flushes standard output; false after saying so on stderr when anything
// written to it was lost (closed, /dev/full, a broken pipe).
bool standard_output_written();

}  // namespace apdr::cli
