# The build's git commit, for `eduroadmap --version`: `git describe --always
# --dirty` of the source tree, read once at configure time (re-run cmake to
# refresh it), "unknown" when the source is not a git checkout or git is
# missing. Written into a configured header in the build tree, so that a
# build never re-runs git nor rebuilds because of it.
function(eduroadmap_build_info out_header)
  set(EDUROADMAP_GIT_COMMIT unknown)
  find_package(Git QUIET)
  if(GIT_FOUND AND EXISTS ${PROJECT_SOURCE_DIR}/.git)
    execute_process(COMMAND ${GIT_EXECUTABLE} describe --always --dirty
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
      OUTPUT_VARIABLE _erm_describe OUTPUT_STRIP_TRAILING_WHITESPACE
      RESULT_VARIABLE _erm_git_status ERROR_QUIET)
    if(_erm_git_status EQUAL 0 AND NOT _erm_describe STREQUAL "")
      set(EDUROADMAP_GIT_COMMIT ${_erm_describe})
    endif()
  endif()
  configure_file(${PROJECT_SOURCE_DIR}/cmake/build_info.hpp.in ${out_header} @ONLY)
  message(STATUS "eduroadmap ${PROJECT_VERSION}, commit ${EDUROADMAP_GIT_COMMIT}")
endfunction()
