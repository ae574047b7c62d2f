BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2u,f,k,v,2,2,4,a,2x,1;3a,1f,3g",
"number":"6a,1p;6a",
"numero":"32",
"numerous":"87"
});
