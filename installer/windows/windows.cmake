# Windows installer (NSIS through CPack), included from installer/CMakeLists.txt on WIN32.
# NOT TRIED: the project is built and tested on Debian only; see installer/README.md for what
# a Windows build still needs (libpwquality has no Windows port).
#
# Qt's DLLs and plugins: windeployqt, run at install time by the script Qt generates.
# The other DLLs (SQLCipher, OpenSSL, libargon2, libqrencode, QtKeychain, zlib, liblzma): the
# runtime dependency set of the executables, found next to them or on the PATH of the build.
foreach(program doudi doudi-cli doudi-server)
  qt_generate_deploy_app_script(TARGET ${program} OUTPUT_SCRIPT deploy_${program}
    NO_UNSUPPORTED_PLATFORM_ERROR NO_TRANSLATIONS)
endforeach()
install(SCRIPT ${deploy_doudi} ${deploy_doudi-cli} COMPONENT app)
install(SCRIPT ${deploy_doudi-server} COMPONENT server)
install(TARGETS doudi doudi-cli RUNTIME_DEPENDENCY_SET doudi_dlls COMPONENT app)
install(RUNTIME_DEPENDENCY_SET doudi_dlls DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app
  PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "Qt6.*"
  POST_EXCLUDE_REGEXES ".*[/\\\\]system32[/\\\\].*")

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Doudi")
set(CPACK_NSIS_PACKAGE_NAME "兜底 Doudi ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "兜底 Doudi")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/doudi.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/doudi.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\doudi.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${DOUDI_HOMEPAGE}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# A Start-menu entry for the app; the CLI and the server are used from a terminal.
set(CPACK_PACKAGE_EXECUTABLES "doudi" "兜底 Doudi")
set(CPACK_NSIS_MODIFY_PATH ON)
# The profile is under the user's AppData and stays on uninstall, as on Linux.
set(CPACK_COMPONENT_SERVER_DISABLED ON) # the county server is for a server machine: not ticked by default
