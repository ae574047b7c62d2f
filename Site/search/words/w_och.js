BRIEFINGS_SEARCH_WORDS("och",{
"ocha":"1,20,9,2,p,8,15,b,x,25,5,1;2a"
});
