# Script test (cmake -P): the analyzer's build identity (cmake/AnalyzerIdentity.cmake) changes when
# a listed source changes, and comes back when the source does, so the extraction cache never
# serves facts made by another analyzer and survives a rebuild of the same sources.
# Usage: cmake -DSCRIPT=<cmake/AnalyzerIdentity.cmake> -DWORK=<scratch dir> -P this file
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/src)
file(WRITE ${WORK}/src/visitor.cpp "int visit() { return 1; }\n")
file(WRITE ${WORK}/src/facts.h "struct Facts {};\n")
file(WRITE ${WORK}/list.txt "src/visitor.cpp\nsrc/facts.h\n")

function(identity out)
  execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK} -DLIST=${WORK}/list.txt
                          "-DEXTRA=clang 16.0.6" -DOUT=${WORK}/identity.h -P ${SCRIPT}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "AnalyzerIdentity.cmake failed: ${rc}")
  endif()
  file(READ ${WORK}/identity.h text)
  string(REGEX MATCH "SEAMS_ANALYZER_IDENTITY \"([0-9a-f]+)\"" found "${text}")
  if(NOT found)
    message(FATAL_ERROR "no identity in: ${text}")
  endif()
  set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
endfunction()

identity(first)
identity(again)
if(NOT first STREQUAL again)
  message(FATAL_ERROR "same sources, different identities: ${first} ${again}")
endif()
file(WRITE ${WORK}/src/visitor.cpp "int visit() { return 2; }\n")
identity(changed)
if(first STREQUAL changed)
  message(FATAL_ERROR "a changed analyzer source kept the identity ${first}")
endif()
file(WRITE ${WORK}/src/visitor.cpp "int visit() { return 1; }\n")
identity(back)
if(NOT first STREQUAL back)
  message(FATAL_ERROR "the same sources again gave ${back}, not ${first}")
endif()
message(STATUS "identity ${first}, changed ${changed}")
