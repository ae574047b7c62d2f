BRIEFINGS_SEARCH_WORDS("sch",{
"schallenberg":"8,53,23;8,53",
"schinas":"20;20",
"schools":"5o,1p",
"schulz":"1s,3b,2c;1s"
});
