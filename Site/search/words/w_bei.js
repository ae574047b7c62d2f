BRIEFINGS_SEARCH_WORDS("bei",{
"beijing":"o",
"being":"7d,4"
});
