# Installing and packaging seams: `cmake --install build` puts the binary in <prefix>/bin;
# `cpack` in build/ makes seams_<version>_<arch>.deb for the CI recipes of docs/CI.md.
if(NOT TARGET seams)
  return()
endif()
include(GNUInstallDirs)
install(TARGETS seams RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES README.md docs/CI.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME seams)
set(CPACK_PACKAGE_VENDOR "seams")
set(CPACK_PACKAGE_CONTACT "seams maintainers <seams@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "finds where a C++ monolith should be cut into services; the seams check CI gate")
set(CPACK_PACKAGE_INSTALL_DIRECTORY seams)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # seams_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_STRIP_FILES ON)               # the debug info is for developers, not for CI runners
# The shared libraries (LLVM/Clang 16, Graphviz, libstdc++...) come from dpkg-shlibdeps on the
# binary; Graphviz's dot layout plugin, loaded at run time, is in libgvc6 with libgvc.so.6. The
# one runtime need it cannot see is named by hand: Clang's builtin headers (the resource dir
# compiled in as SEAMS_CLANG_RESOURCE_DIR), shipped by libclang-common-16-dev.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libclang-common-16-dev")
include(CPack)
