BRIEFINGS_SEARCH_WORDS("hav",{
"have":"4o,5,5,f,5,l,1s,1,3,3,1,2,2;4t,p",
"havr":"1,7r,1"
});
