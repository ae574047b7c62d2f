BRIEFINGS_SEARCH_WORDS("hav",{
"have":"44,7,6,g,5,s,1r,1,3,3,1,2,2;52,s",
"havr":"1,7h,1"
});
