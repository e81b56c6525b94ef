# SPDX-License-Identifier: GPL-3.0-or-later
# ctest script: install the build into a scratch prefix and check the layout a
# desktop expects (binary, .desktop, metainfo, icons of the right pixel size).
# cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DICON_SIZES=16;22;... -P CheckInstallLayout.cmake
foreach(var BUILD_DIR PREFIX APP_ID ICON_SIZES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()

set(expected
    bin/attendant
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/doc/attendant/copyright)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
execute_process(COMMAND "${PREFIX}/bin/attendant" --version RESULT_VARIABLE result OUTPUT_VARIABLE version
    ERROR_QUIET)
if(NOT result EQUAL 0 OR NOT version MATCHES "Attendant [0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "the installed bin/attendant --version failed (${result}): ${version}")
endif()

# PNG: 8-byte signature, then the IHDR chunk whose data starts with width and height (big-endian).
foreach(size IN LISTS ICON_SIZES)
    set(png "${PREFIX}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
    if(NOT EXISTS "${png}")
        message(FATAL_ERROR "not installed: ${png}")
    endif()
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
        message(FATAL_ERROR "${png}: expected a ${size}x${size} PNG, found ${width}x${height} (${signature})")
    endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "install layout ok: ${PREFIX}")
