# The Spanish translation is complete (DESIGN §7): lupdate over the same sources as the
# update_translations target, into a copy of the committed .ts, must find no new source text,
# and the copy must have no unfinished or vanished message. Run by CTest:
#   cmake -DGENERATOR_SCRIPT=... -DPROJECT_CMAKE=... -DLUPDATE=... -DTS=... -DWORK=... -P this
file(MAKE_DIRECTORY "${WORK}")
set(project_json "${WORK}/project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${project_json}
                        -P "${GENERATOR_SCRIPT}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not write the lupdate project (${rc})")
endif()
get_filename_component(ts_name "${TS}" NAME)
set(copy "${WORK}/${ts_name}")
configure_file("${TS}" "${copy}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -project "${project_json}" -no-obsolete -locations relative
                        -ts "${copy}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
endif()
string(REGEX MATCH "Found [0-9]+ source text\\(s\\) \\(([0-9]+) new" found "${out}${err}")
if(NOT found)
  message(FATAL_ERROR "lupdate said nothing about source texts:\n${out}${err}")
endif()
if(NOT CMAKE_MATCH_1 EQUAL 0)
  message(FATAL_ERROR "${CMAKE_MATCH_1} text(s) in the code are not in ${ts_name}: run the "
                      "update_translations target and translate them.\n${out}${err}")
endif()
file(STRINGS "${copy}" unfinished REGEX "type=\"(unfinished|vanished|obsolete)\"")
list(LENGTH unfinished count)
if(count GREATER 0)
  message(FATAL_ERROR "${count} message(s) of ${ts_name} are not translated:\n${unfinished}")
endif()
message(STATUS "${ts_name}: ${found}; every message translated")
