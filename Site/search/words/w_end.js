BRIEFINGS_SEARCH_WORDS("end",{
"end":"5t,14,n,4,4;7s",
"endanger":"48,3m;48",
"ended":"4u,2y",
"endosse":"2j",
"ends":"7g"
});
