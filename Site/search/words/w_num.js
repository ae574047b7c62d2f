BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2t,d,10,2,2,4,a,34,1;47,3n",
"number":"5s,1w;5s",
"numero":"31",
"numerous":"7w"
});
