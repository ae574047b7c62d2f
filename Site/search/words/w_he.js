BRIEFINGS_SEARCH_WORDS("he",{
"he":"3v,1v,y,b,o,1,3,4,2;3v,1v,y,b"
});
