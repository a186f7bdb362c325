# Configures and builds a sample with one compiler, warnings as errors, exporting its
# compile_commands.json. Usage: cmake -DSRC=.. -DBUILD=.. -DCXX=.. [-DWERROR=SHOP_WERROR] -P build_sample.cmake
if(NOT WERROR)
  set(WERROR SHOP_WERROR)
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${SRC} -B ${BUILD} -DCMAKE_CXX_COMPILER=${CXX} -D${WERROR}=ON
          -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
  RESULT_VARIABLE Rc)
if(NOT Rc EQUAL 0)
  message(FATAL_ERROR "configuring ${SRC} with ${CXX} failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD} -j 2 RESULT_VARIABLE Rc)
if(NOT Rc EQUAL 0)
  message(FATAL_ERROR "building ${SRC} with ${CXX} failed (warnings are errors)")
endif()
