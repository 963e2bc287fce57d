# Writes the bash completion script the CLI prints (`eduroadmap completion
# bash`) to OUT; run at build time by cli/CMakeLists.txt with TOOL set.
execute_process(COMMAND ${TOOL} completion bash OUTPUT_FILE ${OUT} RESULT_VARIABLE _erm_rc)
if(NOT _erm_rc EQUAL 0)
  message(FATAL_ERROR "${TOOL} completion bash failed: ${_erm_rc}")
endif()
