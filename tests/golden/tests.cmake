# Included by tests/CMakeLists.txt. Two kinds of test of the command line:
#
#  - test_cli: unit tests of the CLI helpers that do not need the engine
#    (dates from arguments, terminal detection, atomic writes);
#  - golden tests: each folder cases/<name>/ holds `cmd` (the arguments to
#    apdr), and the expected `stdout`, `stderr` and `exit`. run_case.sh runs
#    one; APDR_UPDATE_GOLDEN=1 rewrites the expected files and shows the diff.

file(GLOB cli_unit_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/cli_unit/*.cpp)
if(cli_unit_sources AND TARGET apdr_cli_support)
  add_executable(test_cli ${cli_unit_sources} $<TARGET_OBJECTS:apdr_catch_main>)
  target_link_libraries(test_cli PRIVATE apdr_cli_support Catch2::Catch2)
  catch_discover_tests(test_cli TEST_PREFIX "cli." EXTRA_ARGS --warn NoTests)
endif()

if(TARGET apdr)
  file(GLOB golden_cmds CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/cases/*/cmd)
  foreach(cmd ${golden_cmds})
    get_filename_component(case_dir ${cmd} DIRECTORY)
    get_filename_component(case_name ${case_dir} NAME)
    add_test(NAME "golden: ${case_name}"
             COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/run_case.sh ${case_dir} $<TARGET_FILE:apdr>
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  endforeach()
endif()
