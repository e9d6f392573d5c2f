# Every dependency comes from the platform's package manager (Debian, or vcpkg on
# Windows) and is checked here at the version the code needs (SECURITY S31).
find_package(PkgConfig REQUIRED)
find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)
find_package(Boost 1.74 REQUIRED COMPONENTS serialization)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 2.1 REQUIRED)
find_package(Threads REQUIRED)

pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
set(SQLCIPHER_SQLITE_VERSION "${SQLCIPHER_VERSION}")
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)

# pkg-config reports the embedded SQLite version, not SQLCipher's: ask the library itself.
try_run(_sqlcipher_run _sqlcipher_compiled
        SOURCES "${CMAKE_CURRENT_LIST_DIR}/sqlcipher_version.c"
        LINK_LIBRARIES PkgConfig::SQLCIPHER
        COMPILE_OUTPUT_VARIABLE _sqlcipher_compile_log
        RUN_OUTPUT_VARIABLE SQLCIPHER_VERSION)
if(NOT _sqlcipher_compiled)
  message(FATAL_ERROR "Could not build a test program against SQLCipher:\n${_sqlcipher_compile_log}")
endif()
string(STRIP "${SQLCIPHER_VERSION}" SQLCIPHER_VERSION)
string(REGEX MATCH "^[0-9]+\\.[0-9]+\\.[0-9]+" SQLCIPHER_VERSION_NUMBER "${SQLCIPHER_VERSION}")
if(NOT _sqlcipher_run EQUAL 0 OR SQLCIPHER_VERSION_NUMBER VERSION_LESS 4.5.5)
  message(FATAL_ERROR
    "CaseLedger needs SQLCipher 4.5.5 or newer; found '${SQLCIPHER_VERSION}'. "
    "On Debian 12 install libsqlcipher-dev from bookworm-backports "
    "(packaging/deps/debian.sh does this).")
endif()
message(STATUS "SQLCipher ${SQLCIPHER_VERSION}")

if(CASELEDGER_BUILD_TESTS)
  find_package(Catch2 QUIET)
  if(NOT Catch2_FOUND OR Catch2_VERSION VERSION_LESS 3.0)
    message(FATAL_ERROR
      "CaseLedger's tests need Catch2 3 or newer; found '${Catch2_VERSION}'. "
      "On Debian 12 install libcatch2-dev from bookworm-backports "
      "(packaging/deps/debian.sh does this).")
  endif()
endif()

if(CASELEDGER_BUILD_GUI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Charts Svg Concurrent DBus Test LinguistTools)
  qt_standard_project_setup()
  set(CMAKE_AUTOMOC ON)
  set(CMAKE_AUTORCC ON)
else()
  find_package(Qt6 6.4 QUIET COMPONENTS Core Gui)
endif()
