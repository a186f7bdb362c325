# One pipeline stage, one library whose include root holds only its own headers, so that a stage
# sees its own headers and those of the stages it links, and a wrong include fails the build.

# seams_stage(TARGET DIR SOURCES...): a static library for the stage in DIR (relative to the
# project root, as "graph/model"). Its public include root is a folder in the build tree with one
# symbolic link, DIR -> the stage's sources, so `#include "graph/model/facts.h"` resolves for the
# stage and for whatever links it, and "graph/hotspots/..." does not resolve below that stage.
function(seams_stage target dir)
  add_library(${target} ${ARGN})
  seams_stage_includes(${target} ${dir})
  target_compile_options(${target} PRIVATE ${SEAMS_WARNINGS})
endfunction()

# seams_stage_includes(TARGET DIR): the include root above, for a target made another way
# (an executable stage such as cli/).
function(seams_stage_includes target dir)
  set(root ${PROJECT_BINARY_DIR}/stage-include/${target})
  get_filename_component(parent ${root}/${dir} DIRECTORY)
  file(MAKE_DIRECTORY ${parent})
  if(NOT EXISTS ${root}/${dir})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${dir} ${root}/${dir} SYMBOLIC)
  endif()
  target_include_directories(${target} PUBLIC ${root})
endfunction()

# seams_stage_tests(TARGET STAGE SOURCES...): the GoogleTest executable of a stage, beside its
# sources; it sees the stage and everything the stage links.
function(seams_stage_tests target stage)
  if(NOT SEAMS_BUILD_TESTS)
    return()
  endif()
  add_executable(${target} ${ARGN})
  target_link_libraries(${target} PRIVATE ${stage} GTest::gtest_main GTest::gmock)
  target_compile_options(${target} PRIVATE ${SEAMS_WARNINGS})
  gtest_discover_tests(${target} DISCOVERY_TIMEOUT 60)
endfunction()
