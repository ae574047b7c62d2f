BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2u,d,v,2,2,4,b,2x,1;43,3h",
"number":"5p,1p;5p",
"numero":"32",
"numerous":"7m"
});
