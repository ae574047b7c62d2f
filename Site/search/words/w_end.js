BRIEFINGS_SEARCH_WORDS("end",{
"end":"5h,14,o,4,4;7h",
"endanger":"44,3f",
"ended":"4p,2s",
"endosse":"2k",
"ends":"75"
});
