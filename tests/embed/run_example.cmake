# The ctest `embed.example`: installs the build into a folder under the
# build tree, builds examples/embed against that install only (nothing
# from the source tree is on its include path), runs it and checks what it
# prints. Run with -DBUILD=… -DSOURCE=… -DWORK=… -DCOMPILER=….
foreach(var BUILD SOURCE WORK COMPILER)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_example.cmake needs -D${var}=")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK})
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${what} failed (${code}):\n${out}\n${err}")
  endif()
  set(output "${out}" PARENT_SCOPE)
endfunction()
run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD} --prefix ${WORK}/prefix)
run("configuring examples/embed" ${CMAKE_COMMAND} -S ${SOURCE}/examples/embed -B ${WORK}/build
    -DCMAKE_PREFIX_PATH=${WORK}/prefix -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=${COMPILER})
run("building examples/embed" ${CMAKE_COMMAND} --build ${WORK}/build)
run("running embed_example" ${WORK}/build/embed_example)
foreach(expected
    "built: embed-example"
    "quiet-space is provision to have in place"
    "question pupil.year_group: Year 4"
    "question needs.communication_interaction: no"
    "interview profile evaluates")
  string(FIND "${output}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "embed_example did not print `${expected}`:\n${output}")
  endif()
endforeach()
message(STATUS "embed_example:\n${output}")
