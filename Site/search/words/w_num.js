BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2t,d,v,2,2,4,9,30,1;42,3i",
"number":"5l,1t;5l",
"numero":"31",
"numerous":"7m"
});
