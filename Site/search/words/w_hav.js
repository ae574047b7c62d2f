BRIEFINGS_SEARCH_WORDS("hav",{
"have":"42,5,5,g,5,l,1s,1,3,3,1,2,2;47,q",
"havr":"1,76,1"
});
