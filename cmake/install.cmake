# Installation: headers, the C++ static library, the C shared
# library, the CLI, the CMake package `eduroadmap` (targets
# eduroadmap::eduroadmap and eduroadmap::eduroadmap_c), the pkg-config
# modules `eduroadmap` and `eduroadmap-c`, and optionally the Python package.
# Components, one per Debian package (cmake/package.cmake): cli (the tool,
# the schema and the catalogs), library (the C shared library), devel, php,
# python.
option(EDUROADMAP_INSTALL "Generate the install rules" ${EDUROADMAP_MASTER_PROJECT})
option(EDUROADMAP_INSTALL_PYTHON "Install the Python package (with its copy of the C library) into site-packages" OFF)
if(NOT EDUROADMAP_INSTALL)
  return()
endif()

include(CMakePackageConfigHelpers)
set(EDUROADMAP_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/eduroadmap CACHE STRING
  "Where the CMake package files go, relative to the prefix")
set(EDUROADMAP_INSTALL_PKGCONFIGDIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig CACHE STRING
  "Where the pkg-config files go, relative to the prefix")

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/eduroadmap ${PROJECT_SOURCE_DIR}/capi/include/eduroadmap
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT devel)
install(TARGETS eduroadmap eduroadmap_c EXPORT eduroadmap-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT library NAMELINK_COMPONENT devel
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT library)
if(TARGET eduroadmap_cli)
  install(TARGETS eduroadmap_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli)
  # Where Debian's bash-completion, zsh and fish look for packaged completions.
  install(FILES ${ERM_COMPLETION_DIR}/eduroadmap.bash-completion
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME eduroadmap COMPONENT cli)
  install(FILES ${ERM_COMPLETION_DIR}/eduroadmap.zsh-completion
    DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions RENAME _eduroadmap COMPONENT cli)
  install(FILES ${ERM_COMPLETION_DIR}/eduroadmap.fish-completion
    DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d RENAME eduroadmap.fish COMPONENT cli)
  install(FILES ${ERM_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT cli)
endif()

# CMake package, for the install tree and (export()) for the build tree.
install(EXPORT eduroadmap-targets NAMESPACE eduroadmap:: DESTINATION ${EDUROADMAP_INSTALL_CMAKEDIR}
  FILE eduroadmap-targets.cmake COMPONENT devel)
# The build tree's file also names the internal warning and fuzz-coverage targets that the
# static library links privately (they carry the sanitizer link flags).
export(TARGETS eduroadmap eduroadmap_c eduroadmap_warnings eduroadmap_fuzz_coverage NAMESPACE eduroadmap::
  FILE ${PROJECT_BINARY_DIR}/eduroadmap-targets.cmake)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/eduroadmap-config.cmake.in
  ${PROJECT_BINARY_DIR}/eduroadmap-config.cmake INSTALL_DESTINATION ${EDUROADMAP_INSTALL_CMAKEDIR})
# The C ABI and the C++ API break only with the major version.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/eduroadmap-config-version.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/eduroadmap-config.cmake ${PROJECT_BINARY_DIR}/eduroadmap-config-version.cmake
  DESTINATION ${EDUROADMAP_INSTALL_CMAKEDIR} COMPONENT devel)

# pkg-config, relocatable: the prefix is found from the .pc file's own place.
file(RELATIVE_PATH EDUROADMAP_PC_TO_PREFIX "/prefix/${EDUROADMAP_INSTALL_PKGCONFIGDIR}" "/prefix")
string(REGEX REPLACE "/$" "" EDUROADMAP_PC_TO_PREFIX "${EDUROADMAP_PC_TO_PREFIX}")
foreach(_pc eduroadmap eduroadmap-c)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/${_pc}.pc.in ${PROJECT_BINARY_DIR}/${_pc}.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${_pc}.pc DESTINATION ${EDUROADMAP_INSTALL_PKGCONFIGDIR} COMPONENT devel)
endforeach()

# Data for editors and tools: the JSON Schema and the direction catalogs, in
# share/eduroadmap/ (docs/format.md, "JSON Schema"; docs/catalogs.md).
set(EDUROADMAP_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/eduroadmap)
install(FILES ${PROJECT_SOURCE_DIR}/schema/eduroadmap-1.schema.json
  DESTINATION ${EDUROADMAP_INSTALL_DATADIR}/schema COMPONENT cli)
install(FILES ${PROJECT_SOURCE_DIR}/catalogs/fioko-2020.yaml ${PROJECT_SOURCE_DIR}/catalogs/lenobl-2021.yaml
  DESTINATION ${EDUROADMAP_INSTALL_DATADIR}/catalogs COMPONENT cli)

# PHP (docs/php.md): the FFI header generated from eduroadmap.h and the wrapper class.
install(FILES ${EDUROADMAP_PHP_FFI_HEADER} ${PROJECT_SOURCE_DIR}/bindings/php/Eduroadmap.php
  DESTINATION ${EDUROADMAP_INSTALL_DATADIR}/php COMPONENT php)

# The Python package, with a copy of the C library beside it so that it
# imports without any environment variable. Component `python`: part of the
# default install with EDUROADMAP_INSTALL_PYTHON, else installed on request
# (`cmake --install build --component python`). Its site directory is found
# when installing, for the prefix of that install (cmake/InstallPython.cmake),
# unless EDUROADMAP_PYTHON_SITEDIR names one.
find_program(EDUROADMAP_PYTHON_EXECUTABLE python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(DEFINED CACHE{EDUROADMAP_INSTALL_PYTHONDIR})
  # Earlier versions fixed the site directory here, for the configured prefix.
  unset(EDUROADMAP_INSTALL_PYTHONDIR CACHE)
endif()
set(EDUROADMAP_PYTHON_SITEDIR "" CACHE STRING
  "Where the Python package goes (relative to the install prefix, or absolute); empty: where the interpreter looks under the prefix given at install time")
if(EDUROADMAP_PYTHON_EXECUTABLE)
  set(_erm_py_all)
  if(NOT EDUROADMAP_INSTALL_PYTHON)
    set(_erm_py_all EXCLUDE_FROM_ALL)
  endif()
  install(CODE "
    set(ERM_PYTHON \"${EDUROADMAP_PYTHON_EXECUTABLE}\")
    set(ERM_PYTHONDIR \"${EDUROADMAP_PYTHON_SITEDIR}\")
    set(ERM_PYTHON_SOURCE \"${PROJECT_SOURCE_DIR}/bindings/python/eduroadmap\")
    set(ERM_PYTHON_LIBRARY \"$<TARGET_FILE:eduroadmap_c>\")
    set(ERM_PYTHON_LIBRARY_NAME libeduroadmap_c.so.${EDUROADMAP_C_SOVERSION})
    include(\"${PROJECT_SOURCE_DIR}/cmake/InstallPython.cmake\")"
    COMPONENT python ${_erm_py_all})
elseif(EDUROADMAP_INSTALL_PYTHON)
  message(FATAL_ERROR "EDUROADMAP_INSTALL_PYTHON needs /usr/bin/python3")
endif()
