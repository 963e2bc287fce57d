# Writes the C API's declarations as PHP's FFI::load() reads them (cmake -P):
# the header run through the C preprocessor with ERM_API defined as nothing
# and an empty <stddef.h> (size_t is one of FFI's own types), so that no
# preprocessor line, macro, comment or extern "C" is left, then the two
# #define lines FFI::load() takes: the scope and the library to dlopen().
#   -DCC=<C compiler> -DHEADER=<eduroadmap.h> -DSTDDEF_DIR=<dir> -DLIBRARY=<soname> -DOUT=<file>
foreach(_var CC HEADER STDDEF_DIR LIBRARY OUT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "PhpFfiHeader.cmake: -D${_var}= is missing")
  endif()
endforeach()
file(MAKE_DIRECTORY ${STDDEF_DIR})
file(WRITE ${STDDEF_DIR}/stddef.h "")
execute_process(COMMAND ${CC} -E -P -nostdinc -I${STDDEF_DIR} -DERM_API= -x c ${HEADER}
  OUTPUT_VARIABLE _declarations RESULT_VARIABLE _status ERROR_VARIABLE _errors)
if(NOT _status EQUAL 0 OR NOT _errors STREQUAL "")
  message(FATAL_ERROR "PhpFfiHeader.cmake: preprocessing ${HEADER} failed:\n${_errors}")
endif()
if(_declarations MATCHES "(^|\n)[ \t]*#" OR _declarations MATCHES "__attribute__|extern \"C\"")
  message(FATAL_ERROR "PhpFfiHeader.cmake: ${HEADER} left preprocessor lines or attributes behind")
endif()
# Blank lines the preprocessor leaves between declarations go.
string(REGEX REPLACE "\n[ \t]*\n+" "\n" _declarations "${_declarations}")
# FFI::load() reads its #define lines only at the very top, before any comment.
file(WRITE ${OUT}.tmp "#define FFI_SCOPE \"EDUROADMAP\"
#define FFI_LIB \"${LIBRARY}\"
/* eduroadmap's C API for PHP FFI (FFI::load), generated from eduroadmap.h at build time. */
${_declarations}")
file(RENAME ${OUT}.tmp ${OUT})
