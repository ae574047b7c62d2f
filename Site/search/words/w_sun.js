BRIEFINGS_SEARCH_WORDS("sun",{
"sunday":"4t,1,1v,3,t,7,4"
});
