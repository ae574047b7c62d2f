BRIEFINGS_SEARCH_WORDS("sch",{
"schallenberg":"8,5p,23;8,5p",
"schinas":"20;20",
"schools":"6a,1p",
"schulz":"1s,3x,2c;1s"
});
