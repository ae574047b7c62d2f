BRIEFINGS_SEARCH_WORDS("och",{
"ocha":"1,20,9,2,p,8,14,b,x,23,5,1;2a"
});
