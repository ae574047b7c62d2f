BRIEFINGS_SEARCH_WORDS("28",{
"28":"0,12,a,e,1,o,4,f,x,48"
});
