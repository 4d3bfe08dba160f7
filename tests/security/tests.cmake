# Included by tests/CMakeLists.txt. Scripts that run the apdr binary the way
# a tester did for issue 13 (docs/privacy.md): what it writes, where, with
# which permissions, and what it refuses. Each is one ctest test,
# `security: NAME`, run as `bash SCRIPT APDR SOURCE_DIR`.
if(TARGET apdr)
  file(GLOB security_scripts CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.sh)
  foreach(script ${security_scripts})
    get_filename_component(name ${script} NAME_WE)
    add_test(NAME "security: ${name}"
             COMMAND bash ${script} $<TARGET_FILE:apdr> ${PROJECT_SOURCE_DIR}
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties("security: ${name}" PROPERTIES TIMEOUT 180 SKIP_RETURN_CODE 77)
  endforeach()
endif()
