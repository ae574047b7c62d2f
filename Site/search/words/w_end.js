BRIEFINGS_SEARCH_WORDS("end",{
"end":"5m,11,n,4,4;7i",
"endanger":"43,3h",
"ended":"4n,2v",
"endosse":"2j",
"ends":"76"
});
