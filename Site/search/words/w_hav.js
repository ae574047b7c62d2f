BRIEFINGS_SEARCH_WORDS("hav",{
"have":"41,5,5,e,5,s,1o,1,3,3,1,2,2;4u,s",
"havr":"1,76,1"
});
