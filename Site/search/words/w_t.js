BRIEFINGS_SEARCH_WORDS("t",{
"t":"5g,2c"
});
