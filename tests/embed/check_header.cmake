# One public header, alone: it names only standard headers (<string>, no
# folder, no extension) and other public ones ("apdr/…"), and compiles by
# itself. Run with -DHEADER=… -DINCLUDE=… (engine/include) -DCOMPILER=….
file(STRINGS ${HEADER} includes REGEX "^[ \t]*#[ \t]*include")
foreach(line ${includes})
  if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*(<[a-z_]+>|\"apdr/[a-z_]+\\.hpp\")")
    message(FATAL_ERROR "${HEADER}: `${line}` is neither a standard header nor a public apdr one")
  endif()
endforeach()
execute_process(COMMAND ${COMPILER} -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror
                        -I${INCLUDE} -include ${HEADER} -x c++ /dev/null
                RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "${HEADER} does not compile alone:\n${err}")
endif()
