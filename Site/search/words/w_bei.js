BRIEFINGS_SEARCH_WORDS("bei",{
"beijing":"o",
"being":"3v,3w,4;3v"
});
