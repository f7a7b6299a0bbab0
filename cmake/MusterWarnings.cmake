# Warnings for project code. Third-party headers come from system include
# paths, so -Werror applies to our own code only.
function(muster_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wimplicit-fallthrough -Wcast-align -Wmissing-declarations)
  if(MUSTER_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
