# DOUDI_SANITIZE (top-level CMakeLists.txt) as compiler and linker flags, worked out once.
# -fno-omit-frame-pointer keeps the sanitizers' stack traces whole; with undefined, the first
# finding stops the program (a test cannot pass over one).
set(DOUDI_SANITIZE_FLAGS "")
if(DOUDI_SANITIZE)
  set(DOUDI_SANITIZE_FLAGS -fsanitize=${DOUDI_SANITIZE} -fno-omit-frame-pointer)
  string(REPLACE "," ";" doudi_sanitizers "${DOUDI_SANITIZE}")
  if("undefined" IN_LIST doudi_sanitizers)
    list(APPEND DOUDI_SANITIZE_FLAGS -fno-sanitize-recover=undefined)
  endif()
  message(STATUS "Doudi: sanitizers ${DOUDI_SANITIZE} on every target (${DOUDI_SANITIZE_FLAGS})")
endif()

# Project-wide defaults for every target, applied per target rather than folder-wide.
# Every library (doudi_add_library), test (doudi_add_test) and executable (app/, bench/, the
# host tools pinyingen and tsconvert) of the project passes through here.
function(doudi_apply_defaults target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
    QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_UP_TO=0x060400)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(DOUDI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # Sanitizers per target too. Not covered: the object libraries Qt makes for resources
  # (qt_add_resources, qt_add_translations), which hold only rcc's data and its registration
  # and may stay uninstrumented next to instrumented code.
  if(DOUDI_SANITIZE_FLAGS)
    target_compile_options(${target} PRIVATE ${DOUDI_SANITIZE_FLAGS})
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "STATIC_LIBRARY")
      # A static library is not linked itself: whatever links it needs the sanitizer
      # runtimes, so the flags go to its users' link lines.
      target_link_options(${target} INTERFACE ${DOUDI_SANITIZE_FLAGS})
    else()
      target_link_options(${target} PRIVATE ${DOUDI_SANITIZE_FLAGS})
    endif()
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
  set(env "QT_QPA_PLATFORM=offscreen" "DOUDI_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data" "DOUDI_CLI=$<TARGET_FILE:doudi-cli>"
    "DOUDI_SHARED_DATA=${PROJECT_SOURCE_DIR}/resources/data")
  if(DOUDI_SANITIZE)
    # Leak detection is off: Qt's global statics (plugins, the translators, the SQL driver
    # registry) are still allocated at exit and would be reported as leaks in every test.
    # A finding aborts the test with a stack trace; doudi-cli, run by tst_cli, inherits this.
    list(APPEND env "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0"
      "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1")
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}" ENVIRONMENT "${env}")
endfunction()
