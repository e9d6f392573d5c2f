# `cpack -G DEB` in a build directory makes an installable Debian package; release
# artifacts carry SHA-256 sums (SECURITY S31).
set(CPACK_PACKAGE_NAME "caseledger")
set(CPACK_PACKAGE_VENDOR "CaseLedger contributors")
set(CPACK_PACKAGE_CONTACT "CaseLedger maintainers <maintainers@caseledger.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_NSIS_DISPLAY_NAME "CaseLedger")
include(CPack)
