BRIEFINGS_SEARCH_WORDS("4",{
"4":"2,1t,9,b,3y,y,b,1;6d"
});
