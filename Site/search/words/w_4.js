BRIEFINGS_SEARCH_WORDS("4",{
"4":"2,1t,8,b,3z,y,b,1;6d"
});
