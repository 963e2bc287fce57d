# CPack pre-build script (cmake/package.cmake): strips the debug info from
# the static libraries staged for packaging; run once the components are
# installed into CPACK_TEMPORARY_DIRECTORY, before the packages are made.
find_program(_erm_strip NAMES strip REQUIRED)
file(GLOB_RECURSE _erm_archives "${CPACK_TEMPORARY_DIRECTORY}/*.a")
foreach(_a IN LISTS _erm_archives)
  execute_process(COMMAND ${_erm_strip} --strip-debug "${_a}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
