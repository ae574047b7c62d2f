BRIEFINGS_SEARCH_WORDS("hav",{
"have":"41,5,5,g,5,l,1s,1,3,3,1,2,2;46,q",
"havr":"1,75,1"
});
