# govscope_add_family(): the check family of the folder it is called from, as a static Qt plugin.
#
# A family is its folder and one line (docs/engineering.md, "Adding a family"): the folder plugins/<id>/
# holds the sources, <id>.json (the plugin metadata: id, version, checks — read and checked against the
# catalogue at start-up) and a CMakeLists.txt calling this; the line is `add_subdirectory(<id>)` in
# plugins/CMakeLists.txt. The target is govscope_family_<id>, its plugin class <Id>Family (the folder name
# capitalised: DomainFamily, SupplychainFamily). Everything else derives from it: the engine links the
# families through govscope_families, each plugin's own import object registers it, the registry orders
# and counts them from the metadata and the catalogue.
#
# The family's folder and the SDK stay PRIVATE: code linking the engine cannot include a family's
# internals. A test of those internals names the family in govscope_add_test(... LIBS) and is given both.
#
# GOVSCOPE_FAMILY_COLLECTION names the INTERFACE target the family joins: govscope_families (what the
# engine links) unless a folder sets another — tests/families does, so its sample family never reaches the
# shipped binary.
function(govscope_add_family)
    if(NOT GOVSCOPE_FAMILY_COLLECTION)
        set(GOVSCOPE_FAMILY_COLLECTION govscope_families)
    endif()
    if(NOT TARGET ${GOVSCOPE_FAMILY_COLLECTION})
        add_library(${GOVSCOPE_FAMILY_COLLECTION} INTERFACE)
    endif()
    get_filename_component(family ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    string(SUBSTRING ${family} 0 1 first)
    string(SUBSTRING ${family} 1 -1 rest)
    string(TOUPPER ${first} first)
    set(target govscope_family_${family})
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    qt_add_plugin(${target} STATIC CLASS_NAME ${first}${rest}Family)
    target_sources(${target} PRIVATE ${sources} ${family}.json)
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${target} PRIVATE govscope_sdk)
    set_target_properties(${target} PROPERTIES GOVSCOPE_FAMILY_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${GOVSCOPE_FAMILY_COLLECTION} INTERFACE ${target})
    set(GOVSCOPE_FAMILY_TARGET ${target} PARENT_SCOPE)
endfunction()
