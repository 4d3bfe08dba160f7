# Included by tests/CMakeLists.txt. The HTML report opened in a real
# headless Chromium: check_report.sh writes a report with `apdr report`,
# takes screenshots (normal and at 200% zoom) and checks the sections in the
# rendered page. `make test` installs Chromium when it is missing; the test
# is skipped (exit 77) only when no Chromium can be found at all.
if(TARGET apdr)
  add_test(NAME "browser: html report renders in chromium"
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check_report.sh $<TARGET_FILE:apdr>
                   ${CMAKE_CURRENT_BINARY_DIR}/browser
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties("browser: html report renders in chromium" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 600 RESOURCE_LOCK chromium)
endif()

# The register summary of `apdr batch --summary FILE.html`: rendered,
# printed to an A4 PDF and checked the same way (check_summary.sh).
if(TARGET apdr)
  add_test(NAME "browser: batch summary renders and prints on A4"
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check_summary.sh $<TARGET_FILE:apdr>
                   ${CMAKE_CURRENT_BINARY_DIR}/browser-summary
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties("browser: batch summary renders and prints on A4" PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 240 RESOURCE_LOCK chromium)
endif()
