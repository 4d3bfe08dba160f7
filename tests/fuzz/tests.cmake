# Included by tests/CMakeLists.txt. Fuzz targets for the readers of
# untrusted text: the expression parser, the rule-set loader with the
# checker, the profile loader, the rule-test reader, the column-map
# reader and the JSON Lines fast path (tests/fuzz/README.md).
#
#  - replay_<target> (any compiler): runs the target function over every
#    file in regressions/<target>/ and over the shipped files that seed the
#    corpus, as an ordinary ctest test, so every input that once crashed
#    stays in the suite;
#  - <target> (clang with -DAPDR_FUZZ=ON, as `make fuzz` configures): the
#    libFuzzer binary.
option(APDR_FUZZ "Build the libFuzzer targets (clang only)" OFF)

set(apdr_fuzz_dir ${CMAKE_CURRENT_LIST_DIR})
set(apdr_fuzz_targets fuzz_expression fuzz_rule_set fuzz_profile fuzz_rule_test fuzz_column_map fuzz_json_row)
set(apdr_fuzz_libraries_fuzz_expression apdr_expression)
set(apdr_fuzz_libraries_fuzz_rule_set apdr_engine)
set(apdr_fuzz_libraries_fuzz_profile apdr_engine)
set(apdr_fuzz_libraries_fuzz_rule_test apdr_engine)
set(apdr_fuzz_libraries_fuzz_column_map apdr_engine)
set(apdr_fuzz_libraries_fuzz_json_row apdr_engine)
# What each replay reads besides its regressions: the seeds' sources.
set(apdr_fuzz_inputs_fuzz_expression)
set(apdr_fuzz_inputs_fuzz_rule_set ${PROJECT_SOURCE_DIR}/rules ${PROJECT_SOURCE_DIR}/tests/data/load)
set(apdr_fuzz_inputs_fuzz_profile ${PROJECT_SOURCE_DIR}/examples/profiles ${PROJECT_SOURCE_DIR}/tests/data/profile)
set(apdr_fuzz_inputs_fuzz_rule_test ${PROJECT_SOURCE_DIR}/rules/examples)
set(apdr_fuzz_inputs_fuzz_column_map ${PROJECT_SOURCE_DIR}/examples/columns/map.yaml ${PROJECT_SOURCE_DIR}/tests/data/columns)
set(apdr_fuzz_inputs_fuzz_json_row ${PROJECT_SOURCE_DIR}/examples/cohorts/cohort.jsonl
    ${PROJECT_SOURCE_DIR}/examples/cohorts/cohort-with-errors.jsonl)

foreach(target ${apdr_fuzz_targets})
  add_executable(replay_${target} ${apdr_fuzz_dir}/${target}.cpp ${apdr_fuzz_dir}/replay_main.cpp)
  target_link_libraries(replay_${target} PRIVATE ${apdr_fuzz_libraries_${target}})
  target_compile_definitions(replay_${target} PRIVATE APDR_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME "fuzz: replay ${target}"
           COMMAND replay_${target} ${apdr_fuzz_dir}/regressions/${target} ${apdr_fuzz_inputs_${target}})

  if(APDR_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      message(FATAL_ERROR "APDR_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_executable(${target} ${apdr_fuzz_dir}/${target}.cpp)
    target_link_libraries(${target} PRIVATE ${apdr_fuzz_libraries_${target}})
    target_compile_definitions(${target} PRIVATE APDR_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  endif()
endforeach()
