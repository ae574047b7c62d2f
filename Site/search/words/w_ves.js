BRIEFINGS_SEARCH_WORDS("ves",{
"vessels":"5i,1y"
});
