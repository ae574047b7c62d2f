BRIEFINGS_SEARCH_WORDS("sch",{
"schallenberg":"8,59,29;8,59",
"schinas":"1z;1z",
"schools":"5t,1w",
"schulz":"1s,3h,2i;1s"
});
