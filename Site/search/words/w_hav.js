BRIEFINGS_SEARCH_WORDS("hav",{
"have":"42,5,5,f,5,l,1s,1,3,3,1,2,2;47,p",
"havr":"1,75,1"
});
