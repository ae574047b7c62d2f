BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2t,d,v,2,2,4,b,30,1;42,3k",
"number":"5o,1s;5o",
"numero":"31",
"numerous":"7o"
});
