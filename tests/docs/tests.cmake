# Included by tests/CMakeLists.txt. Every example in the rule author's guide
# and in each page of docs/errors/ is run against the apdr binary, one test
# per document (format: tests/docs/README.md), so the docs cannot drift from
# the engine. APDR_UPDATE_DOCS=1 rewrites the expected output in the docs.
if(TARGET apdr)
  file(GLOB run_docs CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/docs/authoring.md
       ${PROJECT_SOURCE_DIR}/docs/rule-tests.md
       ${PROJECT_SOURCE_DIR}/docs/schema.md
       ${PROJECT_SOURCE_DIR}/docs/errors/*.md)
  foreach(doc ${run_docs})
    file(RELATIVE_PATH name ${PROJECT_SOURCE_DIR}/docs ${doc})
    add_test(NAME "docs: ${name}"
             COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/run_doc.sh ${doc} $<TARGET_FILE:apdr>)
  endforeach()
endif()

add_test(NAME "docs: every diagnostic code has its page"
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/every_code_has_a_page.sh ${PROJECT_SOURCE_DIR})
