BRIEFINGS_SEARCH_WORDS("sch",{
"schallenberg":"8,59,2a;8,59",
"schinas":"1z;1z",
"schools":"5t,1x",
"schulz":"1s,3h,2j;1s"
});
