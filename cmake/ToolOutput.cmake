# Writes what the CLI prints for ARGS (words separated by spaces, e.g.
# `completion zsh` or `man`) to OUT; run at build time by cli/CMakeLists.txt
# with TOOL set.
separate_arguments(_erm_args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${TOOL} ${_erm_args} OUTPUT_FILE ${OUT} RESULT_VARIABLE _erm_rc)
if(NOT _erm_rc EQUAL 0)
  message(FATAL_ERROR "${TOOL} ${ARGS} failed: ${_erm_rc}")
endif()
