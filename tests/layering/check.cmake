# tst_layering (ADR 0010): ui/ and app/ reach the store only through the services.
#  1. No source of ui/ or app/ names a storage header, or climbs out of its folder to reach one.
#  2. A probe built with ui/'s include folders fails to find a storage header.
# Run as: cmake -DSOURCE_DIR=... -DBINARY_DIR=... -P check.cmake
file(GLOB_RECURSE sources ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(bad "")
foreach(source IN LISTS sources)
  file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<](storage/|core/|\\.\\./)")
  foreach(line IN LISTS lines)
    list(APPEND bad "${source}: ${line}")
  endforeach()
endforeach()
if(bad)
  list(JOIN bad "\n" bad)
  message(FATAL_ERROR "ui/ and app/ include the store directly:\n${bad}")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target layering_probe
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "a storage header compiled with ui/'s include folders")
endif()
if(NOT out MATCHES "storage/profile.h: No such file")
  message(FATAL_ERROR "the layering probe failed for another reason:\n${out}")
endif()
message(STATUS "layering holds: no storage include in ui/ or app/, and none would compile")
