BRIEFINGS_SEARCH_WORDS("bei",{
"beijing":"o",
"being":"3v,3v,4;3v"
});
