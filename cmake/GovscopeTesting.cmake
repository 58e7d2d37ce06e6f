# govscope_add_test(NAME <tst_name> SOURCES <files...> LIBS <targets...> LABELS <unit|world|gui|bench...>
#                   [WORLD])
# Builds one Qt Test executable and registers it with CTest. WORLD runs it inside the test world
# (tests/world/run -- <exe>), which needs root; such tests must carry the `world` label.
function(govscope_add_test)
    cmake_parse_arguments(T "WORLD" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    # A test naming a family tests its internals: the family's folder and the SDK, which the family keeps
    # PRIVATE from everyone else (cmake/GovscopeFamily.cmake). Fake contexts come from tests/support.
    foreach(lib ${T_LIBS})
        if(lib MATCHES "^govscope_family_")
            target_include_directories(${T_NAME} PRIVATE $<TARGET_PROPERTY:${lib},GOVSCOPE_FAMILY_DIR>)
            target_link_libraries(${T_NAME} PRIVATE govscope_sdk)
        endif()
    endforeach()
    target_compile_definitions(${T_NAME} PRIVATE
        GOVSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}" GOVSCOPE_BUILD_DIR="${PROJECT_BINARY_DIR}")
    if(T_WORLD)
        add_test(NAME ${T_NAME} COMMAND ${PROJECT_SOURCE_DIR}/tests/world/run -- $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    # Qt Test stops a test function after 300 s of its own; the test's TIMEOUT is the one limit instead.
    math(EXPR function_ms "${T_TIMEOUT} * 1000")
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;GOVSCOPE_BUILD_DIR=${PROJECT_BINARY_DIR};QTEST_FUNCTION_TIMEOUT=${function_ms}")
endfunction()
