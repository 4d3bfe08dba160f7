# The library integrators embed (docs/embedding.md).

# Each public header compiles on its own with nothing but the standard
# library and the other public headers (check_header.cmake): integrators
# never need apdr's internal headers, yaml-cpp, fmt or Boost to include it.
file(GLOB public_headers CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/engine/include/apdr/*.hpp)
foreach(header ${public_headers})
  get_filename_component(name ${header} NAME_WE)
  add_test(NAME embed.header_stands_alone.${name}
           COMMAND ${CMAKE_COMMAND} -DHEADER=${header} -DINCLUDE=${PROJECT_SOURCE_DIR}/engine/include
                   -DCOMPILER=${CMAKE_CXX_COMPILER} -P ${CMAKE_CURRENT_SOURCE_DIR}/embed/check_header.cmake)
endforeach()

# The installed package builds and runs examples/embed (about a minute).
add_test(NAME embed.example
         COMMAND ${CMAKE_COMMAND} -DBUILD=${PROJECT_BINARY_DIR} -DSOURCE=${PROJECT_SOURCE_DIR}
                 -DWORK=${CMAKE_CURRENT_BINARY_DIR}/embed-example -DCOMPILER=${CMAKE_CXX_COMPILER}
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/embed/run_example.cmake)
set_tests_properties(embed.example PROPERTIES TIMEOUT 300 RUN_SERIAL TRUE)
