# Included by tests/CMakeLists.txt. The JSON Schemas of `apdr schema`, checked
# with a real validator (python3-jsonschema): every shipped rule file and
# example profile is accepted, misspelt keys are refused. Reported as skipped
# (exit 77), never passed, when python3 or its jsonschema/yaml modules are
# missing; `make test` installs them.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(TARGET apdr)
  if(Python3_Interpreter_FOUND)
    add_test(NAME "schema: shipped files validate, misspelt keys do not"
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/validate.py
                     $<TARGET_FILE:apdr> ${PROJECT_SOURCE_DIR})
  else()
    add_test(NAME "schema: shipped files validate, misspelt keys do not"
             COMMAND sh -c "echo 'skipped: python3 is not installed'; exit 77")
  endif()
  set_tests_properties("schema: shipped files validate, misspelt keys do not" PROPERTIES SKIP_RETURN_CODE 77)
endif()
