BRIEFINGS_SEARCH_WORDS("end",{
"end":"5u,15,o,4,4;7v",
"endanger":"49,3o;49",
"ended":"4v,30",
"endosse":"2j",
"ends":"7j"
});
