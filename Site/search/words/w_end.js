BRIEFINGS_SEARCH_WORDS("end",{
"end":"5i,15,n,4,4;7i",
"endanger":"44,3g",
"ended":"4q,2s",
"endosse":"2k",
"ends":"76"
});
