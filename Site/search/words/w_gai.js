BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"4p,3g",
"gains":"3w,3a,3,k,2;76"
});
