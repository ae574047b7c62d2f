BRIEFINGS_SEARCH_WORDS("sch",{
"schallenberg":"8,53,26;8,53",
"schinas":"1z;1z",
"schools":"5o,1s",
"schulz":"1s,37,2j;1s"
});
