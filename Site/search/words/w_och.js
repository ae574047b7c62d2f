BRIEFINGS_SEARCH_WORDS("och",{
"ocha":"1,21,9,2,p,8,z,b,w,1x,5,1;2b"
});
