BRIEFINGS_SEARCH_WORDS("sch",{
"schallenberg":"8,58,29;8,58",
"schinas":"1z;1z",
"schools":"5s,1w",
"schulz":"1s,3g,2i;1s"
});
