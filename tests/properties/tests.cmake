# Included by tests/CMakeLists.txt. Two test binaries of the hardening work
# that cut across every stage, so they link the whole engine:
#
#  - test_properties (tests/unit/properties): properties of evaluation over
#    seeded random profiles and conditions (determinism, overlays, levels,
#    JSON, unknown facts);
#  - test_security (tests/unit/security): every limit in
#    engine/core/limits.hpp just under and just over, files outside the
#    allowed roots, and what error messages may quote.
foreach(suite properties security)
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/unit/${suite}/*.cpp)
  if(sources)
    add_executable(test_${suite} ${sources} $<TARGET_OBJECTS:apdr_catch_main>)
    target_link_libraries(test_${suite} PRIVATE apdr_engine Catch2::Catch2)
    target_include_directories(test_${suite} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(test_${suite} PRIVATE
      APDR_SOURCE_DIR="${PROJECT_SOURCE_DIR}" APDR_BINARY_DIR="${PROJECT_BINARY_DIR}")
    catch_discover_tests(test_${suite} TEST_PREFIX "${suite}." EXTRA_ARGS --warn NoTests)
  endif()
endforeach()

# Output files are never half-written: kill -9 a batch mid-run (skipped,
# exit 77, while this apdr has no `batch` verb).
if(TARGET apdr)
  add_test(NAME "security: batch killed mid-run"
           COMMAND bash ${PROJECT_SOURCE_DIR}/tests/unit/security/batch_kill.sh $<TARGET_FILE:apdr> ${PROJECT_SOURCE_DIR})
  set_tests_properties("security: batch killed mid-run" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()
