BRIEFINGS_SEARCH_WORDS("sun",{
"sunday":"4u,1,1v,3,t,7,4"
});
