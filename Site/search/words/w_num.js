BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2u,d,v,2,2,4,a,2x,1;43,3g",
"number":"5o,1p;5o",
"numero":"32",
"numerous":"7l"
});
