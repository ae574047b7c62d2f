BRIEFINGS_SEARCH_WORDS("sch",{
"schallenberg":"8,51,26;8,51",
"schinas":"1z;1z",
"schools":"5l,1t",
"schulz":"1s,39,2f;1s"
});
