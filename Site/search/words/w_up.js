BRIEFINGS_SEARCH_WORDS("up",{
"up":"2,4k,10,1o,4,4,4"
});
