BRIEFINGS_SEARCH_WORDS("sug",{
"suggest":"5t,1y"
});
