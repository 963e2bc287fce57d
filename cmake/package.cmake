# Debian packages with CPack (docs/packages.md): one package per install
# component, stripped, with the debug info split into -dbgsym packages.
#
#   eduroadmap          cli       the command-line tool, the JSON Schema and the catalogs
#   libeduroadmap-c0    library   the C shared library libeduroadmap_c.so.0
#   libeduroadmap-dev   devel     headers, the static C++ library, CMake package, pkg-config
#   php-eduroadmap      php       the FFI header and wrapper class for PHP
#   python3-eduroadmap  debpython the Python package, in Debian's dist-packages, over libeduroadmap-c0
#
# `bash scripts/package.sh` configures a build for /usr and runs cpack;
# `cpack --config CPackConfig.cmake -G DEB` works in any build directory.

set(CPACK_PACKAGE_NAME eduroadmap)
set(CPACK_PACKAGE_VENDOR "eduroadmap")
set(CPACK_PACKAGE_CONTACT "eduroadmap maintainers <maintainers@eduroadmap.github.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Validate and query the education-quality roadmaps of Russian municipalities")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://eduroadmap.github.io/")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
# Stripped by the debug-info split below (objcopy --strip-unneeded after
# --only-keep-debug), which needs the files unstripped: no CPACK_STRIP_FILES.

set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL cli library devel php debpython)

# The Python package as Debian installs modules: /usr/lib/python3/dist-packages,
# the C library found by the loader from libeduroadmap-c0 (not a copy
# beside it, as the `python` component of a source install has).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/bindings/python/eduroadmap DESTINATION lib/python3/dist-packages
  COMPONENT debpython EXCLUDE_FROM_ALL PATTERN __pycache__ EXCLUDE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Every package's synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY (CPackDeb
# puts it first); the descriptions below are the extended text.
# Library dependencies from dpkg-shlibdeps (dpkg-dev), so that the packages
# ask for exactly the Debian libraries the binaries link.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON) # <package>-dbgsym_*.ddeb
# The static library's debug info is left out of libeduroadmap-dev (as
# Debian's -dev packages do): cmake/strip-static.cmake runs on the staged files.
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/strip-static.cmake)
# Dependencies between our own packages are exact: one version of the C ABI.
set(_erm_same "(= ${PROJECT_VERSION})")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME eduroadmap)
set(CPACK_DEBIAN_CLI_DESCRIPTION "The eduroadmap command-line tool: validate roadmap YAML (text, JSON, SARIF,
JUnit, GitHub and GitLab reports), import Word plans, resolve deadlines,
query, export calendars, score and write HTML reports. Also installs the
roadmap JSON Schema and the direction catalogs in /usr/share/eduroadmap.")

# libzip is loaded when a Word file is first read (dlopen), which
# dpkg-shlibdeps cannot see: named here, beside what it finds.
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "${ERM_LIBZIP_PACKAGE}")

set(CPACK_DEBIAN_LIBRARY_PACKAGE_NAME libeduroadmap-c${EDUROADMAP_C_SOVERSION})
set(CPACK_DEBIAN_LIBRARY_PACKAGE_DEPENDS "${ERM_LIBZIP_PACKAGE}")
set(CPACK_DEBIAN_LIBRARY_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_LIBRARY_DESCRIPTION "The stable C API of eduroadmap (erm_* functions), for C programs and for
other languages through their foreign-function interfaces.")

set(CPACK_DEBIAN_DEVEL_PACKAGE_NAME libeduroadmap-dev)
set(CPACK_DEBIAN_DEVEL_PACKAGE_SECTION libdevel)
# The static C++ library needs its private dependencies' development files
# to link; the C headers need the shared library.
set(CPACK_DEBIAN_DEVEL_PACKAGE_DEPENDS
  "${CPACK_DEBIAN_LIBRARY_PACKAGE_NAME} ${_erm_same}, libboost-date-time-dev, libyaml-cpp-dev, libpugixml-dev, ${ERM_LIBZIP_PACKAGE}")
set(CPACK_DEBIAN_DEVEL_DESCRIPTION "Headers of the C++ and C APIs, the static C++ library, the CMake package
(find_package(eduroadmap)) and the pkg-config modules eduroadmap and
eduroadmap-c.")

set(CPACK_DEBIAN_PHP_PACKAGE_NAME php-eduroadmap)
set(CPACK_DEBIAN_PHP_PACKAGE_SECTION php)
set(CPACK_DEBIAN_PHP_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_PHP_PACKAGE_DEPENDS "${CPACK_DEBIAN_LIBRARY_PACKAGE_NAME} ${_erm_same}, php-cli")
set(CPACK_DEBIAN_PHP_DESCRIPTION "The FFI header and the Eduroadmap wrapper class for PHP 7.4 and later,
in /usr/share/eduroadmap/php.")

set(CPACK_DEBIAN_DEBPYTHON_PACKAGE_NAME python3-eduroadmap)
set(CPACK_DEBIAN_DEBPYTHON_PACKAGE_SECTION python)
set(CPACK_DEBIAN_DEBPYTHON_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_DEBPYTHON_PACKAGE_DEPENDS "${CPACK_DEBIAN_LIBRARY_PACKAGE_NAME} ${_erm_same}, python3 (>= 3.10)")
# postinst/prerm byte-compile and clean up (py3compile, py3clean), so that
# removing the package leaves no __pycache__ behind. CPack names the
# control files by their base name, so each gets its own directory.
foreach(_script postinst prerm) # copied with their permissions (0755)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/python3-${_script} ${PROJECT_BINARY_DIR}/debian-python3/${_script} COPYONLY)
endforeach()
set(CPACK_DEBIAN_DEBPYTHON_PACKAGE_CONTROL_EXTRA
  ${PROJECT_BINARY_DIR}/debian-python3/postinst ${PROJECT_BINARY_DIR}/debian-python3/prerm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_DEBPYTHON_DESCRIPTION "The eduroadmap Python package: load, validate and query roadmaps, with
typed results.")

include(CPack)
