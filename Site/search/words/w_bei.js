BRIEFINGS_SEARCH_WORDS("bei",{
"beijing":"o",
"being":"7g,4"
});
