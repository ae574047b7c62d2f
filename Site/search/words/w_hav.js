BRIEFINGS_SEARCH_WORDS("hav",{
"have":"43,8,6,g,5,s,1s,1,3,3,1,2,2;52,s",
"havr":"1,7i,1"
});
