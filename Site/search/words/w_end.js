BRIEFINGS_SEARCH_WORDS("end",{
"end":"5u,14,o,4,4;7u",
"endanger":"46,3q;46",
"ended":"4v,2z",
"endosse":"2j",
"ends":"7i"
});
