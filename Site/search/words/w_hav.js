BRIEFINGS_SEARCH_WORDS("hav",{
"have":"47,5,5,g,5,s,1t,1,3,3,1,2,2;52,s",
"havr":"1,7j,1"
});
