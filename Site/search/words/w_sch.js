BRIEFINGS_SEARCH_WORDS("sch",{
"schallenberg":"8,54,23;8,54",
"schinas":"20;20",
"schools":"5p,1p",
"schulz":"1s,3c,2c;1s"
});
