BRIEFINGS_SEARCH_WORDS("1",{
"1":"37,3,o,a,3,l,2b,1,4,4,2,1,1,2,2"
});
