BRIEFINGS_SEARCH_WORDS("end",{
"end":"63,14,o,4,4;83",
"endanger":"4q,3f",
"ended":"5b,2s",
"endosse":"2k",
"ends":"7r"
});
