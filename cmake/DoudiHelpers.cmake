# Project-wide defaults for every target, applied per target rather than folder-wide.
function(doudi_apply_defaults target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
    QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_UP_TO=0x060400)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(DOUDI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# doudi_add_library(<name> SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# One STATIC library per core/ subfolder; the folder above it is the include root, so
# code writes #include "storage/database.h".
function(doudi_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/.. ${CMAKE_CURRENT_BINARY_DIR}/..)
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  doudi_apply_defaults(${name})
endfunction()

# doudi_add_test(<name> SOURCES ... DEPS ... [LABELS ...] [TIMEOUT s])
function(doudi_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_DEPS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  doudi_apply_defaults(${name})
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DOUDI_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;DOUDI_CLI=$<TARGET_FILE:doudi-cli>;DOUDI_SHARED_DATA=${PROJECT_SOURCE_DIR}/resources/data")
endfunction()
