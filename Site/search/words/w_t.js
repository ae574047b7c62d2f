BRIEFINGS_SEARCH_WORDS("t",{
"t":"5f,2a"
});
