# The shipped rule sets are part of the product: every one must check clean
# (no errors, no warnings) and pass its own *.test.yaml with every rule it
# defines fired by some case.
if(TARGET apdr)
  file(GLOB_RECURSE shipped_rule_sets CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/rules/*.yaml)
  list(FILTER shipped_rule_sets EXCLUDE REGEX "\\.test\\.yaml$")
  foreach(rule_set ${shipped_rule_sets})
    # Included files are fragments, checked through the file that includes them.
    file(STRINGS ${rule_set} id_line REGEX "^id:")
    if(NOT id_line)
      continue()
    endif()
    file(RELATIVE_PATH name ${PROJECT_SOURCE_DIR} ${rule_set})
    add_test(NAME "rules: check ${name}"
             COMMAND bash -c "out=$($<TARGET_FILE:apdr> check \"$1\" 2>&1) ; status=$? ; echo \"$out\" ; [ $status -eq 0 ] && ! echo \"$out\" | grep -q warning" _ ${name}
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  endforeach()
  add_test(NAME "rules: apdr test --coverage --root . rules"
           COMMAND bash -c "out=$($<TARGET_FILE:apdr> test --coverage --root . rules 2>&1) ; status=$? ; echo \"$out\" ; [ $status -eq 0 ] && ! echo \"$out\" | grep -q 'never fired\\|not fired\\|unfired'"
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()

# Citations of the legislation name their section, regulation or rule
# (issue 12), so every result can link to the place cited: a bare
# `source: cfa2014` (or sendregs2014, hesc2008) in the national set fails.
add_test(NAME "rules: national citations of legislation name a section"
         COMMAND bash -c "bare=$(grep -nE '^[[:space:]]*source:[[:space:]]*\"?(cfa2014|sendregs2014|hesc2008)\"?([[:space:]]+#.*)?$' $(ls rules/national/*.yaml | grep -v -e '\\.test\\.yaml$')) ; if [ -n \"$bare\" ]; then echo \"citations without a section:\"; echo \"$bare\"; exit 1; fi"
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
