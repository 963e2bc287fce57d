# Installs the Python package and its copy of the C library where the target
# interpreter looks, decided at install time (`cmake --install --prefix P`
# may name another prefix than the build's). Run by the install(CODE) of
# cmake/install.cmake with ERM_PYTHON (the interpreter), ERM_PYTHON_SOURCE
# (bindings/python/eduroadmap), ERM_PYTHON_LIBRARY (the built C library),
# ERM_PYTHON_LIBRARY_NAME (its SONAME) and ERM_PYTHONDIR (empty: ask the
# interpreter) set.
#
# The site directory is the first of the interpreter's own site-packages
# directories (site.getsitepackages()) that lies in lib/ below the prefix —
# /usr: lib/python3/dist-packages, /usr/local: lib/python3.X/dist-packages
# on Debian, a virtual environment's prefix: its lib/python3.X/site-packages.
# Under any other prefix it is lib/python3.X/site-packages (the standard
# posix_prefix layout), which PYTHONPATH must then name (docs/python.md).
if(ERM_PYTHONDIR)
  set(_erm_dir "${ERM_PYTHONDIR}")
else()
  execute_process(COMMAND "${ERM_PYTHON}" -c [=[
import os, site, sys, sysconfig
prefix = os.path.normpath(sys.argv[1])
for path in site.getsitepackages():
    relative = os.path.relpath(os.path.normpath(path), prefix)
    if relative.split(os.sep)[0] in ("lib", "lib64"):
        print(relative)
        break
else:
    print(os.path.relpath(sysconfig.get_path("purelib", "posix_prefix", vars={"base": prefix, "platbase": prefix}), prefix))
]=] "${CMAKE_INSTALL_PREFIX}"
    OUTPUT_VARIABLE _erm_dir OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _erm_rc)
  if(NOT _erm_rc EQUAL 0 OR _erm_dir STREQUAL "")
    message(FATAL_ERROR "${ERM_PYTHON} could not tell its site directory under ${CMAKE_INSTALL_PREFIX}")
  endif()
endif()
if(NOT IS_ABSOLUTE "${_erm_dir}")
  set(_erm_dir "${CMAKE_INSTALL_PREFIX}/${_erm_dir}")
endif()
message(STATUS "Python package: ${_erm_dir}/eduroadmap")
file(INSTALL DESTINATION "${_erm_dir}" TYPE DIRECTORY FILES "${ERM_PYTHON_SOURCE}" PATTERN __pycache__ EXCLUDE)
# The library's file itself, under its SONAME (file(INSTALL) would copy a symbolic link as one).
file(REAL_PATH "${ERM_PYTHON_LIBRARY}" _erm_library)
file(INSTALL DESTINATION "${_erm_dir}/eduroadmap" TYPE FILE FILES "${_erm_library}" RENAME "${ERM_PYTHON_LIBRARY_NAME}")
