BRIEFINGS_SEARCH_WORDS("bei",{
"beijing":"o",
"being":"7z,4"
});
