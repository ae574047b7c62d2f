BRIEFINGS_SEARCH_WORDS("4",{
"4":"2,1t,9,b,4k,y,b,1;6z"
});
