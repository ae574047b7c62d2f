BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2t,d,v,2,2,4,b,2x,1;42,3h",
"number":"5o,1p;5o",
"numero":"31",
"numerous":"7l"
});
