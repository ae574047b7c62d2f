BRIEFINGS_SEARCH_WORDS("sch",{
"schallenberg":"8,59,2b;8,59",
"schinas":"1z;1z",
"schools":"5t,1y",
"schulz":"1s,3h,2k;1s"
});
