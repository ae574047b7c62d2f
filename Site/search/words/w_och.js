BRIEFINGS_SEARCH_WORDS("och",{
"ocha":"1,21,9,2,p,u,z,b,w,1x,5,1;2b"
});
