BRIEFINGS_SEARCH_WORDS("hav",{
"have":"46,5,5,g,5,s,1r,1,3,3,1,2,2;51,s",
"havr":"1,7g,1"
});
