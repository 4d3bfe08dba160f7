# Included by tests/CMakeLists.txt. What a family reads, checked across every
# shipped example profile: no ids in the report, the Markdown or the letter
# (check_no_ids.py), and the calendar file parsed back as RFC 5545 and
# matched to `apdr eval` (check_ics.py). python3's standard library only.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(TARGET apdr AND Python3_Interpreter_FOUND)
  add_test(NAME "family: no ids in family-facing text"
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_no_ids.py $<TARGET_FILE:apdr>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  add_test(NAME "family: report --format ics is valid RFC 5545 and matches eval"
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_ics.py $<TARGET_FILE:apdr>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
