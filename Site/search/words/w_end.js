BRIEFINGS_SEARCH_WORDS("end",{
"end":"5h,15,n,4,4;7h",
"endanger":"43,3g",
"ended":"4p,2s",
"endosse":"2j",
"ends":"75"
});
