# Compiles every .proto under DIRS (a ;-list) with protoc: the interface sketches seams writes
# must be valid proto3 (docs/PLAN.md). Fails, never skips, when protoc or a sketch is missing.
find_program(PROTOC protoc)
if(NOT PROTOC)
  message(FATAL_ERROR "protoc not found: install protobuf-compiler (scripts/install-deps.sh)")
endif()
set(count 0)
foreach(dir IN LISTS DIRS)
  file(GLOB_RECURSE protos ${dir}/*.proto)
  if(NOT protos)
    message(FATAL_ERROR "no .proto under ${dir}: seams analyze wrote no interface sketch")
  endif()
  foreach(proto IN LISTS protos)
    get_filename_component(folder ${proto} DIRECTORY)
    execute_process(COMMAND ${PROTOC} --proto_path=${folder} --descriptor_set_out=/dev/null
                            ${proto}
                    RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "protoc rejects ${proto}:\n${err}${out}")
    endif()
    math(EXPR count "${count} + 1")
  endforeach()
endforeach()
message(STATUS "protoc compiled ${count} interface sketches")
