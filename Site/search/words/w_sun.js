BRIEFINGS_SEARCH_WORDS("sun",{
"sunday":"4u,1,1w,3,u,7,4"
});
